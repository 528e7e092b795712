package dev.sagelint.hcl.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.hcl.TerraformFiles;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.AppImageConfig;
import dev.sagelint.model.sagemaker.Domain;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.FeatureGroup;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.model.sagemaker.InferenceExperiment;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.MonitoringJobDefinition;
import dev.sagelint.model.sagemaker.MonitoringKind;
import dev.sagelint.model.sagemaker.MonitoringSchedule;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.ProcessingJob;
import dev.sagelint.model.sagemaker.TrainingJob;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each adapter: a small configuration in, the record out, with the line each property points at. */
class AdaptersTest {

    @TempDir
    Path dir;

    /** {@code value@line}, {@code absent(default)@line} or {@code unknown(expression)@line}. */
    private static String show(Prop<?> p) {
        if (p instanceof Prop.Known<?> k) return k.value() + "@" + k.span().line();
        if (p instanceof Prop.Absent<?> a)
            return "absent(" + a.awsDefault() + ")@" + a.span().line();
        Prop.Unknown<?> u = (Prop.Unknown<?>) p;
        return "unknown(" + u.expression() + ")@" + u.span().line();
    }

    @Test
    void notebookInstanceWithDefaultsPinnedToTheHeader() {
        NotebookInstance nb = TerraformFiles.scan(dir, """
                resource "aws_sagemaker_notebook_instance" "nb" {
                  name          = "nb"
                  subnet_id     = aws_subnet.private.id
                  kms_key_id    = "arn:aws:kms:eu-west-1:111122223333:key/k"
                }
                """).resource("aws_sagemaker_notebook_instance.nb");
        assertThat(nb.id().sourceType()).isEqualTo("aws_sagemaker_notebook_instance");
        assertThat(nb.id().declaration().line()).isEqualTo(1);
        assertThat(show(nb.directInternetAccess())).isEqualTo("absent(Enabled)@1");
        assertThat(show(nb.rootAccess())).isEqualTo("absent(Enabled)@1");
        assertThat(show(nb.subnetId())).isEqualTo("unknown(aws_subnet.private.id)@3");
        assertThat(show(nb.kmsKeyId())).isEqualTo("arn:aws:kms:eu-west-1:111122223333:key/k@4");
        assertThat(show(nb.platformIdentifier())).isEqualTo("absent(null)@1");
        assertThat(show(nb.minimumImdsVersion())).isEqualTo("absent(1)@1");
        assertThat(nb.minimumImdsVersion().path())
                .isEqualTo("instance_metadata_service_configuration.minimum_instance_metadata_service_version");
    }

    @Test
    void awsccNotebookInstanceReadsObjectAttributes() {
        NotebookInstance nb = TerraformFiles.scan(dir, """
                resource "awscc_sagemaker_notebook_instance" "nb" {
                  security_group_ids = ["sg-1"]
                  instance_metadata_service_configuration = {
                    minimum_instance_metadata_service_version = "2"
                  }
                }
                """).resource("awscc_sagemaker_notebook_instance.nb");
        assertThat(show(nb.securityGroupIds())).isEqualTo("[sg-1]@2");
        assertThat(show(nb.minimumImdsVersion())).isEqualTo("2@4");
    }

    @Test
    void modelContainersAndImageConfig() {
        var result = TerraformFiles.scan(dir, """
                resource "aws_sagemaker_model" "m" {
                  enable_network_isolation = true
                  primary_container {
                    image = "img"
                    image_config {
                      repository_access_mode = "Vpc"
                    }
                  }
                  vpc_config {
                    subnets = ["subnet-1"]
                  }
                }
                resource "awscc_sagemaker_model" "cc" {
                  containers = [
                    { image = "a" },
                    { image = "b", image_config = { repository_access_mode = "Platform" } },
                  ]
                }
                """);
        Model m = result.resource("aws_sagemaker_model.m");
        assertThat(show(m.enableNetworkIsolation())).isEqualTo("true@2");
        assertThat(m.primaryContainer()).isPresent();
        assertThat(m.primaryContainer().get().span().line()).isEqualTo(3);
        assertThat(show(m.primaryContainer().get().repositoryAccessMode())).isEqualTo("Vpc@6");
        assertThat(m.primaryContainer().get().repositoryAccessMode().path())
                .isEqualTo("primary_container.image_config.repository_access_mode");
        assertThat(show(m.vpcSubnets())).isEqualTo("[subnet-1]@10");
        Model cc = result.resource("awscc_sagemaker_model.cc");
        assertThat(cc.primaryContainer()).isEmpty();
        assertThat(cc.containers())
                .extracting(c -> show(c.repositoryAccessMode()))
                .containsExactly("absent(null)@13", "Platform@16");
        assertThat(cc.containers().get(1).repositoryAccessMode().path())
                .isEqualTo("containers[1].image_config.repository_access_mode");
        assertThat(show(cc.enableNetworkIsolation())).isEqualTo("absent(false)@13");
    }

