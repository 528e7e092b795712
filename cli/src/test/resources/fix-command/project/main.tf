# A model without network isolation, set through a variable default.
variable "isolate" {
  type    = bool
  default = false # off for the demo
}

resource "aws_sagemaker_model" "model" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::123456789012:role/model"
  enable_network_isolation = var.isolate

  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1"
  }
}
