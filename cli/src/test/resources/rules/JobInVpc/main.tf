# JobInVpc fixture. A trailing "expect" comment marks the line a finding must point at.

variable "subnets" {
  type = list(string)
}

resource "aws_sagemaker_training_job" "fail_no_vpc" { # expect: JobInVpc "`vpc_config.subnets` is not set"
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  resource_config {
    instance_count    = 1
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
}

resource "aws_sagemaker_training_job" "fail_empty_subnets" {
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnets            = [] # expect: JobInVpc "is `[]`"
  }
}

resource "aws_sagemaker_training_job" "pass_vpc" {
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnets            = ["subnet-0a1b2c3d4e5f60718"]
  }
}

resource "aws_sagemaker_training_job" "pass_variable_subnets" {
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnets            = var.subnets
  }
}

resource "awscc_sagemaker_processing_job" "fail_processing" { # expect: JobInVpc "`network_config.vpc_config.subnets` is not set"
  role_arn       = "arn:aws:iam::111122223333:role/sagemaker-execution"
  network_config = { enable_network_isolation = true }
}

resource "awscc_sagemaker_processing_job" "pass_processing" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  network_config = {
    vpc_config = { security_group_ids = ["sg-0a1b2c3d4e5f60718"], subnets = ["subnet-0a1b2c3d4e5f60718"] }
  }
}

resource "aws_sagemaker_pipeline" "fail_pipeline" {
  pipeline_name         = "train"
  pipeline_display_name = "train"
  role_arn              = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [{
      Name      = "Train" # expect: JobInVpc "`VpcConfig.Subnets` is not set"
      Type      = "Training"
      Arguments = { ResourceConfig = { InstanceCount = 1 } }
    }]
  })
}
