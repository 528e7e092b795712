package dev.sagelint.rules;

import dev.sagelint.model.sagemaker.SageMakerResource;
import java.util.List;

/** A check of SageMaker resources. Implementations are stateless and listed in {@link Rules#all()}. */
public interface Rule {

    RuleMeta meta();

    /** The findings for one resource; empty when the rule does not apply to it or it passes. */
    List<Finding> check(SageMakerResource resource, RuleContext context);
}
