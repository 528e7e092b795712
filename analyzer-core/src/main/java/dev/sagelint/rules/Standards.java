package dev.sagelint.rules;

/**
 * Names of the Security Hub standards that contain SageMaker controls.
 * Source: https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html
 */
public final class Standards {
    public static final String FSBP = "AWS Foundational Security Best Practices v1.0.0";
    public static final String AI_SECURITY = "AWS AI Security Best Practices v1.0.0";
    public static final String PCI_DSS = "PCI DSS v3.2.1";
    public static final String TAGGING = "AWS Resource Tagging Standard";

    /** The Security Hub user guide page that documents every SageMaker control; anchors name each control. */
    public static final String CONTROLS_PAGE =
            "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html";

    private Standards() {}

    /** The anchor of one control on {@link #CONTROLS_PAGE}, e.g. {@code #sagemaker-1}. */
    public static String controlUrl(String controlId) {
        return CONTROLS_PAGE + "#"
                + controlId.toLowerCase(java.util.Locale.ROOT).replace('.', '-');
    }
}
