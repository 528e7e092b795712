resource "aws_sagemaker_notebook_instance" "this" {
  name          = var.name
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = var.root_access
}

output "name" {
  value = aws_sagemaker_notebook_instance.this.name
}
