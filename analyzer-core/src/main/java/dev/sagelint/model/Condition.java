package dev.sagelint.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What must hold for an unknown property to take a value, or for a finding to apply: a parameter value, a
 * CloudFormation condition, a Terraform expression, a property that puts the resource in a control's scope, or a
 * combination of these. The front-ends build conditions; {@link ConditionWords} turns one into the words of a
 * message; {@link #inputs()} tells which deployment inputs it depends on.
 */
public sealed interface Condition {

    /** The parameters, CloudFormation conditions, Terraform references and properties it depends on, in order. */
    default Set<Input> inputs() {
        Set<Input> out = new LinkedHashSet<>();
        collectInputs(this, out);
        return out;
    }

    /** The condition in words, as messages give it ("when condition `IsDev` holds"). */
    default String words() {
        return ConditionWords.of(this);
    }

    /**
     * A deployment input that a condition reads.
     *
     * @param kind what it is
     * @param name its name as written: a parameter or condition name, a Terraform reference ({@code var.env}), a
     *             property path
     */
    record Input(Kind kind, String name) {
        /** What an input is. */
        public enum Kind {
            PARAMETER,
            TEMPLATE_CONDITION,
            TERRAFORM_REFERENCE,
            PROPERTY
        }

        public Input {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }
    }

    /** One statement about one input; the combinations are {@link AllOf} and {@link AnyOf}. */
    sealed interface Fact extends Condition
            permits ParameterIs, TemplateCondition, ExpressionIs, VariableAllows, PropertyIs {}

    /**
     * A CloudFormation parameter has a value, or lies beyond a bound its constraints set.
     *
     * @param isDefault whether the value is the parameter's {@code Default}
     * @param bound     how {@code value} relates to the parameter's {@code MinValue} and {@code MaxValue}, or
     *                  {@code null} when it is simply a value the parameter has
     */
    record ParameterIs(String parameter, String value, boolean isDefault, Bound bound) implements Fact {
        public ParameterIs {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(value, "value");
        }

        /** The parameter has exactly this value. */
        public ParameterIs(String parameter, String value, boolean isDefault) {
            this(parameter, value, isDefault, null);
        }

        /**
         * The parameter is set to its {@code MinValue} or {@code MaxValue} ({@code value}), or anywhere above the
         * {@code MinValue} or below the {@code MaxValue} when the other bound is not written.
         */
        public enum Bound {
            AT_MIN_VALUE,
            AT_MAX_VALUE,
            ABOVE_MIN_VALUE,
            BELOW_MAX_VALUE
        }
    }

    /** A CloudFormation condition of the template holds, or does not. */
    record TemplateCondition(String name, boolean holds) implements Fact {
        public TemplateCondition {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A Terraform expression, the condition of a conditional expression, evaluates to {@code value}.
     *
     * @param expression the expression as written ({@code var.env == "prod"})
     * @param references the variables and locals it reads ({@code var.env}), in order
     */
    record ExpressionIs(String expression, boolean value, List<String> references) implements Fact {
        public ExpressionIs {
            Objects.requireNonNull(expression, "expression");
            references = List.copyOf(references);
        }
    }

    /**
     * A Terraform variable without a value here is set to {@code value}, one of the values its {@code validation}
     * allows.
     *
     * @param variable the variable's name, without {@code var.}
     */
    record VariableAllows(String variable, String value) implements Fact {
        public VariableAllows {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A property of the resource has a value that puts it in a control's scope.
     *
     * @param path     the property path in the source's spelling
     * @param expected the in-scope value in words ("2 or more", "`true`")
     */
    record PropertyIs(String path, String expected) implements Fact {
        public PropertyIs {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(expected, "expected");
        }
    }

    /** Every part holds. */
    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) throw new IllegalArgumentException("all-of needs at least one part");
        }
    }

    /** At least one part holds. */
    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) throw new IllegalArgumentException("any-of needs at least one part");
        }

        /** The only part when there is one, else all of them as alternatives. */
        public static Condition of(List<? extends Condition> parts) {
            return parts.size() == 1 ? parts.get(0) : new AnyOf(List.copyOf(parts));
        }
    }

    /** The cases that no other listed value of the same property covers. */
    record Otherwise() implements Condition {}

    /**
     * The value, which cannot be resolved here, turns out insecure at deployment.
     *
     * @param when the cases in which it cannot be resolved, or {@code null} when in every case
     */
    record ResolvesInsecure(Condition when) implements Condition {}

    private static void collectInputs(Condition c, Set<Input> out) {
        if (c instanceof ParameterIs p) {
            out.add(new Input(Input.Kind.PARAMETER, p.parameter()));
        } else if (c instanceof TemplateCondition t) {
            out.add(new Input(Input.Kind.TEMPLATE_CONDITION, t.name()));
        } else if (c instanceof ExpressionIs e) {
            e.references().forEach(r -> out.add(new Input(Input.Kind.TERRAFORM_REFERENCE, r)));
        } else if (c instanceof VariableAllows v) {
            out.add(new Input(Input.Kind.TERRAFORM_REFERENCE, "var." + v.variable()));
        } else if (c instanceof PropertyIs p) {
            out.add(new Input(Input.Kind.PROPERTY, p.path()));
        } else if (c instanceof AllOf a) {
            a.parts().forEach(p -> collectInputs(p, out));
        } else if (c instanceof AnyOf a) {
            a.parts().forEach(p -> collectInputs(p, out));
        } else if (c instanceof ResolvesInsecure r && r.when() != null) {
            collectInputs(r.when(), out);
        }
    }
}
