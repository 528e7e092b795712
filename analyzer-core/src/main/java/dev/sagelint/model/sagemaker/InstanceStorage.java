package dev.sagelint.model.sagemaker;

import java.util.Locale;
import java.util.Set;

/**
 * The SageMaker ML instance families whose instances come with local NVMe SSD instance storage instead of an
 * Amazon EBS ML storage volume. SageMaker encrypts that storage with a hardware module on the instance, and
 * {@code CreateEndpointConfig} (like {@code CreateTrainingJob} for {@code VolumeKmsKeyId}) rejects a
 * {@code KmsKeyId} when any production variant uses such an instance type
 * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html, {@code KmsKeyId}).
 * The families are those that the Amazon EC2 instance store table lists with NVMe SSD volumes, as offered by
 * SageMaker (https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-type-specifications.html, "Instance
 * store specifications"; https://docs.aws.amazon.com/sagemaker/latest/dg/host-instance-storage.html). This is the
 * one place the list is kept.
 */
public final class InstanceStorage {

    private static final Set<String> LOCAL_NVME_FAMILIES = Set.of(
            "c5d", "c6gd", "c6id", "g4dn", "g5", "g6", "g6e", "gr6", "m5d", "m6gd", "m6id", "p3dn", "p4d", "p4de", "p5",
            "p5e", "p5en", "r5d", "r6gd", "r6id", "trn1", "trn1n");

    private InstanceStorage() {}

    /** Whether {@code instanceType} ({@code ml.g5.xlarge}) has local NVMe instance storage. */
    public static boolean hasLocalStorage(String instanceType) {
        if (instanceType == null) return false;
        String[] parts = instanceType.toLowerCase(Locale.ROOT).strip().split("\\.");
        if (parts.length != 3 || !parts[0].equals("ml")) return false;
        return LOCAL_NVME_FAMILIES.contains(parts[1]);
    }

    /** The families, for documentation. */
    public static Set<String> families() {
        return LOCAL_NVME_FAMILIES;
    }
}
