# The state (state.json, from `terraform show -json` without a plan file) was taken before "added", "off" and the
# notebook of module "ml" were written. "applied" is checked as the state holds it (its finding is the state's value,
# not the default of var.internet); "added" and the notebook of module "ml" are checked from this source, each with a
# not-in-plan warning; "off" (count = 0) and module "unused" (called with count = 0) create nothing and are not
# reported.

variable "internet" {
  type    = string
  default = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "applied" {
  name                   = "applied"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]
  root_access            = "Disabled"
  direct_internet_access = var.internet # expect: SageMaker.1
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "added" { # expect-warning: not-in-plan "state.json holds no instance of aws_sagemaker_notebook_instance.added"
  name                   = "added"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]
  root_access            = "Enabled" # expect: SageMaker.3
  direct_internet_access = "Disabled"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "off" {
  count                  = 0
  name                   = "off"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  root_access            = "Enabled"
  direct_internet_access = "Enabled"
}

module "ml" {
  source = "./modules/ml"
}

module "unused" {
  source = "./modules/unused"
  count  = 0
}
