variable "subnet_id" {
  type = string
}

variable "private" {
  type    = bool
  default = false
}

resource "aws_sagemaker_notebook_instance" "fail_default" { # expect: SageMaker.2
  name          = "fail-default"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "fail_empty" {
  name          = "fail-empty"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id = "" # expect: SageMaker.2
}

resource "aws_sagemaker_notebook_instance" "fail_conditional" { # expect: SageMaker.2
  name          = "fail-conditional"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id = var.private ? var.subnet_id : null
}

resource "aws_sagemaker_notebook_instance" "pass_literal" {
  name          = "pass-literal"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id = "subnet-0123456789abcdef0"
}

resource "aws_sagemaker_notebook_instance" "pass_variable" {
  name          = "pass-variable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id = var.subnet_id
}

resource "aws_sagemaker_notebook_instance" "pass_reference" {
  name          = "pass-reference"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  subnet_id = aws_subnet.private.id
}
