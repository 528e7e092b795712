variable "environment" {
  type    = string
  default = "dev"
}

variable "kms_key_arn" {
  type = string
}

variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
