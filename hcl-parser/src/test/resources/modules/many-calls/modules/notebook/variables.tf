variable "name" {
  type = string
}

variable "root_access" {
  default = "Enabled"
}
