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
