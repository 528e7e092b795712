variable "name_prefix" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

resource "aws_sagemaker_model" "this" {
  name                     = "${var.name_prefix}-model"
  execution_role_arn       = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = true

  primary_container {
    image = "registry.internal.example.com/model:1.0"
    image_config {
      repository_access_mode = "Vpc"
    }
  }

  vpc_config {
    subnets            = var.subnet_ids
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_sagemaker_data_quality_job_definition" "this" {
  name     = "${var.name_prefix}-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"

  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }

  data_quality_job_output_config {
    kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-monitoring-111122223333/data-quality"
      }
    }
  }

  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
    }
  }

  network_config {
    enable_inter_container_traffic_encryption = true
    enable_network_isolation                  = true
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
