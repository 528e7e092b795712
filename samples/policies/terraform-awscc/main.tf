# Fixtures of the example policies for the Terraform awscc provider (sagelint policy test samples/policies).

resource "awscc_sagemaker_notebook_instance" "fail_gpu" {
  role_arn      = "arn:aws:iam::111122223333:role/notebook"
  instance_type = "ml.p3.2xlarge" # expect: AcmeNotebookInstanceType
}

resource "awscc_sagemaker_notebook_instance" "pass_notebook" {
  role_arn      = "arn:aws:iam::111122223333:role/notebook"
  instance_type = "ml.t3.large"
}

resource "awscc_sagemaker_domain" "fail_untagged" { # expect: AcmeDomainCostCenter "is not set"
  domain_name = "untagged"
  auth_mode   = "IAM"
  vpc_id      = "vpc-1"
  subnet_ids  = ["subnet-0a1b2c3d"]
  default_user_settings = {
    execution_role = "arn:aws:iam::111122223333:role/studio"
  }
}

resource "awscc_sagemaker_domain" "pass_domain" {
  domain_name = "tagged"
  auth_mode   = "IAM"
  vpc_id      = "vpc-1"
  subnet_ids  = ["subnet-0a1b2c3d"]
  default_user_settings = {
    execution_role = "arn:aws:iam::111122223333:role/studio"
  }
  tags = [{ key = "cost-center", value = "ml-research" }]
}
