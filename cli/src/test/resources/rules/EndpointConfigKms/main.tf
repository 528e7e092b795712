variable "kms_key_arn" {
  type    = string
  default = "" # expect: EndpointConfigKms
}

resource "aws_sagemaker_endpoint_configuration" "fail_default" { # expect: EndpointConfigKms
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "aws_sagemaker_endpoint_configuration" "fail_variable" {
  kms_key_arn = var.kms_key_arn
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "aws_sagemaker_endpoint_configuration" "fail_empty" {
  kms_key_arn = "" # expect: EndpointConfigKms
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "awscc_sagemaker_endpoint_config" "fail_awscc" { # expect: EndpointConfigKms
  production_variants = [{ variant_name = "a", model_name = "m", initial_instance_count = 2 }]
}

resource "aws_sagemaker_endpoint_configuration" "pass_key" {
  kms_key_arn = aws_kms_key.endpoint.arn
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "awscc_sagemaker_endpoint_config" "pass_awscc" {
  kms_key_id          = "arn:aws:kms:eu-west-1:111122223333:key/abc"
  production_variants = [{ variant_name = "a", model_name = "m", initial_instance_count = 2 }]
}


# CreateEndpointConfig rejects a KMS key when a variant uses an instance type with local NVMe storage.
resource "aws_sagemaker_endpoint_configuration" "pass_local_storage" {
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    instance_type          = "ml.g5.2xlarge"
    initial_instance_count = 2
  }
}

resource "aws_sfn_state_machine" "fail_deploy" {
  name     = "deploy"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "CreateEndpointConfig"
    States = {
      CreateEndpointConfig = { # expect: EndpointConfigKms
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

resource "aws_sfn_state_machine" "pass_deploy" {
  name     = "deploy-kms"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "CreateEndpointConfig"
    States = {
      CreateEndpointConfig = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createEndpointConfig"
        Parameters = {
          "EndpointConfigName.$" = "$.name"
          KmsKeyId               = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
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
