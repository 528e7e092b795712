# Called with count = 0: nothing here exists or is reported.
resource "aws_sagemaker_notebook_instance" "this" {
  name                   = "unused"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  root_access            = "Enabled"
  direct_internet_access = "Enabled"
}
