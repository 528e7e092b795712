resource "aws_sagemaker_model" "this" {
  count = var.create_endpoint ? 1 : 0

  name                     = var.name
  execution_role_arn       = var.execution_role_arn
  enable_network_isolation = var.network_isolation

  primary_container {
    image = var.image
  }
}

resource "aws_sagemaker_endpoint_configuration" "this" {
  count = var.create_endpoint ? 1 : 0

  name        = var.name
  kms_key_arn = var.kms_key_arn

  dynamic "production_variants" {
    for_each = var.production_variants
    content {
      variant_name           = production_variants.key
      model_name             = aws_sagemaker_model.this[0].name
      instance_type          = production_variants.value.instance_type
      initial_instance_count = production_variants.value.initial_instance_count
      initial_variant_weight = production_variants.value.initial_variant_weight
    }
  }
}

resource "aws_sagemaker_image" "serving" {
  count = var.create_endpoint ? 1 : 0

  image_name = "${var.name}-serving"
  role_arn   = var.execution_role_arn
}
