package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;

/**
 * {@code Fn::GetAtt [Resource, Attribute]} (or {@code Resource.Attribute}): known only after deployment, but the
 * alternative names the resource, so that references between resources resolve.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html
 */
final class FnGetAtt implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (call.argument() instanceof Sequence args
                && args.items().size() == 2
                && args.items().get(0) instanceof Scalar resource) {
            String attribute = args.items().get(1) instanceof Scalar a ? a.value() : "?";
            return getAtt(call, resource.value(), attribute, evaluator);
        }
        if (call.argument() instanceof Scalar dotted && dotted.value().indexOf('.') > 0) {
            int dot = dotted.value().indexOf('.');
            return getAtt(call, dotted.value().substring(0, dot), dotted.value().substring(dot + 1), evaluator);
        }
        return Outcome.of(Alternative.unresolved(call, "`Fn::GetAtt` takes a resource and an attribute"));
    }

    static Outcome getAtt(Intrinsic call, String resource, String attribute, Evaluator evaluator) {
        String reason =
                "the `" + attribute + "` attribute of resource `" + resource + "` is known only after " + "deployment";
        if (evaluator.template().resource(resource).isEmpty()) {
            return Outcome.of(Alternative.unresolved(call, "`" + resource + "` is not a resource of this template"));
        }
        return Outcome.of(Alternative.reference(call, reason, resource));
    }
}
