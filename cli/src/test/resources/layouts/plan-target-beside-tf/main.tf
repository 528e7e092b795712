# plan.json was made with `terraform plan -target=aws_sagemaker_notebook_instance.targeted`: it holds that notebook
# only. "targeted" is checked as the plan has it (its finding is the planned value, not the default of
# var.root_access); "other" and the notebook of module "ml" are checked from this source, each with a not-in-plan
# warning (the findings on the module's notebook say its count is not known from source); "never" (an empty
# for_each) creates nothing and is not reported.

variable "root_access" {
  type    = string
  default = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "targeted" {
  name                   = "targeted"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]
  root_access            = var.root_access # expect: SageMaker.3
  direct_internet_access = "Disabled"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "other" { # expect-warning: not-in-plan "plan.json holds no instance of aws_sagemaker_notebook_instance.other"
  name                   = "other"
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

resource "aws_sagemaker_notebook_instance" "never" {
  for_each               = toset([])
  name                   = "never-${each.key}"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  root_access            = "Enabled"
  direct_internet_access = "Enabled"
}

module "ml" {
  source = "./modules/ml"
  create = var.create_ml
}

# No value here (it comes with -var at plan time): how many notebooks module "ml" creates is not known from source.
variable "create_ml" {
  type = bool
}
