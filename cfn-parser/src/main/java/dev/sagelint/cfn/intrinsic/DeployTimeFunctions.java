package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;

/**
 * Functions whose value exists only at deployment: {@code Fn::ImportValue} (an output exported by another stack)
 * and {@code Fn::GetAZs} (the Availability Zones of the account in a Region). They are unresolved, with the reason.
 */
final class DeployTimeFunctions implements Function {

    private final String reason;

    private DeployTimeFunctions(String reason) {
        this.reason = reason;
    }

    /** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-importvalue.html */
    static DeployTimeFunctions importValue() {
        return new DeployTimeFunctions("`Fn::ImportValue` reads an output that another stack exports at deployment");
    }

    /** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getavailabilityzones.html */
    static DeployTimeFunctions getAzs() {
        return new DeployTimeFunctions("`Fn::GetAZs` lists the Availability Zones the account sees at deployment");
    }

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        return Outcome.of(Alternative.unresolved(call, reason));
    }
}
