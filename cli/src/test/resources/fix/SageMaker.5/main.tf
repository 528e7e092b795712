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

