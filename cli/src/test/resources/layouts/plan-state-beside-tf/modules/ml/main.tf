resource "aws_sagemaker_notebook_instance" "this" { # expect-warning: not-in-plan "module.ml.aws_sagemaker_notebook_instance.this"
  name                   = "ml"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]
  root_access            = "Disabled"
  direct_internet_access = "Enabled" # expect: SageMaker.1
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}
