package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.List;

/**
 * {@code Fn::Select [index, list]}: the item keeps the span where it is written.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-select.html
 */
final class FnSelect implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (!(call.argument() instanceof Sequence args) || args.items().size() != 2) {
            return Outcome.of(Alternative.unresolved(call, "`Fn::Select` takes an index and a list"));
        }
        List<Outcome> parts = List.of(
                evaluator.resolveDeep(args.items().get(0)),
                evaluator.resolveDeep(args.items().get(1)));
        return evaluator.combine(call, parts, values -> {
            String index = Evaluator.textOf(values.get(0));
            if (!(values.get(1).node() instanceof Sequence list) || index == null) {
                return Alternative.unresolved(call, "`Fn::Select` needs a number and a list");
            }
            try {
                int i = Integer.parseInt(index.strip());
                if (i < 0 || i >= list.items().size()) {
                    return Alternative.unresolved(call, "index " + i + " is outside the list");
                }
                return Alternative.value(list.items().get(i));
            } catch (NumberFormatException e) {
                return Alternative.unresolved(call, "the index `" + index + "` is not a number");
            }
        });
    }
}
