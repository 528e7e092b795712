locals {
  name_prefix = "ml-${var.environment}"
  teams       = toset(["analytics", "research"])
}

resource "aws_sagemaker_notebook_instance" "team" {
  for_each               = local.teams
  name                   = "${local.name_prefix}-${each.key}"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = var.private_subnet_ids[0]
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
  kms_key_id             = var.kms_key_arn
  platform_identifier    = "notebook-al2023-v1"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_endpoint_configuration" "ha" {
  name        = "${local.name_prefix}-endpoint"
  kms_key_arn = var.kms_key_arn

  production_variants {
    variant_name           = "primary"
    model_name             = module.ml.model_name
    instance_type          = "ml.m5.large"
    initial_instance_count = var.environment == "prod" ? 3 : 2
  }
}

module "ml" {
  source      = "./modules/ml"
  name_prefix = local.name_prefix
  subnet_ids  = var.private_subnet_ids
}