    @Test
    void endpointConfigurationVariantsAndServerless() {
        EndpointConfig ec = TerraformFiles.scan(dir, """
                resource "aws_sagemaker_endpoint_configuration" "ec" {
                  kms_key_arn = "arn:key"
                  production_variants {
                    variant_name           = "a"
                    initial_instance_count = 2
                  }
                  production_variants {
                    variant_name = "b"
                    serverless_config {
                      max_concurrency = 1
                    }
                  }
                }
                """).resource("aws_sagemaker_endpoint_configuration.ec");
        assertThat(show(ec.kmsKeyId())).isEqualTo("arn:key@2");
        assertThat(ec.productionVariants())
                .extracting(v -> show(v.initialInstanceCount()))
                .containsExactly("2@5", "absent(null)@1");
        assertThat(ec.productionVariants())
                .extracting(v -> show(v.serverless()))
                .containsExactly("absent(false)@1", "true@9");
        assertThat(ec.productionVariants().get(1).span().line()).isEqualTo(7);
    }

    @Test
    void monitoringScheduleFindsTheDefinitionItNames() {
        var result = TerraformFiles.scan(dir, """
                resource "aws_sagemaker_data_quality_job_definition" "dq" {
                  name = "dq"
                  job_resources {
                    cluster_config {
                      instance_count = 2
                    }
                  }
                  network_config {
                    enable_network_isolation = true
                  }
                }
                resource "awscc_sagemaker_model_bias_job_definition" "bias" {
                  job_definition_name = "bias"
                }
                resource "aws_sagemaker_monitoring_schedule" "by_ref" {
                  monitoring_schedule_config {
                    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.dq.name
                    monitoring_type                = "DataQuality"
                  }
                }
                resource "aws_sagemaker_monitoring_schedule" "by_name" {
                  monitoring_schedule_config {
                    monitoring_job_definition_name = "bias"
                    monitoring_type                = "ModelBias"
                  }
                }
                resource "awscc_sagemaker_monitoring_schedule" "embedded" {
                  monitoring_schedule_config = {
                    monitoring_job_definition = {
                      network_config = { enable_inter_container_traffic_encryption = true }
                    }
                  }
                }
                """);
        MonitoringJobDefinition dq = result.resource("aws_sagemaker_data_quality_job_definition.dq");
        assertThat(dq.kind()).isEqualTo(MonitoringKind.DATA_QUALITY);
        assertThat(show(dq.name())).isEqualTo("dq@2");
        assertThat(show(dq.instanceCount())).isEqualTo("2@5");
        assertThat(show(dq.network().networkIsolation())).isEqualTo("true@9");
        assertThat(show(dq.network().interContainerTrafficEncryption())).isEqualTo("absent(false)@1");
        MonitoringJobDefinition bias = result.resource("awscc_sagemaker_model_bias_job_definition.bias");
        assertThat(bias.kind()).isEqualTo(MonitoringKind.MODEL_BIAS);

        MonitoringSchedule byRef = result.resource("aws_sagemaker_monitoring_schedule.by_ref");
        assertThat(byRef.namedDefinition()).contains(dq);
        assertThat(show(byRef.jobDefinitionName())).startsWith("unknown(aws_sagemaker_data_quality_job_definition");
        MonitoringSchedule byName = result.resource("aws_sagemaker_monitoring_schedule.by_name");
        assertThat(byName.namedDefinition()).contains(bias);
        assertThat(show(byName.monitoringType())).isEqualTo("ModelBias@24");
        MonitoringSchedule embedded = result.resource("awscc_sagemaker_monitoring_schedule.embedded");
        assertThat(embedded.embeddedJob()).isPresent();
        assertThat(show(embedded.embeddedJob().get().network().interContainerTrafficEncryption()))
                .isEqualTo("true@30");
        assertThat(embedded.embeddedJob()
                        .get()
                        .network()
                        .interContainerTrafficEncryption()
                        .path())
                .isEqualTo("monitoring_schedule_config.monitoring_job_definition.network_config."
                        + "enable_inter_container_traffic_encryption");
    }

