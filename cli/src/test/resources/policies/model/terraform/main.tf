# Fixture of the model fields for policies (hashicorp/aws): `fail` resources break every policy of their type.

resource "aws_sagemaker_notebook_instance" "fail" {
  name                         = "fail"
  role_arn                     = "arn:aws:iam::111122223333:role/ml-notebook"
  instance_type                = "ml.t3.medium"
  lifecycle_config_name        = "install-anything" # expect: ModelNotebookLifecycle "`lifecycle_config_name` is `install-anything`"
  default_code_repository      = "https://github.com/someone/notebooks" # expect: ModelNotebookRepository
  additional_code_repositories = ["https://github.com/someone/extra"] # expect: ModelNotebookExtraRepositories
}

resource "aws_sagemaker_notebook_instance" "pass" {
  name                         = "pass"
  role_arn                     = "arn:aws:iam::111122223333:role/ml-notebook"
  instance_type                = "ml.t3.medium"
  lifecycle_config_name        = "acme-baseline"
  default_code_repository      = "https://git.acme.example/ml/notebooks"
  additional_code_repositories = ["https://git.acme.example/ml/common"]
}

resource "aws_sagemaker_model" "fail" {
  name               = "fail"
  execution_role_arn = "arn:aws:iam::111122223333:role/admin" # expect: ModelExecutionRole "`execution_role_arn` is"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
  vpc_config {
    security_group_ids = ["sg-0open"] # expect: ModelModelSecurityGroups "`vpc_config.security_group_ids` is `[sg-0open]`"
    subnets            = ["subnet-0a1b2c3d"]
  }
  tags = { team = "ml" } # expect: ModelCostCenter "`tags` is"
}

resource "aws_sagemaker_model" "pass" {
  name               = "pass"
  execution_role_arn = "arn:aws:iam::111122223333:role/ml-inference"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
  vpc_config {
    security_group_ids = ["sg-0acme"]
    subnets            = ["subnet-0a1b2c3d"]
  }
  tags = {
    cost-center = "4711"
  }
}

resource "aws_sagemaker_endpoint_configuration" "fail" {
  name = "fail"
  production_variants {
    variant_name           = "a"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
  data_capture_config {
    enable_capture              = false # expect: ModelCaptureEnabled "`data_capture_config.enable_capture` is `false`"
    kms_key_id                  = "alias/capture" # expect: ModelCaptureKms
    initial_sampling_percentage = 10
    destination_s3_uri          = "s3://ml-capture-111122223333/churn"
    capture_options {
      capture_mode = "Input"
    }
  }
  tags = { team = "ml" } # expect: ModelCostCenter "`tags` is `{team=ml}`"
}

resource "aws_sagemaker_endpoint_configuration" "pass" {
  name = "pass"
  production_variants {
    variant_name           = "a"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
  data_capture_config {
    kms_key_id                  = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    initial_sampling_percentage = 10
    destination_s3_uri          = "s3://ml-capture-111122223333/churn"
    capture_options {
      capture_mode = "Input"
    }
  }
  tags = { cost-center = "4711" }
}

resource "aws_sagemaker_training_job" "fail" {
  training_job_name = "fail"
  role_arn          = "arn:aws:iam::111122223333:role/admin" # expect: ModelJobRole "`role_arn` is"
  algorithm_specification {
    training_image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
    training_input_mode = "File"
  }
  output_data_config {
    s3_output_path = "s3://ml-artifacts-111122223333/train"
    kms_key_id     = "alias/output" # expect: ModelJobOutputKms "`output_data_config.kms_key_id` is `alias/output`"
  }
  resource_config {
    instance_count    = 1
    instance_type     = "ml.p4d.24xlarge" # expect: ModelJobInstanceType "`resource_config.instance_type` is"
    volume_size_in_gb = 30
    volume_kms_key_id = "alias/volume" # expect: ModelJobVolumeKms
  }
  stopping_condition {
    max_runtime_in_seconds = 3600
  }
  tags = { team = "ml" } # expect: ModelCostCenter "`tags` is `{team=ml}`"
}

resource "aws_sagemaker_training_job" "pass" {
  training_job_name = "pass"
  role_arn          = "arn:aws:iam::111122223333:role/ml-training"
  algorithm_specification {
    training_image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
    training_input_mode = "File"
  }
  output_data_config {
    s3_output_path = "s3://ml-artifacts-111122223333/train"
    kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  }
  resource_config {
    instance_count    = 1
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
    volume_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  }
  stopping_condition {
    max_runtime_in_seconds = 3600
  }
  tags = { cost-center = "4711" }
}

resource "aws_sagemaker_data_quality_job_definition" "fail" {
  name     = "fail"
  role_arn = "arn:aws:iam::111122223333:role/admin" # expect: ModelJobRole
  data_quality_app_specification {
    image_uri = "156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
  }
  data_quality_job_output_config {
    kms_key_id = "alias/output" # expect: ModelJobOutputKms "`data_quality_job_output_config.kms_key_id` is"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring-111122223333/churn"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.c5.xlarge" # expect: ModelJobInstanceType
      volume_size_in_gb = 20
      volume_kms_key_id = "alias/volume" # expect: ModelJobVolumeKms
    }
  }
  network_config {
    vpc_config {
      security_group_ids = ["sg-0open"] # expect: ModelJobSecurityGroups "`network_config.vpc_config.security_group_ids` is"
      subnets            = ["subnet-0a1b2c3d"]
    }
  }
  tags = { team = "ml" } # expect: ModelCostCenter
}

resource "aws_sagemaker_data_quality_job_definition" "pass" {
  name     = "pass"
  role_arn = "arn:aws:iam::111122223333:role/ml-monitoring"
  data_quality_app_specification {
    image_uri = "156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
  }
  data_quality_job_output_config {
    kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring-111122223333/churn"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 20
      volume_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    }
  }
  network_config {
    vpc_config {
      security_group_ids = ["sg-0acme"]
      subnets            = ["subnet-0a1b2c3d"]
    }
  }
  tags = { cost-center = "4711" }
}

