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

