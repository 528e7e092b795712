locals {
  notebooks = { for n in var.notebook_instances : n.name => n }
}

resource "aws_sagemaker_notebook_instance" "this" {
  for_each = local.notebooks

  name                   = "${var.name_prefix}-${each.key}"
  role_arn               = var.role_arn
  instance_type          = each.value.instance_type
  platform_identifier    = each.value.platform_identifier
  kms_key_id             = var.kms_key_arn
  root_access            = each.value.root_access
  direct_internet_access = each.value.direct_internet_access
  subnet_id              = each.value.subnet_id
  security_groups        = each.value.security_groups

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }

  tags = merge(var.tags, each.value.tags)
}

resource "aws_sagemaker_image" "kernels" {
  image_name = "${var.name_prefix}-${var.image_name}"
  role_arn   = var.role_arn
  tags       = var.tags
}
