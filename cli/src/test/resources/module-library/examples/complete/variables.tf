variable "notebook_instances" {
  type = list(object({
    name                   = string
    root_access            = optional(string)
    direct_internet_access = optional(string)
  }))
  default = []
}

variable "kms_key_arn" {
  type    = string
  default = null
}
