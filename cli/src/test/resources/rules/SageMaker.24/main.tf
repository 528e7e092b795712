variable "capture_key" {
  type    = string
  default = "" # expect: SageMaker.24
}

resource "awscc_sagemaker_inference_experiment" "fail_no_key" { # expect: SageMaker.24
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  data_storage_config = {
    destination = "s3://bucket/capture"
  }
}

resource "awscc_sagemaker_inference_experiment" "fail_empty" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  data_storage_config = {
    destination = "s3://bucket/capture"
    kms_key     = "" # expect: SageMaker.24
  }
}

resource "awscc_sagemaker_inference_experiment" "fail_variable" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  data_storage_config = {
    destination = "s3://bucket/capture"
    kms_key     = var.capture_key
  }
}

resource "awscc_sagemaker_inference_experiment" "pass_no_capture" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
}

resource "awscc_sagemaker_inference_experiment" "pass_key" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  data_storage_config = {
    destination = "s3://bucket/capture"
    kms_key     = "arn:aws:kms:eu-west-1:111122223333:key/abc"
  }
}

