package dev.sagelint.rules;

import dev.sagelint.model.sagemaker.SageMakerResource;
import java.util.List;

/**
 * A check of SageMaker resources. Implementations are stateless, declare everything about themselves in their
 * {@link RuleMeta} (parameters included), and are listed in {@link Rules#all()}.
 */
public interface Rule {

    RuleMeta meta();

    /**
     * The findings for one resource; empty when the rule does not apply to it or it passes. The engine passes a
     * context bound to this rule ({@link RuleContext#get} reads its parameters) that holds the scan's active
     * catalog ({@link RuleContext#rules()}).
     */
    List<Finding> check(SageMakerResource resource, RuleContext context);
}
