# Team notebooks: "research" is deployed already, "reporting" is new in plan.json. Their direct internet access is
# on, and turning it off replaces each notebook that exists.
resource "aws_sagemaker_notebook_instance" "team" {
  for_each               = toset(["research", "reporting"])
  name                   = each.key
  instance_type          = "ml.t3.medium"
  role_arn               = "arn:aws:iam::111122223333:role/notebook"
  root_access            = "Disabled"
  direct_internet_access = "Enabled"
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0d6f1c0e-6b5e-4c1e-9a4e-2f0b8c7d1a11"
  platform_identifier    = "notebook-al2023-v1"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

# A model that the plan creates: setting its network isolation replaces nothing.
resource "aws_sagemaker_model" "churn" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::111122223333:role/model"

  primary_container {
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
  }

  vpc_config {
    subnets            = ["subnet-0a1b2c3d4e5f60718"]
    security_group_ids = ["sg-0a1b2c3d4e5f60718"]
  }
}
