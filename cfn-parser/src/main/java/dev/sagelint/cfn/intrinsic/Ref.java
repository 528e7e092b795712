package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.intrinsic.TemplateContext.Parameter;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code Ref}: a parameter of a nested stack gives the value its parent passes; a parameter gives its {@code Default} and each other {@code AllowedValues} entry, each under the
 * assumption that the parameter has that value; a parameter without default gives its allowed values, or cannot be
 * resolved, unless its {@code MinValue} and {@code MaxValue} or an {@code AllowedPattern} that lists literal
 * values narrow it ({@link ParameterConstraints}). A resource gives its identity (unresolved, but naming the resource). {@code AWS::NoValue} removes the
 * property; other pseudo parameters are known only when the front-end knows them (a CDK stack's environment).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html
 */
final class Ref implements Function {

    static final String NO_VALUE = "AWS::NoValue";

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (!(call.argument() instanceof Scalar name) || name.isNull()) {
            return Outcome.of(Alternative.unresolved(call, "`Ref` takes the name of a parameter or resource"));
        }
        return ref(call, name.value(), evaluator);
    }

    /** The value of {@code Ref name}, as written at {@code call} (also used by {@code Fn::Sub}). */
    static Outcome ref(Intrinsic call, String name, Evaluator evaluator) {
        if (name.equals(NO_VALUE)) return Outcome.of(Alternative.absent(call));
        if (name.startsWith("AWS::")) {
            return evaluator
                    .template()
                    .pseudo(name)
                    .map(v -> Outcome.of(Alternative.value(Evaluator.text(call, v))))
                    .orElseGet(() -> Outcome.of(Alternative.unresolved(
                            call, "the pseudo parameter `" + name + "` is known only at deployment")));
        }
        var passed = evaluator.template().passed(name);
        if (passed.isPresent() && evaluator.template().parameter(name).isPresent()) return passed.get();
        var parameter = evaluator.template().parameter(name);
        if (parameter.isPresent()) return parameter(call, parameter.get());
        if (evaluator.template().resource(name).isPresent()) {
            return Outcome.of(Alternative.reference(
                    call, "it names resource `" + name + "`, whose identifier is known only after deployment", name));
        }
        return Outcome.of(
                Alternative.unresolved(call, "`" + name + "` is neither a parameter nor a resource of this template"));
    }

    private static Outcome parameter(Intrinsic call, Parameter p) {
        if (p.isFromParameterStore()) {
            return Outcome.of(Alternative.unresolved(
                    call, "parameter `" + p.name() + "` is read from Systems Manager Parameter Store at deployment"));
        }
        List<Alternative> out = new ArrayList<>();
        if (p.defaultValue() != null) {
            out.add(candidate(p, p.defaultValue(), true));
        }
        for (Scalar allowed : p.allowedValues()) {
            if (p.defaultValue() != null
                    && allowed.value().equals(p.defaultValue().value())) continue;
            out.add(candidate(p, allowed, false));
        }
        if (out.isEmpty() && p.allowedValues().isEmpty()) {
            List<Scalar> listed = ParameterConstraints.patternValues(p);
            if (!listed.isEmpty()) {
                listed.forEach(v -> out.add(candidate(p, v, false)));
                return new Outcome(out, true);
            }
            Outcome range = ParameterConstraints.range(call, p);
            if (range != null) return range;
        }
        if (out.isEmpty()) {
            return Outcome.of(Alternative.unresolved(call, "parameter `" + p.name() + "` has no `Default`"));
        }
        return new Outcome(out, !p.allowedValues().isEmpty());
    }

    private static Alternative candidate(Parameter p, Scalar value, boolean isDefault) {
        CfnNode node = value;
        if (p.isList()) {
            List<CfnNode> items = new ArrayList<>();
            if (!value.value().isEmpty()) {
                Arrays.stream(value.value().split(",", -1))
                        .forEach(v -> items.add(new Scalar(v.strip(), false, value.span(), value.source())));
            }
            node = new Sequence(items, value.span(), value.source());
        }
        return Alternative.value(node)
                .under(Assumptions.of(Assumption.parameter(p.name(), value.value(), isDefault)))
                .orElseThrow();
    }
}
