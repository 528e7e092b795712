variable "offline_key" {
  type    = string
  default = "" # expect: SageMaker.17
}

resource "aws_sagemaker_feature_group" "fail_no_key" { # expect: SageMaker.17
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  offline_store_config {
    s3_storage_config {
      s3_uri = "s3://bucket/prefix"
    }
  }
}

resource "aws_sagemaker_feature_group" "fail_empty_key" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  offline_store_config {
    s3_storage_config {
      s3_uri = "s3://bucket/prefix"
      kms_key_id = "" # expect: SageMaker.17
    }
  }
}

resource "aws_sagemaker_feature_group" "fail_variable" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  offline_store_config {
    s3_storage_config {
      s3_uri = "s3://bucket/prefix"
      kms_key_id = var.offline_key
    }
  }
}

resource "awscc_sagemaker_feature_group" "fail_awscc" { # expect: SageMaker.17
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  offline_store_config = {
    s3_storage_config = { s3_uri = "s3://bucket/prefix" }
  }
}

resource "aws_sagemaker_feature_group" "pass_key" {
  feature_group_name             = "features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker"
  offline_store_config {
    s3_storage_config {
      s3_uri = "s3://bucket/prefix"
      kms_key_id = aws_kms_key.features.arn
    }
  }
}

resource "aws_sagemaker_feature_group" "pass_online_only" {
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

