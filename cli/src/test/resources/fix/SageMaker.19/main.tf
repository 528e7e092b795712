locals {
  mode = "Vpc" # expect: SageMaker.19
}

resource "aws_sagemaker_model" "fail_no_image_config" { # expect: SageMaker.19
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
    image_config {
      repository_access_mode = "Vpc"
    }
  }
  container {
    image = "registry.example.com/post:1"
    image_config {
      repository_access_mode = "Vpc"
    }
  }
}

resource "aws_sagemaker_model" "fail_platform" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
    image_config {
      repository_access_mode = "Vpc" # expect: SageMaker.19
    }
  }
}

resource "aws_sagemaker_model" "fail_dynamic" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  dynamic "container" {
    for_each = ["a", "b"]
    content {
      image = "registry.example.com/${container.value}:1"
      image_config {
        repository_access_mode = local.mode
      }
    }
  }
}

resource "awscc_sagemaker_model" "fail_awscc" { # expect: SageMaker.19
  containers = [
    { image = "registry.example.com/a:1", image_config = { repository_access_mode = "Vpc" } },
    { image = "registry.example.com/b:1" },
  ]
}

resource "aws_sagemaker_model" "pass_vpc" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  container {
    image = "registry.example.com/a:1"
    image_config {
      repository_access_mode = "Vpc"
    }
  }
}

resource "aws_sagemaker_model" "pass_primary_only" {
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
  }
}

