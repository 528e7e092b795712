# Fixtures of the example policies for the Terraform AWS provider (sagelint policy test samples/policies).

variable "endpoint_key" {
  type = string
}

resource "aws_sagemaker_endpoint_configuration" "fail_without_key" { # expect: AcmeEndpointKms "`kms_key_arn` is not set"
  production_variants {
    variant_name           = "a"
    model_name             = "m"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "fail_key_from_variable" {
  kms_key_arn = var.endpoint_key # expect: AcmeEndpointKms "cannot be resolved here"
  production_variants {
    variant_name           = "a"
    model_name             = "m"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "pass_key" {
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1"
  production_variants {
    variant_name           = "a"
    model_name             = "m"
    initial_instance_count = 2
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_notebook_instance" "fail_gpu" {
  name          = "gpu"
  role_arn      = "arn:aws:iam::111122223333:role/notebook"
  instance_type = "ml.p3.2xlarge" # expect: AcmeNotebookInstanceType "`instance_type` is `ml.p3.2xlarge`"
}

resource "aws_sagemaker_notebook_instance" "pass_notebook" {
  name          = "small"
  role_arn      = "arn:aws:iam::111122223333:role/notebook"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_domain" "fail_wrong_tag" {
  domain_name = "untagged"
  auth_mode   = "IAM"
  vpc_id      = "vpc-1"
  subnet_ids  = ["subnet-0a1b2c3d"]
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/studio"
  }
  tags = { team = "ml" } # expect: AcmeDomainCostCenter
}

resource "aws_sagemaker_domain" "pass_domain" {
  domain_name = "tagged"
  auth_mode   = "IAM"
  vpc_id      = "vpc-1"
  subnet_ids  = ["subnet-0a1b2c3d"]
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/studio"
  }
  tags = { "cost-center" = "ml-research" }
}

resource "aws_sagemaker_model" "fail_public_image" {
  execution_role_arn = "arn:aws:iam::111122223333:role/model"
  primary_container {
    image = "public.ecr.aws/acme/model:1" # expect: AcmeModelImages
  }
}

resource "aws_sagemaker_model" "pass_model" {
  execution_role_arn = "arn:aws:iam::111122223333:role/model"
  primary_container {
    image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/model:1"
  }
}