    @Test
    void featureGroupStores() {
        FeatureGroup fg = TerraformFiles.scan(dir, """
                resource "aws_sagemaker_feature_group" "fg" {
                  offline_store_config {
                    s3_storage_config {
                      kms_key_id = "k1"
                    }
                  }
                  online_store_config {
                    enable_online_store = true
                  }
                }
                """).resource("aws_sagemaker_feature_group.fg");
        assertThat(show(fg.offlineStore())).isEqualTo("true@2");
        assertThat(show(fg.offlineKmsKeyId())).isEqualTo("k1@4");
        assertThat(show(fg.onlineStoreEnabled())).isEqualTo("true@8");
        assertThat(show(fg.onlineStorageType())).isEqualTo("absent(Standard)@1");
        assertThat(show(fg.onlineKmsKeyId())).isEqualTo("absent(null)@1");
    }

    @Test
    void tagsAsMapOrAsAwsccList() {
        var result = TerraformFiles.scan(dir, """
                resource "aws_sagemaker_app_image_config" "a" {
                  tags = { Team = "ml" }
                }
                resource "awscc_sagemaker_image" "i" {
                  tags = [{ key = "Team", value = "ml" }]
                }
                resource "aws_sagemaker_image" "none" {
                }
                """);
        AppImageConfig a = result.resource("aws_sagemaker_app_image_config.a");
        assertThat(show(a.tags())).isEqualTo("{Team=ml}@2");
        Image i = result.resource("awscc_sagemaker_image.i");
        assertThat(show(i.tags())).isEqualTo("{Team=ml}@5");
        Image none = result.resource("aws_sagemaker_image.none");
        assertThat(show(none.tags())).isEqualTo("absent(null)@7");
    }

    @Test
    void domainExperimentAndJobs() {
        var result = TerraformFiles.scan(dir, Map.of("main.tf", """
                resource "aws_sagemaker_domain" "d" {
                  domain_name = "d"
                }
                resource "awscc_sagemaker_inference_experiment" "e" {
                  kms_key = "k"
                  data_storage_config = {
                    destination = "s3://b"
                  }
                }
                resource "aws_sagemaker_training_job" "t" {
                  enable_network_isolation = true
                  resource_config {
                    instance_count = 4
                  }
                }
                resource "awscc_sagemaker_processing_job" "p" {
                  processing_resources = {
                    cluster_config = { instance_count = 2 }
                  }
                  network_config = { enable_inter_container_traffic_encryption = false }
                }
                """));
        Domain d = result.resource("aws_sagemaker_domain.d");
        assertThat(show(d.appNetworkAccessType())).isEqualTo("absent(PublicInternetOnly)@1");
        InferenceExperiment e = result.resource("awscc_sagemaker_inference_experiment.e");
        assertThat(show(e.kmsKey())).isEqualTo("k@5");
        assertThat(show(e.dataStorage())).isEqualTo("true@6");
        assertThat(show(e.dataStorageKmsKey())).isEqualTo("absent(null)@4");
        TrainingJob t = result.resource("aws_sagemaker_training_job.t");
        assertThat(show(t.networkIsolation())).isEqualTo("true@11");
        assertThat(show(t.interContainerTrafficEncryption())).isEqualTo("absent(false)@10");
        assertThat(show(t.instanceCount())).isEqualTo("4@13");
        ProcessingJob p = result.resource("awscc_sagemaker_processing_job.p");
        assertThat(show(p.instanceCount())).isEqualTo("2@18");
        assertThat(show(p.network().interContainerTrafficEncryption())).isEqualTo("false@20");
    }
}
