variable "isolated" {
  type    = bool
  default = true # expect: SageMaker.5
}

variable "environment" {
  type = string
}

resource "aws_sagemaker_model" "fail_default" { # expect: SageMaker.5
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
  }
  enable_network_isolation = true
}

resource "aws_sagemaker_model" "fail_explicit" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = true # expect: SageMaker.5
}

resource "aws_sagemaker_model" "fail_variable" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = var.isolated
}

resource "aws_sagemaker_model" "fail_conditional" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = var.environment == "prod" ? true : false # expect: SageMaker.5
}

resource "awscc_sagemaker_model" "fail_awscc" { # expect: SageMaker.5
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = true
}

resource "aws_sagemaker_model" "pass_isolated" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = true
}

resource "awscc_sagemaker_model" "pass_awscc" {
  enable_network_isolation = true
}


resource "aws_sfn_state_machine" "fail_register" {
  name     = "register"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "CreateModel"
    States = {
      CreateModel = { # expect: SageMaker.5
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createModel"
        Parameters = {
          "ModelName.$"    = "$.name"
          ExecutionRoleArn = "arn:aws:iam::111122223333:role/sagemaker"
          PrimaryContainer = {
            Image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
        }
        End = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "pass_register" {
  name     = "register-isolated"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "CreateModel"
    States = {
      CreateModel = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createModel"
        Parameters = {
          "ModelName.$"          = "$.name"
          ExecutionRoleArn       = "arn:aws:iam::111122223333:role/sagemaker"
          EnableNetworkIsolation = true
          PrimaryContainer = {
            Image       = "registry.example.com/model:1"
            ImageConfig = { RepositoryAccessMode = "Vpc" }
          }
        }
        End = true
      }
    }
  })
}

variable "model" {
  type = object({
    name              = string
    network_isolation = optional(bool, false) # expect: SageMaker.5 "`enable_network_isolation` is `false`"
    vpc = optional(object({
      subnets            = list(string)
      security_group_ids = list(string)
    }))
  })
  default = { name = "churn" }
}

resource "aws_sagemaker_model" "fail_optional_default" {
  name                     = var.model.name
  execution_role_arn       = "arn:aws:iam::111122223333:role/sagemaker"
  enable_network_isolation = var.model.network_isolation

  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:1"
  }

  dynamic "vpc_config" {
    for_each = var.model.vpc == null ? [] : [var.model.vpc]
    content {
      subnets            = vpc_config.value.subnets
      security_group_ids = vpc_config.value.security_group_ids
    }
  }
}
