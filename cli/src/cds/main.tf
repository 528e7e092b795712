variable "root_access" {
  type    = string
  default = "Enabled"
}

locals {
  name = "training-${var.root_access}"
}

resource "aws_sagemaker_notebook_instance" "training" {
  name          = local.name
  role_arn      = "arn:aws:iam::123456789012:role/r"
  instance_type = "ml.t3.medium"
  root_access   = var.root_access # sagelint:ignore SageMaker.3 training input
}
