variable "name" {
  type = string
}

module "first" {
  source      = "../notebook"
  name        = "${var.name}-first"
  root_access = "Disabled"
}

module "pair" {
  count  = 2
  source = "../notebook"
  name   = "${var.name}-${count.index}"
}
