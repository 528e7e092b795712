# FeatureGroupTagged fixture. A trailing "expect" comment marks the line a finding must point at.

resource "aws_sagemaker_feature_group" "fail_untagged" { # expect: FeatureGroupTagged "`tags` is not set"
  feature_group_name             = "customers"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker-execution"
  feature_definition {
    feature_name = "customer_id"
    feature_type = "String"
  }
}

resource "aws_sagemaker_feature_group" "fail_system_only" {
  feature_group_name             = "customers"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker-execution"
  tags                           = { "aws:cloudformation:stack-name" = "ml" } # expect: FeatureGroupTagged "has no user tags"
}

resource "awscc_sagemaker_feature_group" "fail_awscc" { # expect: FeatureGroupTagged
  feature_group_name             = "customers"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
}

resource "aws_sagemaker_feature_group" "pass_tagged" {
  feature_group_name             = "customers"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
  role_arn                       = "arn:aws:iam::111122223333:role/sagemaker-execution"
  tags                           = { team = "ml-platform" }
}
