variable "platform" {
  type    = string
  default = "notebook-al2023-v1" # expect: SageMaker.8
}

resource "aws_sagemaker_notebook_instance" "fail_al1" {
  name          = "fail-al1"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  platform_identifier = "notebook-al2023-v1" # expect: SageMaker.8
}

resource "aws_sagemaker_notebook_instance" "fail_variable" {
  name          = "fail-variable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  platform_identifier = var.platform
}

resource "aws_sagemaker_notebook_instance" "fail_al2" {
  name          = "fail-al2"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  platform_identifier = "notebook-al2023-v1" # expect: SageMaker.8
}

resource "aws_sagemaker_notebook_instance" "pass_default" {
  name          = "pass-default"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "pass_al2023" {
  name          = "pass-al2023"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  platform_identifier = "notebook-al2023-v1"
}
