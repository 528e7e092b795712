variable "environment" {
  type    = string
  default = "dev"
}

variable "notebook_root_access" {
  type = string
  validation {
    condition     = contains(["Enabled", "Disabled"], var.notebook_root_access)
    error_message = "Enabled or Disabled."
  }
}

variable "notebook_internet" {
  type    = string
  default = "Enabled"
}

variable "model_isolation" {
  type    = bool
  default = false
}

variable "teams" {
  type = map(object({ kms_key_id = string }))
  default = {
    analytics = { kms_key_id = "" }
    research  = { kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/research" }
  }
}
