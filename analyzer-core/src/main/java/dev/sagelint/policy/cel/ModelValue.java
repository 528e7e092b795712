package dev.sagelint.policy.cel;

import java.util.AbstractMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A resource or nested object as CEL reads it: every declared field holds a value (the written one, the AWS
 * default, or CEL's zero value), so that a field selection never fails; {@link #written} says whether the template
 * wrote it (what {@code has()} answers). Every read is recorded, so that a failing policy can point at the last
 * property it read.
 */
final class ModelValue extends AbstractMap<String, Object> {

    private final String path;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private final Reads reads;

    /**
     * @param path  the CEL path of this object ({@code resource}, {@code resource.productionVariants[0]})
     * @param reads where every read of a field is recorded, shared by the objects of one evaluation
     */
    ModelValue(String path, Reads reads) {
        this.path = path;
        this.reads = reads;
    }

    void put(String field, Object value, boolean isWritten) {
        values.put(field, value);
        if (isWritten) written.add(field);
    }

    boolean written(String field) {
        reads.add(this, field);
        return written.contains(field);
    }

    @Override
    public Object get(Object key) {
        Object value = values.get(key);
        if (value != null && key instanceof String field) reads.add(this, field);
        return value;
    }

    String path() {
        return path;
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }
}
