notebook_instances = [
  {
    name        = "research"
    root_access = "Disabled"
  },
  {
    name                   = "sandbox"
    root_access            = "Enabled"
    direct_internet_access = "Enabled"
  },
]

kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
