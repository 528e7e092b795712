variable "isolate" {
  type    = bool
  default = true # expect: SageMaker.20
}

variable "environment" {
  type = string
}

resource "awscc_sagemaker_model_explainability_job_definition" "fail_awscc_default" { # expect: SageMaker.20
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config {
    enable_network_isolation = true
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "fail_awscc_explicit" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_network_isolation = false # expect: SageMaker.20
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "fail_awscc_variable" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_network_isolation = var.isolate
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "pass_awscc_isolated" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_network_isolation = true
  }
}

