package dev.sagelint.rules;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import java.util.Optional;

/** Conditions under which a control applies at all, shared by the rules that have them. */
public final class Scopes {
    private Scopes() {
    }

    /**
     * Keeps {@code violation} only when the job runs on at least {@code minimum} instances, as the AWS Config rules
     * behind the inter-container traffic encryption controls scope it. A count that cannot be resolved keeps the
     * violation, conditional on the count.
     */
    public static Optional<Violation> whenInstanceCountAtLeast(Prop<Integer> count, int minimum,
            Optional<Violation> violation) {
        if (violation.isEmpty()) return violation;
        Optional<Violation> belowMinimum = count.violation(c -> c != null && c >= minimum);
        if (belowMinimum.isEmpty()) return Optional.empty();
        Violation v = violation.get();
        Violation scope = belowMinimum.get();
        if (!scope.isConditional()) return violation;
        String condition = "if " + Prop.code(count.path()) + " is " + minimum + " or more";
        String combined = v.condition() == null ? condition : v.condition() + " and " + condition;
        return Optional.of(new Violation(v.path(), v.fact() + ", " + condition + " (" + scope.fact() + ")",
                v.span(), combined));
    }
}
