package dev.sagelint.cfn.adapt;

import dev.sagelint.model.sagemaker.Domain;

/**
 * {@code AWS::SageMaker::Domain}.
 */
final class DomainAdapter {

    private DomainAdapter() {}

    static Domain adapt(CfnResource resource) {
        return new Domain(
                resource.id(),
                resource.scope().string("AppNetworkAccessType", Domain.DEFAULT_APP_NETWORK_ACCESS_TYPE),
                resource.scope().string("KmsKeyId"),
                resource.scope().tags("Tags"),
                resource.scope().string("AuthMode"),
                resource.scope().strings("SubnetIds"),
                resource.scope().string("VpcId"),
                resource.scope().strings("DefaultUserSettings.SecurityGroups"),
                resource.scope().string("DefaultUserSettings.ExecutionRole"));
    }
}