resource "aws_sagemaker_domain" "fail" {
  domain_name = "fail"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0open"      # expect: ModelDomainVpc "`vpc_id` is `vpc-0open`"
  subnet_ids  = ["subnet-0open"] # expect: ModelDomainSubnets "`subnet_ids` is `[subnet-0open]`"
  default_user_settings {
    execution_role  = "arn:aws:iam::111122223333:role/admin" # expect: ModelDomainRole "`default_user_settings.execution_role` is"
    security_groups = ["sg-0open"]                           # expect: ModelDomainSecurityGroups "`default_user_settings.security_groups` is"
  }
}

resource "aws_sagemaker_domain" "pass" {
  domain_name = "pass"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0acme"
  subnet_ids  = ["subnet-0a1b2c3d", "subnet-0e4f5a6b"]
  default_user_settings {
    execution_role  = "arn:aws:iam::111122223333:role/ml-studio"
    security_groups = ["sg-0acme"]
  }
}

resource "aws_sfn_state_machine" "fail_transform" {
  name     = "fail-transform"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Score"
    States = {
      Score = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTransformJob.sync"
        Parameters = {
          TransformJobName = "score"
          ModelName        = "churn" # expect: ModelTransformModel "`ModelName` is `churn`"
          TransformOutput = {
            S3OutputPath = "s3://ml-artifacts-111122223333/score"
            KmsKeyId     = "alias/output" # expect: ModelJobOutputKms "`TransformOutput.KmsKeyId` is `alias/output`"
          }
          TransformResources = {
            InstanceCount  = 8               # expect: ModelTransformInstanceCount
            InstanceType   = "ml.p3.2xlarge" # expect: ModelJobInstanceType
            VolumeKmsKeyId = "alias/volume"  # expect: ModelJobVolumeKms
          }
          Tags = [{ Key = "team", Value = "ml" }] # expect: ModelCostCenter "`Tags` is `{team=ml}`"
        }
        End = true
      }
    }
  })
}

