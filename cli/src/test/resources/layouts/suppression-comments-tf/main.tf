# `sagelint:ignore` is read from the HCL lexer's comments: `#`, `//` and `/* */` all count; the same words in a
# string or a heredoc are text.

# sagelint:ignore SageMaker.1,SageMaker.2 a lab notebook without a VPC, downloading public data sets
// a stack of comments applies to the line below its last comment
/* sagelint:ignore SageMaker.3 -- the image installs GPU drivers at start-up */
resource "aws_sagemaker_notebook_instance" "suppressed" {
  name          = "suppressed"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/notebook"
  kms_key_id    = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "in_text" {
  name                   = "in-text"
  instance_type          = "ml.t3.medium"
  role_arn               = "arn:aws:iam::123456789012:role/notebook"
  kms_key_id             = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  direct_internet_access = "Disabled"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  tags = {
    note = "x # sagelint:ignore SageMaker.3 text in a string", other = <<-EOT
      # sagelint:ignore SageMaker.3 text in a heredoc
    EOT
  }
  root_access = "Enabled"  # expect: SageMaker.3
}

resource "aws_sagemaker_notebook_instance" "same_line" {
  name                   = "same-line"
  instance_type          = "ml.t3.medium"
  role_arn               = "arn:aws:iam::123456789012:role/notebook"
  kms_key_id             = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  direct_internet_access = "Disabled"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  root_access = "Enabled" // sagelint:ignore SageMaker.3 needs root for drivers
}
