package dev.sagelint.cfn.intrinsic;

import dev.sagelint.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * The set as a condition of the model, all of its assumptions together ("when condition `IsDev` holds and
     * parameter `X` is `v` (its default)"); {@link Condition.Otherwise} when there is none, since the value is then
     * the one chosen in the cases that no other value covers.
     */
    public Condition condition() {
        if (list.isEmpty()) return new Condition.Otherwise();
        return new Condition.AllOf(
                list.stream().<Condition>map(Assumption::toCondition).toList());
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
        return list.isEmpty() ? "" : condition().words();
    }
}
