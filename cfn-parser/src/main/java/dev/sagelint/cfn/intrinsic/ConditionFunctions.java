package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The condition functions {@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not} and the
 * {@code Condition} reference. Each gives {@code true} or {@code false}, per combination of the assumptions its
 * inputs need; a named condition that the template does not decide gives both, each under its assumption.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html
 */
final class ConditionFunctions {

    private ConditionFunctions() {}

    /** {@code Fn::Equals [a, b]}: compares the two values as strings. */
    static final class FnEquals implements Function {
        @Override
        public Outcome apply(Intrinsic call, Evaluator evaluator) {
            if (!(call.argument() instanceof Sequence args) || args.items().size() != 2) {
                return Outcome.of(Alternative.unresolved(call, "`Fn::Equals` takes two values"));
            }
            List<Outcome> parts = List.of(
                    evaluator.resolveDeep(args.items().get(0)),
                    evaluator.resolveDeep(args.items().get(1)));
            return evaluator.combine(call, parts, values -> {
                String a = canonical(values.get(0).node());
                String b = canonical(values.get(1).node());
                return Alternative.value(Evaluator.text(call, Boolean.toString(a.equals(b))));
            });
        }

        private static String canonical(CfnNode node) {
            return node instanceof Scalar s ? s.value() : node.source().compact();
        }
    }

    /** {@code Fn::And}, {@code Fn::Or}: two to ten conditions. */
    static final class FnAndOr implements Function {
        private final boolean and;

        FnAndOr(boolean and) {
            this.and = and;
        }

        @Override
        public Outcome apply(Intrinsic call, Evaluator evaluator) {
            if (!(call.argument() instanceof Sequence args) || args.items().isEmpty()) {
                return Outcome.of(Alternative.unresolved(call, "`" + call.function() + "` takes a list of conditions"));
            }
            List<Outcome> parts = new ArrayList<>();
            for (CfnNode item : args.items()) parts.add(condition(item, evaluator));
            return evaluator.combine(call, parts, values -> {
                boolean result = and;
                for (Alternative v : values) {
                    boolean b = truth(v);
                    result = and ? result && b : result || b;
                }
                return Alternative.value(Evaluator.text(call, Boolean.toString(result)));
            });
        }
    }

    /** {@code Fn::Not [condition]}. */
    static final class FnNot implements Function {
        @Override
        public Outcome apply(Intrinsic call, Evaluator evaluator) {
            if (!(call.argument() instanceof Sequence args) || args.items().size() != 1) {
                return Outcome.of(Alternative.unresolved(call, "`Fn::Not` takes one condition"));
            }
            return evaluator.combine(
                    call,
                    List.of(condition(args.items().get(0), evaluator)),
                    values -> Alternative.value(Evaluator.text(call, Boolean.toString(!truth(values.get(0))))));
        }
    }

    /** {@code Condition: Name}, inside another condition function. */
    static final class ConditionRef implements Function {
        @Override
        public Outcome apply(Intrinsic call, Evaluator evaluator) {
            if (!(call.argument() instanceof Scalar name) || name.isNull()) {
                return Outcome.of(Alternative.unresolved(call, "`Condition` takes a condition name"));
            }
            return named(call, name.value(), evaluator);
        }
    }

    /** A condition operand: a function, or a plain string that names a condition. */
    private static Outcome condition(CfnNode item, Evaluator evaluator) {
        if (item instanceof Scalar s
                && !s.isNull()
                && !s.value().equalsIgnoreCase("true")
                && !s.value().equalsIgnoreCase("false")) {
            return named(item, s.value(), evaluator);
        }
        return evaluator.resolveDeep(item);
    }

    private static Outcome named(CfnNode at, String name, Evaluator evaluator) {
        if (evaluator.template().condition(name).isEmpty()) {
            return Outcome.of(Alternative.unresolved(at, "condition `" + name + "` is not declared"));
        }
        Optional<Boolean> decided = evaluator.decide(name);
        Scalar t = new Scalar("true", true, at.span(), at.source());
        Scalar f = new Scalar("false", true, at.span(), at.source());
        if (decided.isPresent()) return Outcome.of(Alternative.value(decided.get() ? t : f));
        return new Outcome(
                List.of(
                        Alternative.value(t)
                                .under(Assumptions.of(Assumption.condition(name, true)))
                                .orElseThrow(),
                        Alternative.value(f)
                                .under(Assumptions.of(Assumption.condition(name, false)))
                                .orElseThrow()),
                true);
    }

    private static boolean truth(Alternative a) {
        return a.node() instanceof Scalar s && s.value().equalsIgnoreCase("true");
    }
}
