package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.intrinsic.Evaluator;
import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.model.ResourceId;

/**
 * One entry of a template's {@code Resources}, as the adapters see it.
 *
 * @param id         the resource's identity; its declaration is the span of the logical ID key
 * @param properties {@code Properties} as written, or null when not written
 * @param evaluator  evaluates the intrinsic functions of the template it belongs to
 */
record CfnResource(ResourceId id, CfnNode properties, Evaluator evaluator) {

    /** The properties, read with paths relative to {@code Properties}. */
    Scope scope() {
        return Scope.root(properties, id.declaration(), evaluator);
    }
}
