# DomainKms fixture. A trailing "expect" comment marks the line a finding must point at.

variable "studio_key" {
  type = string
}

resource "aws_sagemaker_domain" "fail_no_key" { # expect: DomainKms "`kms_key_id` is not set"
  domain_name             = "research"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0a1b2c3d4e5f60718"
  subnet_ids              = ["subnet-0a1b2c3d4e5f60718"]
  app_network_access_type = "VpcOnly"
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "awscc_sagemaker_domain" "fail_awscc_empty_key" {
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  kms_key_id  = "" # expect: DomainKms
  default_user_settings = {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "aws_sagemaker_domain" "pass_key" {
  domain_name             = "research"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0a1b2c3d4e5f60718"
  subnet_ids              = ["subnet-0a1b2c3d4e5f60718"]
  app_network_access_type = "VpcOnly"
  kms_key_id              = aws_kms_key.studio.arn
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "aws_sagemaker_domain" "pass_variable_key" {
  domain_name             = "research"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0a1b2c3d4e5f60718"
  subnet_ids              = ["subnet-0a1b2c3d4e5f60718"]
  app_network_access_type = "VpcOnly"
  kms_key_id              = var.studio_key
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "aws_kms_key" "studio" {
  description = "Studio domain storage"
}
