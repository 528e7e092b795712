variable "isolate" {
  type    = bool
  default = true # expect: SageMaker.11
}

variable "environment" {
  type = string
}

resource "aws_sagemaker_data_quality_job_definition" "fail_default" { # expect: SageMaker.11
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = true
  }
}

resource "aws_sagemaker_data_quality_job_definition" "fail_explicit" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = true # expect: SageMaker.11
  }
}

resource "aws_sagemaker_data_quality_job_definition" "fail_variable" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = var.isolate
  }
}

resource "aws_sagemaker_data_quality_job_definition" "fail_conditional" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = var.environment == "prod" # expect: SageMaker.11
  }
}

resource "aws_sagemaker_data_quality_job_definition" "pass_isolated" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = true
  }
}

resource "awscc_sagemaker_data_quality_job_definition" "fail_awscc_default" { # expect: SageMaker.11
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config {
    enable_network_isolation = true
  }
}

resource "awscc_sagemaker_data_quality_job_definition" "fail_awscc_explicit" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_network_isolation = false # expect: SageMaker.11
  }
}

resource "awscc_sagemaker_data_quality_job_definition" "fail_awscc_variable" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_network_isolation = var.isolate
  }
}

resource "awscc_sagemaker_data_quality_job_definition" "pass_awscc_isolated" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
  }
  network_config = {
    enable_network_isolation = true
  }
}

