variable "instance_count" {
  type = number
}

resource "awscc_sagemaker_model_explainability_job_definition" "fail_awscc_default" { # expect: SageMaker.10
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 2, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config {
    enable_inter_container_traffic_encryption = true
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "fail_awscc_explicit" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 4, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_inter_container_traffic_encryption = false # expect: SageMaker.10
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "fail_unknown_count" { # expect: SageMaker.10
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = var.instance_count, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "pass_awscc_encrypted" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 2, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_inter_container_traffic_encryption = true
  }
}

resource "awscc_sagemaker_model_explainability_job_definition" "pass_awscc_single" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
}

