package dev.sagelint.policy.cel;

import java.util.Arrays;

/**
 * The fields one evaluation read, in order, so that a failing policy can point at the last property it read. A read
 * is recorded as its object and field name; the path ({@code resource.productionVariants[0].instanceType}) is built
 * only when a finding needs it, as evaluations far outnumber findings.
 */
final class Reads {

    private ModelValue[] owners = new ModelValue[16];
    private String[] fields = new String[16];
    private int count;

    void add(ModelValue owner, String field) {
        if (count == owners.length) {
            owners = Arrays.copyOf(owners, count * 2);
            fields = Arrays.copyOf(fields, count * 2);
        }
        owners[count] = owner;
        fields[count] = field;
        count++;
    }

    void clear() {
        Arrays.fill(owners, 0, count, null);
        count = 0;
    }

    int size() {
        return count;
    }

    /** The path of the {@code i}-th read. */
    String path(int i) {
        return owners[i].path() + "." + fields[i];
    }
}
