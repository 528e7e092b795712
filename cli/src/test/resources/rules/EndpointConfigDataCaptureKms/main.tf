# EndpointConfigDataCaptureKms fixture. A trailing "expect" comment marks the line a finding must point at.

resource "aws_sagemaker_endpoint_configuration" "fail_no_key" { # expect: EndpointConfigDataCaptureKms "`data_capture_config.kms_key_id` is not set"
  name        = "churn"
  kms_key_arn = aws_kms_key.ml.arn
  production_variants {
    variant_name           = "primary"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.xlarge"
  }
  data_capture_config {
    initial_sampling_percentage = 20
    destination_s3_uri          = "s3://ml-capture-111122223333/churn"
    capture_options {
      capture_mode = "Input"
    }
  }
}

resource "awscc_sagemaker_endpoint_config" "fail_awscc" {
  kms_key_id = aws_kms_key.ml.arn
  production_variants = [{
    variant_name           = "primary"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.xlarge"
  }]
  data_capture_config = {
    enable_capture              = true
    initial_sampling_percentage = 20
    destination_s3_uri          = "s3://ml-capture-111122223333/churn"
    capture_options             = [{ capture_mode = "Output" }]
    kms_key_id                  = "" # expect: EndpointConfigDataCaptureKms
  }
}

resource "aws_sagemaker_endpoint_configuration" "pass_key" {
  name        = "churn"
  kms_key_arn = aws_kms_key.ml.arn
  production_variants {
    variant_name           = "primary"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.xlarge"
  }
  data_capture_config {
    initial_sampling_percentage = 20
    destination_s3_uri          = "s3://ml-capture-111122223333/churn"
    kms_key_id                  = aws_kms_key.ml.arn
    capture_options {
      capture_mode = "Input"
    }
  }
}

resource "aws_sagemaker_endpoint_configuration" "pass_disabled" {
  name        = "churn"
  kms_key_arn = aws_kms_key.ml.arn
  production_variants {
    variant_name           = "primary"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.xlarge"
  }
  data_capture_config {
    enable_capture              = false
    initial_sampling_percentage = 20
    destination_s3_uri          = "s3://ml-capture-111122223333/churn"
    capture_options {
      capture_mode = "Input"
    }
  }
}

resource "aws_sagemaker_endpoint_configuration" "pass_no_capture" {
  name        = "churn"
  kms_key_arn = aws_kms_key.ml.arn
  production_variants {
    variant_name           = "primary"
    model_name             = "churn"
    initial_instance_count = 2
    instance_type          = "ml.m5.xlarge"
  }
}

resource "aws_kms_key" "ml" {
  description = "ML"
}
