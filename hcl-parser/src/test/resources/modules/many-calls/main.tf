# A root module that calls one module twelve times and another twenty times through for_each; that one calls the
# first twice more per instance. Each of the four files below is parsed once however many calls use it.
module "n01" {
  source = "./modules/notebook"
  name   = "n01"
}

module "n02" {
  source = "./modules/notebook"
  name   = "n02"
}

module "n03" {
  source = "./modules/notebook"
  name   = "n03"
}

module "n04" {
  source = "./modules/notebook"
  name   = "n04"
}

module "n05" {
  source = "./modules/notebook"
  name   = "n05"
}

module "n06" {
  source = "./modules/notebook"
  name   = "n06"
}

module "n07" {
  source = "./modules/notebook"
  name   = "n07"
}

module "n08" {
  source = "./modules/notebook"
  name   = "n08"
}

module "n09" {
  source = "./modules/notebook"
  name   = "n09"
}

module "n10" {
  source = "./modules/notebook"
  name   = "n10"
}

module "n11" {
  source = "./modules/notebook"
  name   = "n11"
}

module "n12" {
  source = "./modules/notebook"
  name   = "n12"
}

module "stacks" {
  for_each = toset(["s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08", "s09", "s10", "s11", "s12", "s13", "s14", "s15", "s16", "s17", "s18", "s19", "s20"])
  source   = "./modules/stack"
  name     = each.key
}

# A list for_each with a repeated value: one instance per distinct value, in key order.
resource "aws_sagemaker_notebook_instance" "listed" {
  for_each      = ["b", "a", "b", "c"]
  name          = each.value
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}
