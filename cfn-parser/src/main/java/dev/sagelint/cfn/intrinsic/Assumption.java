package dev.sagelint.cfn.intrinsic;

import dev.sagelint.model.Condition;
import java.util.Objects;

/**
 * One thing that must be true for a value to be chosen: a condition holds or does not, or a parameter has a given
 * value. Each becomes a {@link Condition.Fact} of the model, which findings carry.
 *
 * @param kind      a condition or a parameter
 * @param name      the condition's or parameter's name
 * @param value     for a condition {@code true} or {@code false}; for a parameter, its value
 * @param isDefault for a parameter, whether the value is its {@code Default}
 * @param bound     for a parameter, how the value relates to its {@code MinValue} or {@code MaxValue}; else null
 */
public record Assumption(Kind kind, String name, String value, boolean isDefault, Condition.ParameterIs.Bound bound) {

    /** What an assumption is about. */
    public enum Kind {
        CONDITION,
        PARAMETER
    }

    public Assumption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public Assumption(Kind kind, String name, String value, boolean isDefault) {
        this(kind, name, value, isDefault, null);
    }

    static Assumption condition(String name, boolean holds) {
        return new Assumption(Kind.CONDITION, name, Boolean.toString(holds), false);
    }

    static Assumption parameter(String name, String value, boolean isDefault) {
        return new Assumption(Kind.PARAMETER, name, value, isDefault);
    }

    /**
     * A parameter at or beyond a bound of its constraints. The value of an open range ("above 3") is kept apart
     * from the bound itself, so that the two cases never hold together.
     */
    static Assumption bounded(String name, String value, Condition.ParameterIs.Bound bound) {
        String key = switch (bound) {
            case ABOVE_MIN_VALUE -> ">" + value;
            case BELOW_MAX_VALUE -> "<" + value;
            default -> value;
        };
        return new Assumption(Kind.PARAMETER, name, key, false, bound);
    }

    /** Two assumptions about the same condition or parameter. */
    boolean sameSubject(Assumption other) {
        return kind == other.kind && name.equals(other.name);
    }

    /** The assumption as a fact of the model. */
    Condition.Fact toCondition() {
        if (kind == Kind.CONDITION) return new Condition.TemplateCondition(name, Boolean.parseBoolean(value));
        if (bound == Condition.ParameterIs.Bound.ABOVE_MIN_VALUE
                || bound == Condition.ParameterIs.Bound.BELOW_MAX_VALUE) {
            return new Condition.ParameterIs(name, value.substring(1), false, bound);
        }
        return new Condition.ParameterIs(name, value, isDefault, bound);
    }
}
