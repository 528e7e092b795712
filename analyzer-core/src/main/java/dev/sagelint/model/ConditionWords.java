package dev.sagelint.model;

import dev.sagelint.model.Condition.AllOf;
import dev.sagelint.model.Condition.AnyOf;
import dev.sagelint.model.Condition.ExpressionIs;
import dev.sagelint.model.Condition.Fact;
import dev.sagelint.model.Condition.Otherwise;
import dev.sagelint.model.Condition.ParameterIs;
import dev.sagelint.model.Condition.PropertyIs;
import dev.sagelint.model.Condition.ResolvesInsecure;
import dev.sagelint.model.Condition.TemplateCondition;
import dev.sagelint.model.Condition.VariableAllows;
import java.util.stream.Collectors;

/**
 * Turns a {@link Condition} into the words of a message, the one place that does. A CloudFormation fact reads as
 * a case ("when parameter `Mode` is `dev`"), a Terraform or scope fact as a test ("if `var.env == "prod"` is
 * true"). Facts of one {@link AllOf} share their leading word ("when condition `A` holds and parameter `B` is
 * `x`"); an all-of over combinations joins whole clauses ("when condition `A` holds and if `Count` is 2 or more");
 * alternatives are joined with "or".
 */
public final class ConditionWords {
    private ConditionWords() {}

    /** The condition as a clause that follows a fact ("`RootAccess` is `Enabled` when ..."). */
    public static String of(Condition condition) {
        if (condition instanceof Fact f) return lead(f) + " " + phrase(f);
        if (condition instanceof AllOf all) {
            if (all.parts().stream().allMatch(p -> p instanceof Fact)) {
                String lead = lead((Fact) all.parts().get(0));
                if (all.parts().stream().allMatch(p -> lead((Fact) p).equals(lead))) {
                    return lead + " "
                            + all.parts().stream().map(p -> phrase((Fact) p)).collect(Collectors.joining(" and "));
                }
            }
            return all.parts().stream().map(ConditionWords::of).collect(Collectors.joining(" and "));
        }
        if (condition instanceof AnyOf any) {
            return any.parts().stream().map(ConditionWords::of).collect(Collectors.joining(" or "));
        }
        if (condition instanceof Otherwise) return "in the other cases";
        ResolvesInsecure r = (ResolvesInsecure) condition;
        return "if it resolves to an insecure value" + (r.when() == null ? "" : " " + of(r.when()));
    }

    /**
     * The value a parameter condition names, with the constraint it comes from: "`3` (its `MinValue`)", "more
     * than `3` (its `MinValue`)".
     */
    static String value(ParameterIs p) {
        if (p.bound() == null) return Prop.code(p.value());
        return switch (p.bound()) {
            case AT_MIN_VALUE -> Prop.code(p.value()) + " (its `MinValue`)";
            case AT_MAX_VALUE -> Prop.code(p.value()) + " (its `MaxValue`)";
            case ABOVE_MIN_VALUE -> "more than " + Prop.code(p.value()) + " (its `MinValue`)";
            case BELOW_MAX_VALUE -> "less than " + Prop.code(p.value()) + " (its `MaxValue`)";
        };
    }

    private static String lead(Fact fact) {
        return fact instanceof ParameterIs || fact instanceof TemplateCondition ? "when" : "if";
    }

    private static String phrase(Fact fact) {
        if (fact instanceof ParameterIs p) {
            return "parameter " + Prop.code(p.parameter()) + " is " + value(p)
                    + (p.isDefault() ? " (its default)" : "");
        }
        if (fact instanceof TemplateCondition t) {
            return "condition " + Prop.code(t.name()) + " " + (t.holds() ? "holds" : "does not hold");
        }
        if (fact instanceof ExpressionIs e) return Prop.code(e.expression()) + " is " + e.value();
        if (fact instanceof VariableAllows v) {
            return Prop.code("var." + v.variable()) + " is set to it (its validation allows it)";
        }
        PropertyIs p = (PropertyIs) fact;
        return Prop.code(p.path()) + " is " + p.expected();
    }
}
