package dev.sagelint.model.sagemaker;

/** The four kinds of model monitoring job definition. */
public enum MonitoringKind {
    DATA_QUALITY("DataQuality", "data quality"),
    MODEL_QUALITY("ModelQuality", "model quality"),
    MODEL_BIAS("ModelBias", "model bias"),
    MODEL_EXPLAINABILITY("ModelExplainability", "model explainability");

    private final String monitoringType;
    private final String words;

    MonitoringKind(String monitoringType, String words) {
        this.monitoringType = monitoringType;
        this.words = words;
    }

    /** The {@code MonitoringType} value of a schedule that names a definition of this kind. */
    public String monitoringType() {
        return monitoringType;
    }

    /**
     * The block that says where the definition writes its results: {@code DataQualityJobOutputConfig} and its
     * siblings in CloudFormation; {@code data_quality_job_output_config} in Terraform
     * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-dataqualityjobdefinition.html).
     */
    public String outputConfig() {
        return monitoringType + "JobOutputConfig";
    }

    /** The kind in words, for messages. */
    public String words() {
        return words;
    }
}
