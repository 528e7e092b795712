# The root module that plan.json was planned from (`terraform plan -out tfplan && terraform show -json tfplan`).
# The plan changes a deployed estate: it turns root access back on for one notebook, replaces another, and adds
# the churn model, its endpoint configuration and monitoring, and a feature store from a registry module.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

variable "notebooks" {
  description = "Team notebooks, by team."
  type = map(object({
    instance_type          = string
    root_access            = string
    direct_internet_access = string
  }))
  default = {
    research = {
      instance_type          = "ml.t3.medium"
      root_access            = "Enabled"
      direct_internet_access = "Disabled"
    }
    reporting = {
      instance_type          = "ml.t3.large"
      root_access            = "Disabled"
      direct_internet_access = "Disabled"
    }
  }
}

resource "aws_kms_key" "notebook" {
  description         = "ML storage volumes of the team notebooks"
  enable_key_rotation = true
}

resource "aws_sagemaker_notebook_instance" "team" {
  for_each               = var.notebooks
  name                   = "team-${each.key}"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = each.value.instance_type
  root_access            = each.value.root_access
  direct_internet_access = each.value.direct_internet_access
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  security_groups        = ["sg-0a1b2c3d4e5f60718"]
  kms_key_id             = aws_kms_key.notebook.arn
  volume_size            = 50

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

module "churn" {
  source                     = "./modules/ml"
  name                       = "churn"
  image                      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/churn:4"
  variants                   = 2
  instances                  = 1
  isolate                    = false
  encrypt_monitoring_traffic = false
}

module "features" {
  source  = "example-org/sagemaker-feature-store/aws"
  version = "2.3.0"
  name    = "customers"
}
