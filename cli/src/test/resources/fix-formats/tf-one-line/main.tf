# Blocks written on one line, tabs are not used, comments stay.
resource "aws_sagemaker_model" "model" {
  name               = "m"
  execution_role_arn = "arn:aws:iam::123456789012:role/m" # the role
  primary_container { image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1" }
}

resource "aws_sagemaker_notebook_instance" "notebook" {
  name          = "n"
  role_arn      = "arn:aws:iam::123456789012:role/n"
  instance_type = "ml.t3.medium"
  root_access   = "Enabled" # to be fixed
  instance_metadata_service_configuration {}
}
