variable "kms_key" {
  type    = string
  default = "" # expect: SageMaker.23
}

resource "awscc_sagemaker_inference_experiment" "fail_default" { # expect: SageMaker.23
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
}

resource "awscc_sagemaker_inference_experiment" "fail_empty" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  kms_key = "" # expect: SageMaker.23
}

resource "awscc_sagemaker_inference_experiment" "fail_variable" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  kms_key = var.kms_key
}

resource "awscc_sagemaker_inference_experiment" "pass_key" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  kms_key = "arn:aws:kms:eu-west-1:111122223333:key/abc"
}

resource "awscc_sagemaker_inference_experiment" "pass_reference" {
  name          = "experiment"
  type          = "ShadowMode"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  endpoint_name = "endpoint"
  kms_key = awscc_kms_key.experiment.arn
}

