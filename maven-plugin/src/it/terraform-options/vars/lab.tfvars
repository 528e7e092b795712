root_access = "Enabled"
