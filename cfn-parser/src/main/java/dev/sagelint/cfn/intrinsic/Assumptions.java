package dev.sagelint.cfn.intrinsic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A consistent set of {@link Assumption}s, in the order they were made: at most one per condition and per
 * parameter. Combining two sets fails when they contradict each other (a condition that both holds and does not,
 * a parameter with two values), which is how branches that can never be taken together drop out.
 */
public final class Assumptions {

    /** No assumption: the value is chosen in every case. */
    public static final Assumptions NONE = new Assumptions(List.of());

    private final List<Assumption> list;

    private Assumptions(List<Assumption> list) {
        this.list = List.copyOf(list);
    }

    static Assumptions of(Assumption assumption) {
        return new Assumptions(List.of(assumption));
    }

    /** The assumptions, in the order they were made. */
    public List<Assumption> list() {
        return list;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Both sets at once, or empty when they contradict each other. */
    public Optional<Assumptions> and(Assumptions other) {
        if (other.isEmpty()) return Optional.of(this);
        if (isEmpty()) return Optional.of(other);
        List<Assumption> merged = new ArrayList<>(list);
        for (Assumption a : other.list) {
            Optional<Assumption> same = merged.stream().filter(a::sameSubject).findFirst();
            if (same.isEmpty()) {
                merged.add(a);
            } else if (!same.get().value().equals(a.value())) {
                return Optional.empty();
            }
        }
        return Optional.of(new Assumptions(merged));
    }

    /** Whether every assumption of {@code other} is one of these. */
    boolean implies(Assumptions other) {
        return list.containsAll(other.list);
    }

    /** The set in words, "when condition `IsDev` holds and parameter `X` is `v` (its default)"; empty if none. */
    public String words() {
        if (list.isEmpty()) return "";
        return "when " + list.stream().map(Assumption::words).collect(Collectors.joining(" and "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assumptions a && list.equals(a.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    @Override
    public String toString() {
        return words();
    }
}
