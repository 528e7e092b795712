provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Project = "fraud-detection"
      Owner   = "ml-platform"
    }
  }
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

module "notebooks" {
  source = "../../modules/notebooks"

  name_prefix        = "fraud"
  notebook_instances = var.notebook_instances
  kms_key_arn        = var.kms_key_arn
  role_arn           = "arn:aws:iam::111122223333:role/notebooks"
}

module "inference" {
  source = "../../modules/inference"
  providers = {
    aws = aws.us
  }

  create_endpoint    = true
  name               = "fraud-scoring"
  image              = "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud:1.4"
  execution_role_arn = "arn:aws:iam::111122223333:role/inference"
}

module "disabled" {
  source = "../../modules/inference"
  count  = 0

  name = "shadow"
}
