# Fixture of the model fields for policies (awscc provider): `fail` resources break every policy of their type.

resource "awscc_sagemaker_notebook_instance" "fail" {
  role_arn                     = "arn:aws:iam::111122223333:role/ml-notebook"
  instance_type                = "ml.t3.medium"
  lifecycle_config_name        = "install-anything" # expect: ModelNotebookLifecycle
  default_code_repository      = "https://github.com/someone/notebooks" # expect: ModelNotebookRepository "`default_code_repository` is"
  additional_code_repositories = ["https://github.com/someone/extra"] # expect: ModelNotebookExtraRepositories
}

resource "awscc_sagemaker_notebook_instance" "pass" {
  role_arn              = "arn:aws:iam::111122223333:role/ml-notebook"
  instance_type         = "ml.t3.medium"
  lifecycle_config_name = "acme-baseline"
}

resource "awscc_sagemaker_model" "fail" {
  execution_role_arn = "arn:aws:iam::111122223333:role/admin" # expect: ModelExecutionRole
  primary_container = {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
  vpc_config = {
    security_group_ids = ["sg-0open"] # expect: ModelModelSecurityGroups "`vpc_config.security_group_ids` is"
    subnets            = ["subnet-0a1b2c3d"]
  }
  tags = [{ key = "team", value = "ml" }] # expect: ModelCostCenter
}

resource "awscc_sagemaker_model" "pass" {
  execution_role_arn = "arn:aws:iam::111122223333:role/ml-inference"
  primary_container = {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
  vpc_config = {
    security_group_ids = ["sg-0acme"]
    subnets            = ["subnet-0a1b2c3d"]
  }
  tags = [{ key = "cost-center", value = "4711" }]
}

resource "awscc_sagemaker_endpoint_config" "fail" {
  production_variants = [{
    variant_name           = "a"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }]
  data_capture_config = {
    enable_capture              = false # expect: ModelCaptureEnabled
    kms_key_id                  = "alias/capture" # expect: ModelCaptureKms "`data_capture_config.kms_key_id` is `alias/capture`"
    initial_sampling_percentage = 10
    destination_s3_uri          = "s3://ml-capture-111122223333/churn"
    capture_options             = [{ capture_mode = "Input" }]
  }
  tags = [{ key = "team", value = "ml" }] # expect: ModelCostCenter "`tags` is `{team=ml}`"
}

resource "awscc_sagemaker_endpoint_config" "pass" {
  production_variants = [{
    variant_name           = "a"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }]
  tags = [{ key = "cost-center", value = "4711" }]
}

resource "awscc_sagemaker_processing_job" "fail" {
  role_arn = "arn:aws:iam::111122223333:role/admin" # expect: ModelJobRole
  app_specification = {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/prepare:1"
  }
  network_config = {
    vpc_config = {
      security_group_ids = ["sg-0open"] # expect: ModelJobSecurityGroups
      subnets            = ["subnet-0a1b2c3d"]
    }
  }
  processing_resources = {
    cluster_config = {
      instance_count    = 1
      instance_type     = "ml.g5.xlarge" # expect: ModelJobInstanceType "`processing_resources.cluster_config.instance_type` is"
      volume_size_in_gb = 30
      volume_kms_key_id = "alias/volume" # expect: ModelJobVolumeKms
    }
  }
  processing_output_config = {
    kms_key_id = "alias/output" # expect: ModelJobOutputKms
    outputs    = [{ output_name = "features" }]
  }
  tags = [{ key = "team", value = "ml" }] # expect: ModelCostCenter "`tags` is `{team=ml}`"
}

resource "awscc_sagemaker_processing_job" "pass" {
  role_arn = "arn:aws:iam::111122223333:role/ml-processing"
  app_specification = {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/prepare:1"
  }
  processing_resources = {
    cluster_config = {
      instance_count    = 1
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 30
      volume_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    }
  }
  processing_output_config = {
    kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    outputs    = [{ output_name = "features" }]
  }
  tags = [{ key = "cost-center", value = "4711" }]
}

resource "awscc_sagemaker_model_quality_job_definition" "fail" {
  job_definition_name = "fail"
  role_arn            = "arn:aws:iam::111122223333:role/admin" # expect: ModelJobRole
  model_quality_job_output_config = {
    kms_key_id = "alias/output" # expect: ModelJobOutputKms "`model_quality_job_output_config.kms_key_id` is"
  }
  job_resources = {
    cluster_config = {
      instance_count    = 1
      instance_type     = "ml.c5.xlarge" # expect: ModelJobInstanceType
      volume_size_in_gb = 20
      volume_kms_key_id = "alias/volume" # expect: ModelJobVolumeKms
    }
  }
  network_config = {
    vpc_config = {
      security_group_ids = ["sg-0open"] # expect: ModelJobSecurityGroups
      subnets            = ["subnet-0a1b2c3d"]
    }
  }
  tags = [{ key = "team", value = "ml" }] # expect: ModelCostCenter
}

resource "awscc_sagemaker_model_quality_job_definition" "pass" {
  job_definition_name = "pass"
  role_arn            = "arn:aws:iam::111122223333:role/ml-monitoring"
  model_quality_job_output_config = {
    kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  }
  job_resources = {
    cluster_config = {
      instance_count    = 1
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 20
      volume_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    }
  }
  tags = [{ key = "cost-center", value = "4711" }]
}

resource "awscc_sagemaker_domain" "fail" {
  domain_name = "fail"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0open"      # expect: ModelDomainVpc
  subnet_ids  = ["subnet-0open"] # expect: ModelDomainSubnets
  default_user_settings = {
    execution_role  = "arn:aws:iam::111122223333:role/admin" # expect: ModelDomainRole "`default_user_settings.execution_role` is"
    security_groups = ["sg-0open"]                           # expect: ModelDomainSecurityGroups
  }
}

resource "awscc_sagemaker_domain" "pass" {
  domain_name = "pass"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0acme"
  subnet_ids  = ["subnet-0a1b2c3d"]
  default_user_settings = {
    execution_role  = "arn:aws:iam::111122223333:role/ml-studio"
    security_groups = ["sg-0acme"]
  }
}

resource "awscc_stepfunctions_state_machine" "fail_transform" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition_string = jsonencode({
    StartAt = "Score"
    States = {
      Score = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTransformJob.sync"
        Parameters = {
          ModelName = "churn" # expect: ModelTransformModel
          TransformOutput = {
            S3OutputPath = "s3://ml-artifacts-111122223333/score"
            KmsKeyId     = "alias/output" # expect: ModelJobOutputKms
          }
          TransformResources = {
            InstanceCount  = 8               # expect: ModelTransformInstanceCount "`TransformResources.InstanceCount` is `8`"
            InstanceType   = "ml.p3.2xlarge" # expect: ModelJobInstanceType
            VolumeKmsKeyId = "alias/volume"  # expect: ModelJobVolumeKms
          }
          Tags = [{ Key = "team", Value = "ml" }] # expect: ModelCostCenter
        }
        End = true
      }
    }
  })
}

