variable "security_group_ids" {
  type = list(string)
}

resource "aws_sagemaker_notebook_instance" "fail_no_security_groups" { # expect: NotebookSecurityGroups "`security_groups` is not set"
  name          = "fail-no-security-groups"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id     = "subnet-0123456789abcdef0"
}

resource "aws_sagemaker_notebook_instance" "fail_empty_security_groups" {
  name            = "fail-empty-security-groups"
  role_arn        = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = [] # expect: NotebookSecurityGroups "`security_groups` is `[]`"
}

resource "aws_sagemaker_notebook_instance" "pass_security_group" {
  name            = "pass-security-group"
  role_arn        = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = [aws_security_group.notebook.id]
}

resource "aws_sagemaker_notebook_instance" "pass_variable" {
  name            = "pass-variable"
  role_arn        = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = var.security_group_ids
}

resource "aws_sagemaker_notebook_instance" "pass_outside_vpc" {
  name          = "pass-outside-vpc"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}
