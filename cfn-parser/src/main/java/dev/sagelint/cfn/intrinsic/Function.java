package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode.Intrinsic;

/** One intrinsic function: evaluates a call into its alternatives. */
@FunctionalInterface
interface Function {
    Outcome apply(Intrinsic call, Evaluator evaluator);
}
