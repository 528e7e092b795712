variable "online_store" {
  type    = bool
  default = true
}

resource "aws_sagemaker_feature_group" "fail_no_key" { # expect: SageMaker.18
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  online_store_config {
    enable_online_store = true
  }
}

resource "aws_sagemaker_feature_group" "fail_standard" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  online_store_config {
    enable_online_store = true
    storage_type        = "Standard"
    security_config {
      kms_key_id = "" # expect: SageMaker.18
    }
  }
}

resource "aws_sagemaker_feature_group" "fail_variable" { # expect: SageMaker.18
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  online_store_config {
    enable_online_store = var.online_store
  }
}

resource "awscc_sagemaker_feature_group" "fail_awscc" { # expect: SageMaker.18
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  online_store_config = { enable_online_store = true }
}

resource "aws_sagemaker_feature_group" "pass_in_memory" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  online_store_config {
    enable_online_store = true
    storage_type        = "InMemory"
  }
}

resource "aws_sagemaker_feature_group" "pass_disabled" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  online_store_config {
    enable_online_store = false
  }
}

resource "aws_sagemaker_feature_group" "pass_key" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  online_store_config {
    enable_online_store = true
    security_config {
      kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/abc"
    }
  }
}

resource "aws_sagemaker_feature_group" "pass_offline_only" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  offline_store_config {
    s3_storage_config {
      s3_uri = "s3://bucket/prefix"
      kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/abc"
    }
  }
}

