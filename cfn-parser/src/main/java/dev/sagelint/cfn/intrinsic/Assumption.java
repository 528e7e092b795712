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
 */
public record Assumption(Kind kind, String name, String value, boolean isDefault) {

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

    static Assumption condition(String name, boolean holds) {
        return new Assumption(Kind.CONDITION, name, Boolean.toString(holds), false);
    }

    static Assumption parameter(String name, String value, boolean isDefault) {
        return new Assumption(Kind.PARAMETER, name, value, isDefault);
    }

    /** Two assumptions about the same condition or parameter. */
    boolean sameSubject(Assumption other) {
        return kind == other.kind && name.equals(other.name);
    }

    /** The assumption as a fact of the model. */
    Condition.Fact toCondition() {
        if (kind == Kind.CONDITION) return new Condition.TemplateCondition(name, Boolean.parseBoolean(value));
        return new Condition.ParameterIs(name, value, isDefault);
    }
}
