# DomainSsoAuth fixture. A trailing "expect" comment marks the line a finding must point at.

resource "aws_sagemaker_domain" "fail_iam" {
  domain_name = "research"
  auth_mode   = "IAM" # expect: DomainSsoAuth "is `IAM`"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "awscc_sagemaker_domain" "fail_awscc" {
  domain_name = "research"
  auth_mode   = "IAM" # expect: DomainSsoAuth
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  default_user_settings = {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "aws_sagemaker_domain" "pass_sso" {
  domain_name = "research"
  auth_mode   = "SSO"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}
