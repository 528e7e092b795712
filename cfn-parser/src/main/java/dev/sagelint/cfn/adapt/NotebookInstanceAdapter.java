package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.NotebookInstance;

/**
 * {@code AWS::SageMaker::NotebookInstance}.
 */
final class NotebookInstanceAdapter {

    private NotebookInstanceAdapter() {}

    static NotebookInstance adapt(CfnResource resource) {
        Scope p = resource.scope();
        return new NotebookInstance(
                resource.id(),
                p.string("DirectInternetAccess", NotebookInstance.DEFAULT_DIRECT_INTERNET_ACCESS),
                p.string("SubnetId"),
                p.strings("SecurityGroupIds"),
                p.string("RootAccess", NotebookInstance.DEFAULT_ROOT_ACCESS),
                p.string("PlatformIdentifier"),
                p.string("KmsKeyId"),
                p.string(
                        "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion",
                        NotebookInstance.DEFAULT_MINIMUM_IMDS_VERSION),
                p.string("InstanceType"),
                p.string("RoleArn"),
                p.integer("VolumeSizeInGB", NotebookInstance.DEFAULT_VOLUME_SIZE_IN_GB),
                p.tags("Tags"),
                p.string("LifecycleConfigName"),
                p.string("DefaultCodeRepository"),
                p.strings("AdditionalCodeRepositories"));
    }
}
