variable "internet_access" {
  type    = string
  default = "Disabled" # expect: SageMaker.1
}

variable "environment" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "fail_default" { # expect: SageMaker.1
  name          = "fail-default"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  direct_internet_access = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "fail_explicit" {
  name          = "fail-explicit"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  direct_internet_access = "Disabled" # expect: SageMaker.1
}

resource "aws_sagemaker_notebook_instance" "fail_variable" {
  name          = "fail-variable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  direct_internet_access = var.internet_access
}

resource "aws_sagemaker_notebook_instance" "fail_conditional" {
  name          = "fail-conditional"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  direct_internet_access = var.environment == "prod" ? "Disabled" : "Enabled" # expect: SageMaker.1
}

resource "aws_sagemaker_notebook_instance" "pass_disabled" {
  name          = "pass-disabled"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id              = "subnet-0123456789abcdef0"
  direct_internet_access = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "pass_local" {
  name          = "pass-local"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id              = "subnet-0123456789abcdef0"
  direct_internet_access = local.internet_access
}

locals {
  internet_access = "Disabled"
}

variable "notebooks" {
  description = "Notebook settings by name; a module's callers fill it in"
  default     = {}
}

resource "aws_sagemaker_notebook_instance" "fail_per_caller" {
  for_each               = var.notebooks
  name                   = each.key
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  direct_internet_access = lookup(each.value, "direct_internet_access", "Enabled") # expect: SageMaker.1 "takes it from what the module's caller passes"
}
