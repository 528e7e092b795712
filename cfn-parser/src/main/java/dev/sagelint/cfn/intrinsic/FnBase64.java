package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code Fn::Base64 string}: the string encoded as Base64.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-base64.html
 */
final class FnBase64 implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        return evaluator.combine(call, List.of(evaluator.resolveDeep(call.argument())), values -> {
            String text = Evaluator.textOf(values.get(0));
            if (text == null) return Alternative.unresolved(call, "`Fn::Base64` needs a string");
            return Alternative.value(
                    Evaluator.text(call, Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
        });
    }
}
