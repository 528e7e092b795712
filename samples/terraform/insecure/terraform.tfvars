notebook_root_access = "Enabled"
environment          = "prod"
