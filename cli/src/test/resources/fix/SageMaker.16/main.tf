variable "access_mode" {
  type    = string
  default = "Vpc" # expect: SageMaker.16
}

resource "aws_sagemaker_model" "fail_no_image_config" { # expect: SageMaker.16
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
    image_config {
      repository_access_mode = "Vpc"
    }
  }
}

resource "aws_sagemaker_model" "fail_platform" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
    image_config {
      repository_access_mode = "Vpc" # expect: SageMaker.16
    }
  }
}

resource "aws_sagemaker_model" "fail_variable" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
    image_config {
      repository_access_mode = var.access_mode
    }
  }
}

resource "awscc_sagemaker_model" "fail_awscc" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  primary_container = {
    image        = "registry.example.com/model:1"
    image_config = { repository_access_mode = "Platform" } # expect: SageMaker.16
  }
}

resource "aws_sagemaker_model" "pass_vpc" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  primary_container {
    image = "registry.example.com/model:1"
    image_config {
      repository_access_mode = "Vpc"
    }
  }
}

resource "aws_sagemaker_model" "pass_multi_container" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
  }
}


resource "aws_sfn_state_machine" "fail_register" {
  name     = "register"
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "CreateModel"
    States = {
      CreateModel = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createModel"
        Parameters = {
          "ModelName.$"    = "$.name"
          ExecutionRoleArn = "arn:aws:iam::111122223333:role/sagemaker"
          PrimaryContainer = { # expect: SageMaker.16
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
