# A model per variant, the endpoint configuration that serves them, and a data quality monitor.

variable "name" {
  type = string
}

variable "image" {
  type = string
}

variable "variants" {
  type    = number
  default = 1
}

variable "instances" {
  description = "Initial instance count of each production variant."
  type        = number
}

variable "isolate" {
  type = bool
}

variable "encrypt_monitoring_traffic" {
  type = bool
}

resource "aws_sagemaker_model" "this" {
  count                    = var.variants
  name                     = "${var.name}-${count.index}"
  execution_role_arn       = "arn:aws:iam::111122223333:role/sagemaker-model"
  enable_network_isolation = var.isolate

  primary_container {
    image          = var.image
    model_data_url = "s3://ml-artifacts-111122223333/${var.name}/model-${count.index}.tar.gz"

    image_config {
      repository_access_mode = "Vpc"
    }
  }

  vpc_config {
    subnets            = ["subnet-0a1b2c3d4e5f60718"]
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
  }
}

resource "aws_kms_key" "endpoint" {
  description         = "Hosting volumes of the ${var.name} endpoint"
  enable_key_rotation = true
}

resource "aws_sagemaker_endpoint_configuration" "this" {
  name        = var.name
  kms_key_arn = aws_kms_key.endpoint.arn

  dynamic "production_variants" {
    for_each = aws_sagemaker_model.this
    content {
      variant_name           = "v${production_variants.key}"
      model_name             = production_variants.value.name
      instance_type          = "ml.m5.large"
      initial_instance_count = var.instances
      initial_variant_weight = 1
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "drift" {
  name     = "${var.name}-drift"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-monitoring"

  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }

  data_quality_job_input {
    endpoint_input {
      endpoint_name = var.name
      local_path    = "/opt/ml/processing/input"
    }
  }

  data_quality_job_output_config {
    kms_key_id = aws_kms_key.endpoint.arn
    monitoring_outputs {
      s3_output {
        s3_uri     = "s3://ml-monitoring-111122223333/${var.name}"
        local_path = "/opt/ml/processing/output"
      }
    }
  }

  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = aws_kms_key.endpoint.arn
    }
  }

  network_config {
    enable_network_isolation                  = true
    enable_inter_container_traffic_encryption = var.encrypt_monitoring_traffic
  }
}
