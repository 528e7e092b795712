locals {
  name_prefix = "ml-${var.environment}"
  is_prod     = var.environment == "prod"
}

# Every default left as it is: direct internet access, root access, no VPC, no customer managed key.
resource "aws_sagemaker_notebook_instance" "defaults" {
  name          = "${local.name_prefix}-defaults"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}

# Values from a variable default, terraform.tfvars and a conditional.
resource "aws_sagemaker_notebook_instance" "configured" {
  name                   = "${local.name_prefix}-configured"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = var.notebook_internet
  root_access            = var.notebook_root_access
  kms_key_id             = local.is_prod ? "" : "arn:aws:kms:eu-west-1:111122223333:key/dev"
  platform_identifier    = "notebook-al2-v3"
}

# One notebook per team; the analytics team has an empty key.
resource "aws_sagemaker_notebook_instance" "team" {
  for_each               = var.teams
  name                   = "${local.name_prefix}-${each.key}"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0123456789abcdef0"
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
  kms_key_id             = each.value.kms_key_id

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "1"
  }
}

resource "aws_sagemaker_endpoint_configuration" "single" {
  name = "${local.name_prefix}-endpoint"

  dynamic "production_variants" {
    for_each = ["blue", "green"]
    content {
      variant_name           = production_variants.value
      model_name             = module.ml.model_name
      instance_type          = "ml.m5.large"
      initial_instance_count = 1
    }
  }
}

module "ml" {
  source           = "./modules/ml"
  name_prefix      = local.name_prefix
  network_isolated = var.model_isolation
}
