variable "encrypt" {
  type    = bool
  default = true # expect: DistributedJobTrafficEncryption
}

resource "aws_sagemaker_training_job" "fail_default" { # expect: DistributedJobTrafficEncryption
  training_job_name = "train"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    instance_count    = 2
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
  enable_inter_container_traffic_encryption = true
}

resource "aws_sagemaker_training_job" "fail_explicit" {
  training_job_name = "train"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    instance_count    = 4
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
  enable_inter_container_traffic_encryption = true # expect: DistributedJobTrafficEncryption
}

resource "aws_sagemaker_training_job" "fail_variable" {
  training_job_name = "train"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    instance_count    = 2
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
  enable_inter_container_traffic_encryption = var.encrypt
}

resource "aws_sagemaker_training_job" "pass_single" {
  training_job_name = "train"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    instance_count    = 1
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
}

resource "aws_sagemaker_training_job" "pass_encrypted" {
  training_job_name = "train"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    instance_count    = 2
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
  enable_inter_container_traffic_encryption = true
}

resource "awscc_sagemaker_processing_job" "fail_processing" { # expect: DistributedJobTrafficEncryption
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  processing_resources = {
    cluster_config = { instance_count = 2, instance_type = "ml.m5.xlarge", volume_size_in_gb = 30 }
  }
  network_config {
    enable_inter_container_traffic_encryption = true
  }
}

resource "awscc_sagemaker_processing_job" "fail_processing_explicit" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  processing_resources = {
    cluster_config = { instance_count = 3, instance_type = "ml.m5.xlarge", volume_size_in_gb = 30 }
  }
  network_config = {
    enable_inter_container_traffic_encryption = false # expect: DistributedJobTrafficEncryption
  }
}

resource "awscc_sagemaker_processing_job" "pass_processing" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  processing_resources = {
    cluster_config = { instance_count = 2, instance_type = "ml.m5.xlarge", volume_size_in_gb = 30 }
  }
  network_config = { enable_inter_container_traffic_encryption = true }
}


# Jobs embedded in Step Functions state machines and SageMaker pipelines.
# DistributedJobTrafficEncryption fixture for SageMaker jobs embedded in Step Functions and pipeline definitions.
# A trailing "expect" comment marks the line a finding must point at. (Heredoc JSON definitions cannot carry a
# comment on their own lines; the hcl-parser unit tests cover them.)

resource "aws_sfn_state_machine" "fail_object" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Train"
    States = {
      Train = { # expect: DistributedJobTrafficEncryption "`EnableInterContainerTrafficEncryption` is not set"
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTrainingJob.sync"
        Parameters = {
          "TrainingJobName.$" = "$.name"
          ResourceConfig      = { InstanceCount = 2, InstanceType = "ml.m5.xlarge", VolumeSizeInGB = 30 }
        }
        End = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "fail_false" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Train"
    States = {
      Train = {
        Type     = "Task"
        Resource = "arn:${data.aws_partition.current.partition}:states:::sagemaker:createTrainingJob"
        Parameters = {
          EnableInterContainerTrafficEncryption = false # expect: DistributedJobTrafficEncryption "is `false`"
          ResourceConfig                        = { InstanceCount = 4 }
        }
        End = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "fail_tuning" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Both"
    States = {
      Both = {
        Type = "Parallel"
        End  = true
        Branches = [{
          StartAt = "Tune"
          States = {
            Tune = { # expect: DistributedJobTrafficEncryption
              Type       = "Task"
              Resource   = "arn:aws-us-gov:states:::sagemaker:createHyperParameterTuningJob.sync"
              Parameters = { TrainingJobDefinition = { ResourceConfig = { InstanceCount = 2 } } }
              End        = true
            }
          }
        }]
      }
    }
  })
}

resource "aws_sagemaker_pipeline" "fail_pipeline" {
  pipeline_name         = "prepare"
  pipeline_display_name = "prepare"
  role_arn              = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [{
      Name = "Prepare" # expect: DistributedJobTrafficEncryption
      Type = "Processing"
      Arguments = {
        ProcessingResources = { ClusterConfig = { InstanceCount = 2, InstanceType = "ml.m5.xlarge" } }
      }
    }]
  })
}

resource "aws_sfn_state_machine" "pass_encrypted" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Train"
    States = {
      Train = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTrainingJob.sync"
        Parameters = {
          EnableInterContainerTrafficEncryption = true
          ResourceConfig                        = { InstanceCount = 2 }
        }
        End = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "pass_runtime_flag" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Train"
    States = {
      Train = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTrainingJob.sync"
        Parameters = {
          "EnableInterContainerTrafficEncryption.$" = "$.encrypt"
          ResourceConfig                            = { InstanceCount = 1 }
        }
        End = true
      }
    }
  })
}

resource "aws_sagemaker_pipeline" "pass_single_instance" {
  pipeline_name         = "single"
  pipeline_display_name = "single"
  role_arn              = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [{
      Name      = "Prepare"
      Type      = "Processing"
      Arguments = { ProcessingResources = { ClusterConfig = { InstanceCount = 1 } } }
    }]
  })
}

