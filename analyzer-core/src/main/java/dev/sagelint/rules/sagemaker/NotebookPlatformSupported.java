package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.Severity;
import dev.sagelint.rules.Standards;
import java.util.List;
import java.util.stream.Stream;

/**
 * Notebook instances must run on a supported platform (Security Hub SageMaker.8). Security Hub supports only
 * {@code notebook-al2023-v1}; an absent identifier passes because SageMaker assigns that platform by default since
 * 15 May 2026 (https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html).
 */
public final class NotebookPlatformSupported extends ResourceRule<NotebookInstance> {

    /** The supported platform identifiers: Security Hub's parameter of the same name, with its default. */
    public static final Param<List<String>> SUPPORTED_PLATFORMS = Param.strings(
            "supportedPlatformIdentifierVersions",
            List.of("notebook-al2023-v1"),
            "the platform identifiers that pass; a notebook instance that sets another one fails");

    public static final RuleMeta META = RuleMeta.builder("SageMaker.8")
            .title("SageMaker notebook instances should run on supported platforms")
            .severity(Severity.MEDIUM)
            .standards(Standards.FSBP, Standards.AI_SECURITY)
            .awsConfigRule("sagemaker-notebook-instance-platform-version")
            .subject("notebook instance")
            .resourceTypes("AWS::SageMaker::NotebookInstance", "aws_sagemaker_notebook_instance")
            .properties("PlatformIdentifier")
            .terraformProperties("platform_identifier")
            .risk("the notebook runs an operating system that no longer receives security updates (Amazon Linux 2 "
                    + "support ended on 30 June 2026)")
            .fix(
                    Fix.REPLACEMENT,
                    "PlatformIdentifier is create-only in CloudFormation and Terraform: changing it "
                            + "replaces the notebook "
                            + "instance and its ML storage volume (the SageMaker API itself can migrate a stopped "
                            + "instance in place).")
            .literalFix("notebook-al2023-v1")
            .cloudFormationRemediation(
                    "Set `PlatformIdentifier: notebook-al2023-v1`, or remove it to get " + "SageMaker's default.")
            .terraformRemediation(
                    "Set `platform_identifier = \"notebook-al2023-v1\"` on " + "`aws_sagemaker_notebook_instance`.")
            .cdkRemediation(
                    "Pass `platformIdentifier: 'notebook-al2023-v1'` to `new " + "sagemaker.CfnNotebookInstance(...)`.")
            .awsDocUrl(Standards.controlUrl("SageMaker.8"))
            .params(SUPPORTED_PLATFORMS)
            .build();

    public NotebookPlatformSupported() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        List<String> supported = context.get(SUPPORTED_PLATFORMS);
        return notebook.platformIdentifier().violation(p -> p != null && !supported.contains(p)).stream();
    }
}
