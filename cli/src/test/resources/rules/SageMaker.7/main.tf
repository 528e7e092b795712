variable "tags" {
  type    = map(string)
  default = {} # expect: SageMaker.7
}

resource "aws_sagemaker_image" "fail_untagged" { # expect: SageMaker.7
  image_name = "example"
  role_arn   = "arn:aws:iam::111122223333:role/sagemaker"
}

resource "aws_sagemaker_image" "fail_empty" {
  image_name = "example"
  role_arn   = "arn:aws:iam::111122223333:role/sagemaker"
  tags = {} # expect: SageMaker.7
}

resource "aws_sagemaker_image" "fail_variable" {
  image_name = "example"
  role_arn   = "arn:aws:iam::111122223333:role/sagemaker"
  tags = var.tags
}

resource "aws_sagemaker_image" "fail_system_only" {
  image_name = "example"
  role_arn   = "arn:aws:iam::111122223333:role/sagemaker"
  tags = { "aws:cloudformation:stack-name" = "x" } # expect: SageMaker.7
}

resource "awscc_sagemaker_image" "fail_awscc" { # expect: SageMaker.7
  image_name = "example"
}

resource "aws_sagemaker_image" "pass_tagged" {
  image_name = "example"
  role_arn   = "arn:aws:iam::111122223333:role/sagemaker"
  tags = merge(var.tags, { Team = "ml" })
}

resource "awscc_sagemaker_image" "pass_awscc" {
  image_name = "example"
  tags = [{ key = "Team", value = "ml" }]
}


provider "aws" {
  alias = "tagged"
  default_tags {
    tags = { Team = "ml-platform", CostCenter = "4711" }
  }
}

provider "aws" {
  alias = "untagged"
  region = "us-east-1"
}

resource "aws_sagemaker_image" "pass_provider_default_tags" {
  provider = aws.tagged
  image_name = "example"
}

resource "aws_sagemaker_image" "pass_provider_default_tags_and_empty_own" {
  provider = aws.tagged
  image_name = "example"
  tags = {}
}

resource "aws_sagemaker_image" "fail_untagged_provider" { # expect: SageMaker.7
  provider = aws.untagged
  image_name = "example"
}
