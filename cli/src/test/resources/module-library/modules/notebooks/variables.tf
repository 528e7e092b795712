variable "name_prefix" {
  description = "Prefix for every resource name"
  type        = string
  default     = "ml"
}

variable "notebook_instances" {
  description = "Notebook instances to create, one object each"
  type = list(object({
    name                   = string
    instance_type          = optional(string, "ml.t3.medium")
    platform_identifier    = optional(string, "notebook-al2-v2")
    root_access            = optional(string)
    direct_internet_access = optional(string, "Disabled")
    subnet_id              = optional(string)
    security_groups        = optional(list(string), [])
    tags                   = optional(map(string), {})
  }))
  default = []
}

variable "kms_key_arn" {
  description = "KMS key for the notebook volumes; null uses an AWS managed key"
  type        = string
  default     = null
}

variable "role_arn" {
  description = "Execution role of the notebooks"
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags for every resource"
  type        = map(string)
  default     = {}
}

variable "image_name" {
  description = "Name of the SageMaker image for custom notebook kernels"
  type        = string
  default     = "notebook-kernels"
}
