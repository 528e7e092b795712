variable "instance_count" {
  type    = number
  default = 1 # expect: SageMaker.4
}

variable "environment" {
  type = string
}

resource "aws_sagemaker_endpoint_configuration" "fail_one" {
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1 # expect: SageMaker.4
  }
}

resource "aws_sagemaker_endpoint_configuration" "fail_variable" {
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = var.instance_count
  }
}

resource "aws_sagemaker_endpoint_configuration" "fail_conditional" {
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = var.environment == "prod" ? 3 : 1 # expect: SageMaker.4
  }
}

# An absent count is not a count of 1, as the AWS Config rule reads it.
resource "aws_sagemaker_endpoint_configuration" "pass_absent" {
  production_variants {
    variant_name  = "primary"
    model_name    = "model"
    instance_type = "ml.m5.large"
  }
}

resource "awscc_sagemaker_endpoint_config" "fail_awscc" {
  production_variants = [{
    variant_name           = "primary"
    model_name             = "model"
    initial_instance_count = 1 # expect: SageMaker.4
  }]
}

resource "aws_sagemaker_endpoint_configuration" "pass_two" {
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "aws_sagemaker_endpoint_configuration" "pass_serverless" {
  production_variants {
    variant_name = "primary"
    model_name   = "model"
    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}


resource "aws_sfn_state_machine" "fail_deploy" {
  name     = "deploy"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "CreateEndpointConfig"
    States = {
      CreateEndpointConfig = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createEndpointConfig"
        Parameters = {
          "EndpointConfigName.$" = "$.name"
          ProductionVariants = [{
            VariantName          = "primary"
            "ModelName.$"        = "$.model"
            InstanceType         = "ml.m5.large"
            InitialInstanceCount = 1 # expect: SageMaker.4
          }]
        }
        End = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "pass_deploy" {
  name     = "deploy-ha"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "CreateEndpointConfig"
    States = {
      CreateEndpointConfig = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createEndpointConfig"
        Parameters = {
          "EndpointConfigName.$" = "$.name"
          ProductionVariants = [{
            VariantName          = "primary"
            ModelName            = "model"
            InstanceType         = "ml.m5.large"
            InitialInstanceCount = 2
          }]
        }
        End = true
      }
    }
  })
}

variable "replicas" {
  description = "Instances behind the endpoint; validated to keep it highly available"
  type        = number
  validation {
    condition     = var.replicas >= 2
    error_message = "Run at least two instances."
  }
}

variable "replicas_any" {
  type = number
  validation {
    condition     = var.replicas_any >= 1 && var.replicas_any <= 8 # expect: SageMaker.4 "if `var.replicas_any` is set to it (its validation allows it)"
    error_message = "Between 1 and 8 instances."
  }
}

resource "aws_sagemaker_endpoint_configuration" "pass_validated_minimum" {
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = var.replicas
  }
}

resource "aws_sagemaker_endpoint_configuration" "fail_validated_range" {
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = var.replicas_any
  }
}
