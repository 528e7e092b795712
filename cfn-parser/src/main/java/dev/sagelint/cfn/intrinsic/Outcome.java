package dev.sagelint.cfn.intrinsic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an expression evaluates to: its alternatives, each with what must hold for it.
 *
 * @param alternatives at least one
 * @param exhaustive   whether the alternatives cover every case; false when a parameter with a {@code Default} but
 *                     no {@code AllowedValues} may be given another value at deployment
 */
public record Outcome(List<Alternative> alternatives, boolean exhaustive) {

    public Outcome {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) throw new IllegalArgumentException("an outcome has at least one alternative");
    }

    static Outcome of(Alternative alternative) {
        return new Outcome(List.of(alternative), true);
    }

    /** The only alternative when there is exactly one and it needs no assumption. */
    public boolean isCertain() {
        return exhaustive
                && alternatives.size() == 1
                && alternatives.get(0).when().isEmpty();
    }

    public Alternative first() {
        return alternatives.get(0);
    }

    /** This outcome with every alternative put under {@code more}; alternatives that contradict it drop out. */
    Outcome under(Assumptions more, boolean moreExhaustive) {
        List<Alternative> kept = new ArrayList<>();
        for (Alternative a : alternatives) a.under(more).ifPresent(kept::add);
        if (kept.isEmpty()) return null;
        return new Outcome(kept, exhaustive && moreExhaustive);
    }

    static Outcome merge(List<Outcome> parts) {
        List<Alternative> all = new ArrayList<>();
        boolean exhaustive = true;
        for (Outcome o : parts) {
            if (o == null) continue;
            all.addAll(o.alternatives());
            exhaustive &= o.exhaustive();
        }
        Objects.checkIndex(0, all.size());
        return new Outcome(all, exhaustive);
    }
}
