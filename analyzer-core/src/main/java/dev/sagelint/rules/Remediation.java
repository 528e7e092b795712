package dev.sagelint.rules;

import java.util.Objects;

/**
 * How to fix a finding, per input format: a short instruction with a snippet of the secure form.
 *
 * @param cloudFormation for CloudFormation templates (YAML or JSON)
 * @param terraform      for Terraform source
 * @param cdk            for AWS CDK apps (the L1 {@code Cfn*} constructs)
 */
public record Remediation(String cloudFormation, String terraform, String cdk) {
    public Remediation {
        Objects.requireNonNull(cloudFormation, "cloudFormation");
        Objects.requireNonNull(terraform, "terraform");
        Objects.requireNonNull(cdk, "cdk");
    }
}
