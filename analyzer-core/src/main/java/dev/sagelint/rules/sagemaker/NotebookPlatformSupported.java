package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.rules.Fix;
import dev.sagelint.rules.Remediation;
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

    /** The parameter that lists the supported platform identifiers. */
    public static final String SUPPORTED_PARAMETER = "supportedPlatformIdentifierVersions";
    static final List<String> SUPPORTED_DEFAULT = List.of("notebook-al2023-v1");

    public static final RuleMeta META = new RuleMeta(
            "SageMaker.8",
            "SageMaker notebook instances should run on supported platforms",
            Severity.MEDIUM,
            List.of(Standards.FSBP, Standards.AI_SECURITY),
            "sagemaker-notebook-instance-platform-version",
            "notebook instance",
            List.of("AWS::SageMaker::NotebookInstance"),
            List.of("PlatformIdentifier"),
            "the notebook runs an operating system that no longer receives security updates (Amazon Linux 2 "
                    + "support ended on 30 June 2026)",
            Fix.REPLACEMENT,
            "PlatformIdentifier is create-only in CloudFormation and Terraform: changing it replaces the notebook "
                    + "instance and its ML storage volume (the SageMaker API itself can migrate a stopped "
                    + "instance in place).",
            new Remediation(
                    "Set `PlatformIdentifier: notebook-al2023-v1`, or remove it to get SageMaker's default.",
                    "Set `platform_identifier = \"notebook-al2023-v1\"` on `aws_sagemaker_notebook_instance`.",
                    "Pass `platformIdentifier: 'notebook-al2023-v1'` to `new sagemaker.CfnNotebookInstance(...)`."),
            Standards.controlUrl("SageMaker.8"));

    public NotebookPlatformSupported() {
        super(NotebookInstance.class, META);
    }

    @Override
    protected Stream<Violation> violations(NotebookInstance notebook, RuleContext context) {
        List<String> supported = context.parameter(META.id(), SUPPORTED_PARAMETER, SUPPORTED_DEFAULT);
        return notebook.platformIdentifier().violation(p -> p != null && !supported.contains(p)).stream();
    }
}
