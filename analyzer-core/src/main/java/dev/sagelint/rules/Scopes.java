package dev.sagelint.rules;

import dev.sagelint.model.Condition;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Conditions under which a control applies at all, shared by the rules that have them. */
public final class Scopes {
    private Scopes() {}

    /**
     * Keeps {@code violation} only when {@code scope} puts the resource in the control's scope. When the scope
     * cannot be decided, the violation is kept and made conditional on it ("if `EnableOnlineStore` is `true`").
     *
     * @param scope    the property that decides whether the control applies
     * @param inScope  decides for one value; receives {@code null} for "not set and no AWS default"
     * @param expected the in-scope value in words, for the condition ("2 or more", "`true`")
     */
    public static <T> Optional<Violation> when(
            Prop<T> scope, Predicate<? super T> inScope, String expected, Optional<Violation> violation) {
        if (violation.isEmpty()) return violation;
        Optional<Violation> applies = scope.violation(inScope);
        if (applies.isEmpty()) return Optional.empty();
        Violation v = violation.get();
        Violation a = applies.get();
        if (!a.isConditional()) return violation;
        Condition.PropertyIs condition = new Condition.PropertyIs(scope.path(), expected);
        // The scope is a clause of its own beside the violation's condition, whatever that is made of.
        Condition combined = v.condition() == null
                ? condition
                : new Condition.AllOf(List.of(v.condition(), new Condition.AllOf(List.of(condition))));
        return Optional.of(new Violation(
                v.path(), v.fact() + ", " + condition.words() + " (" + a.fact() + ")", v.span(), combined));
    }

    /**
     * Keeps {@code violation} only when the job runs on at least {@code minimum} instances, as the AWS Config rules
     * behind the inter-container traffic encryption controls scope it.
     */
    public static Optional<Violation> whenInstanceCountAtLeast(
            Prop<Integer> count, int minimum, Optional<Violation> violation) {
        return when(count, c -> c != null && c >= minimum, minimum + " or more", violation);
    }

    /** Keeps {@code violation} only when {@code flag} is, or may be, {@code true}. */
    public static Optional<Violation> whenTrue(Prop<Boolean> flag, Optional<Violation> violation) {
        return when(flag, Boolean.TRUE::equals, "`true`", violation);
    }
}
