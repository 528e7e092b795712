variable "name_prefix" {
  type = string
}

variable "network_isolated" {
  type = bool
}

resource "aws_sagemaker_model" "this" {
  name                     = "${var.name_prefix}-model"
  execution_role_arn       = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = var.network_isolated

  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
  }
}

resource "aws_sagemaker_data_quality_job_definition" "this" {
  name     = "${var.name_prefix}-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"

  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }

  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }

  network_config {
    enable_inter_container_traffic_encryption = false
  }
}

resource "aws_sagemaker_monitoring_schedule" "this" {
  name = "${var.name_prefix}-schedule"

  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.this.name
    monitoring_type                = "DataQuality"
  }
}

output "model_name" {
  value = aws_sagemaker_model.this.name
}
