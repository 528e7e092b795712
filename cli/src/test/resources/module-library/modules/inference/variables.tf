variable "create_endpoint" {
  description = "Whether to create the model, endpoint configuration and endpoint"
  type        = bool
  default     = false
}

variable "name" {
  type    = string
  default = "inference"
}

variable "image" {
  type    = string
  default = null
}

variable "execution_role_arn" {
  type    = string
  default = null
}

variable "network_isolation" {
  description = "Run the model container without network access"
  type        = bool
  default     = false
}

variable "production_variants" {
  description = "Production variants of the endpoint configuration"
  type = map(object({
    instance_type          = optional(string, "ml.m5.large")
    initial_instance_count = optional(number, 1)
    initial_variant_weight = optional(number, 1)
  }))
  default = {
    primary = {}
  }
}

variable "kms_key_arn" {
  type    = string
  default = null
}
