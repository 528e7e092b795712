variable "imds_version" {
  type    = string
  default = "2" # expect: NotebookImdsV2
}

resource "aws_sagemaker_notebook_instance" "fail_default" { # expect: NotebookImdsV2
  name          = "fail-default"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "fail_explicit" {
  name          = "fail-explicit"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2" # expect: NotebookImdsV2
  }
}

resource "aws_sagemaker_notebook_instance" "fail_variable" {
  name          = "fail-variable"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = var.imds_version
  }
}

resource "aws_sagemaker_notebook_instance" "pass_v2" {
  name          = "pass-v2"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "pass_dynamic" {
  name          = "pass-dynamic"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  dynamic "instance_metadata_service_configuration" {
    for_each = ["2"]
    content {
      minimum_instance_metadata_service_version = instance_metadata_service_configuration.value
    }
  }
}
