package dev.sagelint.rules;

import dev.sagelint.rules.sagemaker.AppImageConfigTagged;
import dev.sagelint.rules.sagemaker.DataQualityJobNetworkIsolation;
import dev.sagelint.rules.sagemaker.DataQualityJobTrafficEncryption;
import dev.sagelint.rules.sagemaker.DistributedJobTrafficEncryption;
import dev.sagelint.rules.sagemaker.DomainKms;
import dev.sagelint.rules.sagemaker.DomainSsoAuth;
import dev.sagelint.rules.sagemaker.DomainTagged;
import dev.sagelint.rules.sagemaker.DomainVpcOnly;
import dev.sagelint.rules.sagemaker.EndpointConfigDataCaptureKms;
import dev.sagelint.rules.sagemaker.EndpointConfigKms;
import dev.sagelint.rules.sagemaker.EndpointInstanceCount;
import dev.sagelint.rules.sagemaker.FeatureGroupOfflineStoreKms;
import dev.sagelint.rules.sagemaker.FeatureGroupOnlineStoreKms;
import dev.sagelint.rules.sagemaker.FeatureGroupTagged;
import dev.sagelint.rules.sagemaker.FlowDefinitionKms;
import dev.sagelint.rules.sagemaker.ImageTagged;
import dev.sagelint.rules.sagemaker.InferenceExperimentDataStorageKms;
import dev.sagelint.rules.sagemaker.InferenceExperimentKms;
import dev.sagelint.rules.sagemaker.JobInVpc;
import dev.sagelint.rules.sagemaker.JobNetworkIsolation;
import dev.sagelint.rules.sagemaker.JobOutputKms;
import dev.sagelint.rules.sagemaker.JobVolumeKms;
import dev.sagelint.rules.sagemaker.ModelBiasJobNetworkIsolation;
import dev.sagelint.rules.sagemaker.ModelBiasJobTrafficEncryption;
import dev.sagelint.rules.sagemaker.ModelContainersPrivateRegistry;
import dev.sagelint.rules.sagemaker.ModelExplainabilityJobNetworkIsolation;
import dev.sagelint.rules.sagemaker.ModelExplainabilityJobTrafficEncryption;
import dev.sagelint.rules.sagemaker.ModelInVpc;
import dev.sagelint.rules.sagemaker.ModelNetworkIsolation;
import dev.sagelint.rules.sagemaker.ModelPrimaryContainerPrivateRegistry;
import dev.sagelint.rules.sagemaker.ModelQualityJobNetworkIsolation;
import dev.sagelint.rules.sagemaker.ModelQualityJobTrafficEncryption;
import dev.sagelint.rules.sagemaker.MonitoringScheduleNetworkIsolation;
import dev.sagelint.rules.sagemaker.MonitoringScheduleTrafficEncryption;
import dev.sagelint.rules.sagemaker.NotebookDirectInternetAccess;
import dev.sagelint.rules.sagemaker.NotebookImdsV2;
import dev.sagelint.rules.sagemaker.NotebookInVpc;
import dev.sagelint.rules.sagemaker.NotebookKmsEncryption;
import dev.sagelint.rules.sagemaker.NotebookPlatformSupported;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import dev.sagelint.rules.sagemaker.NotebookSecurityGroups;
import dev.sagelint.rules.sagemaker.PlanReplacesResource;
import dev.sagelint.rules.sagemaker.PlanWeakensSetting;
import java.util.List;

/** The catalog: every rule, listed explicitly. */
public final class Rules {
    private Rules() {}

    /** Every rule, ordered by id (numerically for the Security Hub controls, then the related checks). */
    public static List<Rule> all() {
        return List.<Rule>of(
                        new NotebookDirectInternetAccess(),
                        new NotebookInVpc(),
                        new NotebookRootAccess(),
                        new EndpointInstanceCount(),
                        new ModelNetworkIsolation(),
                        new AppImageConfigTagged(),
                        new ImageTagged(),
                        new NotebookPlatformSupported(),
                        new DataQualityJobTrafficEncryption(),
                        new ModelExplainabilityJobTrafficEncryption(),
                        new DataQualityJobNetworkIsolation(),
                        new ModelBiasJobNetworkIsolation(),
                        new ModelQualityJobTrafficEncryption(),
                        new MonitoringScheduleNetworkIsolation(),
                        new ModelBiasJobTrafficEncryption(),
                        new ModelPrimaryContainerPrivateRegistry(),
                        new FeatureGroupOfflineStoreKms(),
                        new FeatureGroupOnlineStoreKms(),
                        new ModelContainersPrivateRegistry(),
                        new ModelExplainabilityJobNetworkIsolation(),
                        new NotebookKmsEncryption(),
                        new MonitoringScheduleTrafficEncryption(),
                        new InferenceExperimentKms(),
                        new InferenceExperimentDataStorageKms(),
                        new ModelQualityJobNetworkIsolation(),
                        new EndpointConfigKms(),
                        new NotebookImdsV2(),
                        new NotebookSecurityGroups(),
                        new DomainVpcOnly(),
                        new DistributedJobTrafficEncryption(),
                        new DomainKms(),
                        new FlowDefinitionKms(),
                        new EndpointConfigDataCaptureKms(),
                        new JobInVpc(),
                        new JobNetworkIsolation(),
                        new JobOutputKms(),
                        new JobVolumeKms(),
                        new ModelInVpc(),
                        new DomainTagged(),
                        new FeatureGroupTagged(),
                        new DomainSsoAuth(),
                        new PlanReplacesResource(),
                        new PlanWeakensSetting())
                .stream()
                // A plain lambda rather than Comparator.comparing, whose serializable lambda the class-data sharing
                // archive cannot hold: it would be spun at run time, in every scan's start-up.
                .sorted((a, b) -> compareIds(a.meta().id(), b.meta().id()))
                .toList();
    }

    /** Orders {@code SageMaker.2} before {@code SageMaker.10}, and Security Hub controls before related checks. */
    public static int compareIds(String a, String b) {
        boolean ca = a.startsWith("SageMaker."), cb = b.startsWith("SageMaker.");
        if (ca && cb) {
            return Integer.compare(Integer.parseInt(a.substring(10)), Integer.parseInt(b.substring(10)));
        }
        if (ca != cb) return ca ? -1 : 1;
        return a.compareTo(b);
    }
}