resource "awscc_sagemaker_monitoring_schedule" "fail" {
  monitoring_schedule_name = "fail"
  monitoring_schedule_config = {
    schedule_config = {
      schedule_expression = "cron(0 * ? * * *)"
    }
    monitoring_job_definition = {
      role_arn = "arn:aws:iam::111122223333:role/admin" # expect: ModelScheduleRole
      monitoring_app_specification = {
        image_uri = "156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
      }
      monitoring_inputs = [{ endpoint_input = { endpoint_name = "churn", local_path = "/opt/ml/processing/input" } }]
      monitoring_output_config = {
        kms_key_id = "alias/output" # expect: ModelScheduleOutputKms "`monitoring_schedule_config.monitoring_job_definition.monitoring_output_config.kms_key_id` is `alias/output`"
        monitoring_outputs = [{ s3_output = { s3_uri = "s3://ml-monitoring-111122223333/churn", local_path = "/opt/ml/processing/output" } }]
      }
      monitoring_resources = {
        cluster_config = {
          instance_count = 8 # expect: ModelScheduleInstanceCount
          instance_type = "ml.c5.xlarge" # expect: ModelScheduleInstanceType
          volume_size_in_gb = 20
          volume_kms_key_id = "alias/volume" # expect: ModelScheduleVolumeKms
        }
      }
      network_config = {
        enable_inter_container_traffic_encryption = false # expect: ModelScheduleIsolation
        enable_network_isolation = true
        vpc_config = {
          security_group_ids = ["sg-0open"] # expect: ModelScheduleSecurityGroups
          subnets = ["subnet-0open"] # expect: ModelScheduleSubnets
        }
      }
    }
  }
  tags = [{ key = "team", value = "ml" }] # expect: ModelCostCenter
}

resource "awscc_sagemaker_monitoring_schedule" "pass" {
  monitoring_schedule_name = "pass"
  monitoring_schedule_config = {
    schedule_config = {
      schedule_expression = "cron(0 * ? * * *)"
    }
    monitoring_job_definition = {
      role_arn = "arn:aws:iam::111122223333:role/ml-monitoring"
      monitoring_app_specification = {
        image_uri = "156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
      }
      monitoring_inputs = [{ endpoint_input = { endpoint_name = "churn", local_path = "/opt/ml/processing/input" } }]
      monitoring_output_config = {
        kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
        monitoring_outputs = [{ s3_output = { s3_uri = "s3://ml-monitoring-111122223333/churn", local_path = "/opt/ml/processing/output" } }]
      }
      monitoring_resources = {
        cluster_config = {
          instance_count = 1
          instance_type = "ml.m5.xlarge"
          volume_size_in_gb = 20
          volume_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
        }
      }
      network_config = {
        enable_inter_container_traffic_encryption = true
        enable_network_isolation = true
        vpc_config = {
          security_group_ids = ["sg-0acme"]
          subnets = ["subnet-0a1b2c3d"]
        }
      }
    }
  }
  tags = [{ key = "cost-center", value = "4711" }]
}

resource "awscc_sagemaker_monitoring_schedule" "fail_named" {
  monitoring_schedule_name = "fail-named"
  monitoring_schedule_config = {
    monitoring_job_definition_name = "churn-quality"
    monitoring_type                = "ModelQuality" # expect: ModelScheduleType
    schedule_config                = { schedule_expression = "cron(0 * ? * * *)" }
  }
}
