variable "root_access" {
  type    = string
  default = "Disabled" # expect: SageMaker.3
}

variable "restricted_root_access" {
  type = string
  validation {
    condition     = contains(["Enabled", "Disabled"], var.restricted_root_access) # expect: SageMaker.3
    error_message = "Enabled or Disabled."
  }
}

resource "aws_sagemaker_notebook_instance" "fail_default" { # expect: SageMaker.3
  name          = "fail-default"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "fail_explicit" {
  name          = "fail-explicit"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access = "Disabled" # expect: SageMaker.3
}

resource "aws_sagemaker_notebook_instance" "fail_count" {
  name          = "fail-count"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  count       = 2
  root_access = var.root_access
}

resource "aws_sagemaker_notebook_instance" "fail_validation" {
  name          = "fail-validation"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access = var.restricted_root_access
}

resource "aws_sagemaker_notebook_instance" "pass_disabled" {
  name          = "pass-disabled"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "pass_try" {
  name          = "pass-try"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access = try(local.settings.root_access, "Disabled")
}

locals {
  settings = {}
}