resource "aws_sagemaker_pipeline" "pass_scoring" {
  pipeline_name         = "scoring"
  pipeline_display_name = "scoring"
  role_arn              = "arn:aws:iam::111122223333:role/ml-pipelines"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [{
      Name = "Score"
      Type = "Transform"
      Arguments = {
        ModelName          = "ml-churn"
        TransformOutput    = { S3OutputPath = "s3://ml-artifacts-111122223333/score", KmsKeyId = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11" }
        TransformResources = { InstanceCount = 2, InstanceType = "ml.m5.xlarge", VolumeKmsKeyId = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11" }
        Tags               = [{ Key = "cost-center", Value = "4711" }]
      }
    }]
  })
}

resource "aws_sagemaker_monitoring_schedule" "fail" {
  name = "fail"
  monitoring_schedule_config {
    schedule_config {
      schedule_expression = "cron(0 * ? * * *)"
    }
    monitoring_job_definition {
      role_arn = "arn:aws:iam::111122223333:role/admin" # expect: ModelScheduleRole "`monitoring_schedule_config.monitoring_job_definition.role_arn` is"
      monitoring_app_specification {
        image_uri = "156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
      }
      monitoring_inputs {
        endpoint_input {
          endpoint_name = "churn"
          local_path = "/opt/ml/processing/input"
        }
      }
      monitoring_output_config {
        kms_key_id = "alias/output" # expect: ModelScheduleOutputKms
        monitoring_outputs {
          s3_output {
            s3_uri = "s3://ml-monitoring-111122223333/churn"
            local_path = "/opt/ml/processing/output"
          }
        }
      }
      monitoring_resources {
        cluster_config {
          instance_count = 8 # expect: ModelScheduleInstanceCount "`monitoring_schedule_config.monitoring_job_definition.monitoring_resources.cluster_config.instance_count` is `8`"
          instance_type = "ml.c5.xlarge" # expect: ModelScheduleInstanceType
          volume_size_in_gb = 20
          volume_kms_key_id = "alias/volume" # expect: ModelScheduleVolumeKms
        }
      }
      network_config {
        enable_inter_container_traffic_encryption = false # expect: ModelScheduleIsolation
        enable_network_isolation = true
        vpc_config {
          security_group_ids = ["sg-0open"] # expect: ModelScheduleSecurityGroups
          subnets = ["subnet-0open"] # expect: ModelScheduleSubnets
        }
      }
    }
  }
  tags = { team = "ml" } # expect: ModelCostCenter "`tags` is `{team=ml}`"
}

resource "aws_sagemaker_monitoring_schedule" "pass" {
  name = "pass"
  monitoring_schedule_config {
    schedule_config {
      schedule_expression = "cron(0 * ? * * *)"
    }
    monitoring_job_definition {
      role_arn = "arn:aws:iam::111122223333:role/ml-monitoring"
      monitoring_app_specification {
        image_uri = "156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
      }
      monitoring_inputs {
        endpoint_input {
          endpoint_name = "churn"
          local_path = "/opt/ml/processing/input"
        }
      }
      monitoring_output_config {
        kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
        monitoring_outputs {
          s3_output {
            s3_uri = "s3://ml-monitoring-111122223333/churn"
            local_path = "/opt/ml/processing/output"
          }
        }
      }
      monitoring_resources {
        cluster_config {
          instance_count = 1
          instance_type = "ml.m5.xlarge"
          volume_size_in_gb = 20
          volume_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
        }
      }
      network_config {
        enable_inter_container_traffic_encryption = true
        enable_network_isolation = true
        vpc_config {
          security_group_ids = ["sg-0acme"]
          subnets = ["subnet-0a1b2c3d"]
        }
      }
    }
  }
  tags = { cost-center = "4711" }
}

resource "aws_sagemaker_monitoring_schedule" "fail_named" {
  name = "fail-named"
  monitoring_schedule_config {
    monitoring_job_definition_name = "churn-quality"
    monitoring_type                = "ModelQuality" # expect: ModelScheduleType "`monitoring_schedule_config.monitoring_type` is `ModelQuality`"
    schedule_config {
      schedule_expression = "cron(0 * ? * * *)"
    }
  }
}
