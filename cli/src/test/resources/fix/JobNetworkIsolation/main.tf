# JobNetworkIsolation fixture. A trailing "expect" comment marks the line a finding must point at.

variable "isolate" {
  type    = bool
  default = true # expect: JobNetworkIsolation
}

resource "aws_sagemaker_training_job" "fail_default" { # expect: JobNetworkIsolation "`enable_network_isolation` is not set"
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  algorithm_specification {
    training_image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
    training_input_mode = "File"
  }
  resource_config {
    instance_count    = 1
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
  enable_network_isolation = true
}

resource "aws_sagemaker_training_job" "fail_explicit" {
  training_job_name        = "churn"
  role_arn                 = "arn:aws:iam::111122223333:role/sagemaker-execution"
  enable_network_isolation = true # expect: JobNetworkIsolation "is `false`"
}

resource "aws_sagemaker_training_job" "fail_variable" {
  training_job_name        = "churn"
  role_arn                 = "arn:aws:iam::111122223333:role/sagemaker-execution"
  enable_network_isolation = var.isolate
}

resource "aws_sagemaker_training_job" "pass_isolated" {
  training_job_name        = "churn"
  role_arn                 = "arn:aws:iam::111122223333:role/sagemaker-execution"
  enable_network_isolation = true
}

resource "awscc_sagemaker_processing_job" "fail_processing" { # expect: JobNetworkIsolation "`network_config.enable_network_isolation` is not set"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  processing_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.xlarge", volume_size_in_gb = 30 }
  }
  network_config {
    enable_network_isolation = true
  }
}

resource "awscc_sagemaker_processing_job" "pass_processing" {
  role_arn       = "arn:aws:iam::111122223333:role/sagemaker-execution"
  network_config = { enable_network_isolation = true }
}

resource "aws_sfn_state_machine" "fail_state_machine" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Train"
    States = {
      Train = { # expect: JobNetworkIsolation "`EnableNetworkIsolation` is not set"
        Type       = "Task"
        Resource   = "arn:aws:states:::sagemaker:createTrainingJob.sync"
        Parameters = { ResourceConfig = { InstanceCount = 1 } }
        End        = true
      }
    }
  })
}

resource "aws_sagemaker_pipeline" "pass_pipeline" {
  pipeline_name         = "prepare"
  pipeline_display_name = "prepare"
  role_arn              = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [{
      Name      = "Prepare"
      Type      = "Processing"
      Arguments = { NetworkConfig = { EnableNetworkIsolation = true } }
    }]
  })
}
