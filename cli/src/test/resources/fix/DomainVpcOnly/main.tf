variable "network_access" {
  type    = string
  default = "VpcOnly" # expect: DomainVpcOnly
}

variable "environment" {
  type = string
}

resource "aws_sagemaker_domain" "fail_default" { # expect: DomainVpcOnly
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  app_network_access_type = "VpcOnly"
}

resource "aws_sagemaker_domain" "fail_explicit" {
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  app_network_access_type = "VpcOnly" # expect: DomainVpcOnly
}

resource "aws_sagemaker_domain" "fail_variable" {
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  app_network_access_type = var.network_access
}

resource "aws_sagemaker_domain" "fail_conditional" {
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  app_network_access_type = var.environment == "prod" ? "VpcOnly" : "PublicInternetOnly" # expect: DomainVpcOnly
}

resource "awscc_sagemaker_domain" "fail_awscc" { # expect: DomainVpcOnly
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  app_network_access_type = "VpcOnly"
}

resource "aws_sagemaker_domain" "pass_vpc_only" {
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  app_network_access_type = "VpcOnly"
}

