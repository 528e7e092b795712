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

variable "create_sandbox" {
  type    = bool
  default = false
}

resource "aws_sagemaker_notebook_instance" "fail_created_on_request" { # expect: SageMaker.3 "has no instance (`count` is `var.create_sandbox ? 1 : 0`, which is 0)"
  count         = var.create_sandbox ? 1 : 0
  name          = "sandbox"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}

variable "root_mode" {
  type = string
  validation {
    condition     = var.root_mode == "Disabled" || var.root_mode == "Enabled" # expect: SageMaker.3 "is `Enabled` if `var.root_mode` is set to it (its validation allows it)"
    error_message = "Disabled or Enabled."
  }
}

variable "root_disabled_only" {
  type = string
  validation {
    condition     = var.root_disabled_only == "Disabled"
    error_message = "Root access must stay disabled."
  }
}

resource "aws_sagemaker_notebook_instance" "fail_validated_either" {
  name          = "either"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = var.root_mode
}

resource "aws_sagemaker_notebook_instance" "pass_validated_disabled" {
  name          = "disabled"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = var.root_disabled_only
}
