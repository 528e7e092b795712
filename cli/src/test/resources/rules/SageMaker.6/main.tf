variable "tags" {
  type    = map(string)
  default = {} # expect: SageMaker.6
}

resource "aws_sagemaker_app_image_config" "fail_untagged" { # expect: SageMaker.6
  app_image_config_name = "example"
}

resource "aws_sagemaker_app_image_config" "fail_empty" {
  app_image_config_name = "example"
  tags = {} # expect: SageMaker.6
}

resource "aws_sagemaker_app_image_config" "fail_variable" {
  app_image_config_name = "example"
  tags = var.tags
}

resource "aws_sagemaker_app_image_config" "fail_system_only" {
  app_image_config_name = "example"
  tags = { "aws:cloudformation:stack-name" = "x" } # expect: SageMaker.6
}

resource "awscc_sagemaker_app_image_config" "fail_awscc" { # expect: SageMaker.6
  app_image_config_name = "example"
}

resource "aws_sagemaker_app_image_config" "pass_tagged" {
  app_image_config_name = "example"
  tags = merge(var.tags, { Team = "ml" })
}

resource "awscc_sagemaker_app_image_config" "pass_awscc" {
  app_image_config_name = "example"
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

resource "aws_sagemaker_app_image_config" "pass_provider_default_tags" {
  provider = aws.tagged
  app_image_config_name = "example"
}

resource "aws_sagemaker_app_image_config" "pass_provider_default_tags_and_empty_own" {
  provider = aws.tagged
  app_image_config_name = "example"
  tags = {}
}

resource "aws_sagemaker_app_image_config" "fail_untagged_provider" { # expect: SageMaker.6
  provider = aws.untagged
  app_image_config_name = "example"
}
