package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Fn::Split [delimiter, string]}: a list of strings, written where the call is.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-split.html
 */
final class FnSplit implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (!(call.argument() instanceof Sequence args)
                || args.items().size() != 2
                || !(args.items().get(0) instanceof Scalar delimiter)
                || delimiter.value().isEmpty()) {
            return Outcome.of(Alternative.unresolved(call, "`Fn::Split` takes a delimiter and a string"));
        }
        return evaluator.combine(
                call, List.of(evaluator.resolveDeep(args.items().get(1))), values -> {
                    String source = Evaluator.textOf(values.get(0));
                    if (source == null) return Alternative.unresolved(call, "`Fn::Split` needs a string");
                    List<CfnNode> items = new ArrayList<>();
                    for (String part : source.split(Pattern.quote(delimiter.value()), -1)) {
                        items.add(Evaluator.text(call, part));
                    }
                    return Alternative.value(new Sequence(items, call.span(), call.source()));
                });
    }
}