resource "aws_sagemaker_training_job" "fail_heterogeneous" { # expect: DistributedJobTrafficEncryption
  training_job_name = "train-hetero"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    volume_size_in_gb = 30
    instance_groups {
      instance_group_name = "cpu"
      instance_type       = "ml.c5.xlarge"
      instance_count      = 1
    }
    instance_groups {
      instance_group_name = "gpu"
      instance_type       = "ml.p3.2xlarge"
      instance_count      = 1
    }
  }
  enable_inter_container_traffic_encryption = true
}

resource "aws_sagemaker_training_job" "pass_heterogeneous_single" {
  training_job_name = "train-one-group"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    volume_size_in_gb = 30
    instance_groups {
      instance_group_name = "gpu"
      instance_type       = "ml.p3.2xlarge"
      instance_count      = 1
    }
  }
}

resource "aws_sagemaker_hyper_parameter_tuning_job" "fail_tuning" {
  hyper_parameter_tuning_job_name = "tune"
  hyper_parameter_tuning_job_config {
    strategy = "Bayesian"
    resource_limits {
      max_number_of_training_jobs = 10
      max_parallel_training_jobs  = 2
    }
  }
  training_job_definition { # expect: DistributedJobTrafficEncryption
    role_arn = "arn:aws:iam::111122223333:role/sagemaker"
    resource_config {
      instance_count    = 2
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 30
    }
    enable_inter_container_traffic_encryption = true
  }
}

resource "aws_sagemaker_hyper_parameter_tuning_job" "fail_tuning_many" {
  hyper_parameter_tuning_job_name = "tune-many"
  training_job_definitions { # expect: DistributedJobTrafficEncryption
    definition_name = "small"
    role_arn        = "arn:aws:iam::111122223333:role/sagemaker"
    resource_config {
      instance_count    = 2
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 30
    }
    enable_inter_container_traffic_encryption = true
  }
  training_job_definitions {
    definition_name                           = "large"
    role_arn                                  = "arn:aws:iam::111122223333:role/sagemaker"
    enable_inter_container_traffic_encryption = true # expect: DistributedJobTrafficEncryption
    resource_config {
      instance_count    = 4
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 30
    }
  }
}

resource "aws_sagemaker_hyper_parameter_tuning_job" "pass_tuning_encrypted" {
  hyper_parameter_tuning_job_name = "tune-encrypted"
  training_job_definition {
    role_arn                                  = "arn:aws:iam::111122223333:role/sagemaker"
    enable_inter_container_traffic_encryption = true
    resource_config {
      instance_count    = 2
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 30
    }
  }
}

resource "awscc_sagemaker_pipeline" "fail_awscc_pipeline" {
  pipeline_name = "train"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = {
    pipeline_definition_body = jsonencode({
      Version = "2020-12-01"
      Steps = [
        {
          Name = "Tune" # expect: DistributedJobTrafficEncryption
          Type = "Tuning"
          Arguments = {
            TrainingJobDefinition = {
              ResourceConfig = {
                InstanceGroups = [
                  { InstanceGroupName = "a", InstanceType = "ml.m5.xlarge", InstanceCount = 1 },
                  { InstanceGroupName = "b", InstanceType = "ml.c5.xlarge", InstanceCount = 2 },
                ]
              }
            }
          }
        },
      ]
    })
  }
}

resource "awscc_stepfunctions_state_machine" "fail_awscc_state_machine" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition_string = jsonencode({
    StartAt = "Tune"
    States = {
      Tune = { # expect: DistributedJobTrafficEncryption
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createHyperParameterTuningJob.sync"
        Parameters = {
          HyperParameterTuningJobName = "tune"
          TrainingJobDefinition = {
            ResourceConfig = { InstanceCount = 3, InstanceType = "ml.m5.xlarge" }
          }
        }
        End = true
      }
    }
  })
}

resource "awscc_stepfunctions_state_machine" "pass_awscc_state_machine" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition_string = jsonencode({
    StartAt = "Train"
    States = {
      Train = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTrainingJob.sync"
        Parameters = {
          EnableInterContainerTrafficEncryption = true
          ResourceConfig = {
            InstanceGroups = [
              { InstanceGroupName = "a", InstanceType = "ml.m5.xlarge", InstanceCount = 2 },
            ]
          }
        }
        End = true
      }
    }
  })
}

resource "awscc_sagemaker_pipeline" "pass_awscc_pipeline_in_s3" {
  pipeline_name = "in-s3"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = {
    pipeline_definition_s3_location = { bucket = "definitions", object_key = "pipeline.json" }
  }
}

resource "awscc_sagemaker_pipeline" "pass_awscc_pipeline_single_group" {
  pipeline_name = "train-single"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = {
    pipeline_definition_body = jsonencode({
      Version = "2020-12-01"
      Steps = [
        {
          Name = "Train"
          Type = "Training"
          Arguments = {
            ResourceConfig = {
              InstanceGroups = [{ InstanceGroupName = "a", InstanceType = "ml.m5.xlarge", InstanceCount = 1 }]
            }
          }
        },
      ]
    })
  }
}
