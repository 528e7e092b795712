package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Fn::Join [delimiter, [values]]}; the list may itself be a function that returns a list.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-join.html
 */
final class FnJoin implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (!(call.argument() instanceof Sequence args)
                || args.items().size() != 2
                || !(args.items().get(0) instanceof Scalar delimiter)) {
            return Outcome.of(Alternative.unresolved(call, "`Fn::Join` takes a delimiter and a list"));
        }
        Outcome list = evaluator.resolveDeep(args.items().get(1));
        return evaluator.combine(call, List.of(list), values -> {
            if (!(values.get(0).node() instanceof Sequence items)) {
                return Alternative.unresolved(call, "the values of `Fn::Join` are not a list");
            }
            List<String> parts = new ArrayList<>();
            for (CfnNode item : items.items()) {
                if (!(item instanceof Scalar s)) {
                    return Alternative.unresolved(call, "a value of `Fn::Join` is not a string");
                }
                parts.add(s.value());
            }
            return evaluator.joined(call, parts, delimiter.isNull() ? "" : delimiter.value());
        });
    }
}
