package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code Fn::If [condition, whenTrue, whenFalse]}: only the live branch when the condition is decided by the
 * template, else both, each under the assumption that the condition holds or does not.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html
 */
final class FnIf implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (!(call.argument() instanceof Sequence args)
                || args.items().size() != 3
                || !(args.items().get(0) instanceof Scalar name)
                || name.isNull()) {
            return Outcome.of(Alternative.unresolved(call, "`Fn::If` takes a condition name and two values"));
        }
        Optional<Boolean> decided = evaluator.decide(name.value());
        if (decided.isPresent()) return evaluator.resolve(args.items().get(decided.get() ? 1 : 2));
        Outcome condition = evaluator.conditionOutcome(name.value());
        List<Outcome> branches = new ArrayList<>();
        branches.add(branch(evaluator.resolve(args.items().get(1)), name.value(), true, condition));
        branches.add(branch(evaluator.resolve(args.items().get(2)), name.value(), false, condition));
        if (branches.stream().allMatch(b -> b == null)) {
            return Outcome.of(Alternative.unresolved(call, "no branch can be taken"));
        }
        Outcome merged = Outcome.merge(branches);
        return branches.contains(null) ? new Outcome(merged.alternatives(), false) : merged;
    }

    /**
     * One branch under the assumption that the condition holds (or not). An alternative of the branch whose own
     * assumptions already make the condition come out the other way (the branch reads the very parameter value
     * that decides the condition) can never be taken, so it drops out, leaving the outcome open.
     */
    private static Outcome branch(Outcome values, String name, boolean holds, Outcome condition) {
        List<Alternative> kept = new ArrayList<>();
        boolean dropped = false;
        for (Alternative a : values.alternatives()) {
            boolean contradicted = condition != null
                    && condition.alternatives().stream()
                            .anyMatch(c -> !c.when().isEmpty()
                                    && a.when().implies(c.when())
                                    && c.isValue()
                                    && c.node() instanceof Scalar s
                                    && Boolean.parseBoolean(s.value()) != holds);
            if (contradicted) {
                dropped = true;
            } else {
                kept.add(a);
            }
        }
        if (kept.isEmpty()) return null;
        return new Outcome(kept, values.exhaustive() && !dropped)
                .under(Assumptions.of(Assumption.condition(name, holds)), true);
    }
}
