variable "encrypt" {
  type    = bool
  default = false # expect: DistributedJobTrafficEncryption
}

resource "aws_sagemaker_training_job" "fail_default" { # expect: DistributedJobTrafficEncryption
  training_job_name = "train"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    instance_count    = 2
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
}

resource "aws_sagemaker_training_job" "fail_explicit" {
  training_job_name = "train"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker"
  resource_config {
    instance_count    = 4
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
  enable_inter_container_traffic_encryption = false # expect: DistributedJobTrafficEncryption
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

