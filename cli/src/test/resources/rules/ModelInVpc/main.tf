# ModelInVpc fixture. A trailing "expect" comment marks the line a finding must point at.

variable "subnets" {
  type = list(string)
}

resource "aws_sagemaker_model" "fail_no_vpc" { # expect: ModelInVpc "`vpc_config.subnets` is not set"
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
}

resource "aws_sagemaker_model" "fail_empty_subnets" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnets            = [] # expect: ModelInVpc "is `[]`"
  }
}

resource "awscc_sagemaker_model" "fail_awscc" { # expect: ModelInVpc
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  primary_container = {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
}

resource "aws_sagemaker_model" "pass_vpc" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnets            = ["subnet-0a1b2c3d4e5f60718"]
  }
}

resource "aws_sagemaker_model" "pass_variable_subnets" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:3"
  }
  vpc_config {
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
    subnets            = var.subnets
  }
}
