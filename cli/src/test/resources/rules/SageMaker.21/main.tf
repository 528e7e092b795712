variable "kms_key_id" {
  type    = string
  default = "" # expect: SageMaker.21
}

variable "key_arn" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "fail_default" { # expect: SageMaker.21
  name          = "fail-default"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "fail_empty" {
  name          = "fail-empty"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id = "" # expect: SageMaker.21
}

resource "aws_sagemaker_notebook_instance" "fail_variable" {
  name          = "fail-variable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id = var.kms_key_id
}

resource "aws_sagemaker_notebook_instance" "fail_null" { # expect: SageMaker.21
  name          = "fail-null"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id = null
}

resource "aws_sagemaker_notebook_instance" "pass_literal" {
  name          = "pass-literal"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/abc"
}

resource "aws_sagemaker_notebook_instance" "pass_reference" {
  name          = "pass-reference"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id = aws_kms_key.notebook.arn
}

resource "aws_sagemaker_notebook_instance" "pass_variable" {
  name          = "pass-variable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id = var.key_arn
}

variable "create" {
  type    = bool
  default = true
}

variable "notebooks" {
  description = "Notebooks by name"
  type = map(object({
    instance_type = optional(string, "ml.t3.medium")
    kms_key_id    = optional(string)
  }))
  default = {}
}

resource "aws_sagemaker_notebook_instance" "fail_optional_key" { # expect: SageMaker.21 "has no instance"
  for_each      = var.create ? var.notebooks : {}
  name          = each.key
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = each.value.instance_type
  kms_key_id    = each.value.kms_key_id
}
