# DomainTagged fixture. A trailing "expect" comment marks the line a finding must point at.

resource "aws_sagemaker_domain" "fail_untagged" { # expect: DomainTagged "`tags` is not set"
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "aws_sagemaker_domain" "fail_empty" {
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  tags        = {} # expect: DomainTagged
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "awscc_sagemaker_domain" "fail_awscc" { # expect: DomainTagged
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  default_user_settings = {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "aws_sagemaker_domain" "pass_tagged" {
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  tags        = { team = "ml-platform" }
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}

resource "awscc_sagemaker_domain" "pass_awscc" {
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]
  tags        = [{ key = "team", value = "ml-platform" }]
  default_user_settings = {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-execution"
  }
}
