# FlowDefinitionKms fixture. A trailing "expect" comment marks the line a finding must point at.

variable "review_key" {
  type = string
}

resource "aws_sagemaker_flow_definition" "fail_no_key" { # expect: FlowDefinitionKms "`output_config.kms_key_id` is not set"
  flow_definition_name = "claims-review"
  role_arn             = "arn:aws:iam::111122223333:role/sagemaker-a2i"
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:111122223333:human-task-ui/claims"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "Check the extracted claim fields"
    task_title                            = "Claim review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:111122223333:workteam/private-crowd/claims"
  }
  output_config {
    s3_output_path = "s3://ml-review-111122223333/claims/"
  }
}

resource "aws_sagemaker_flow_definition" "fail_empty_key" {
  flow_definition_name = "claims-review"
  role_arn             = "arn:aws:iam::111122223333:role/sagemaker-a2i"
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:111122223333:human-task-ui/claims"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "Check the extracted claim fields"
    task_title                            = "Claim review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:111122223333:workteam/private-crowd/claims"
  }
  output_config {
    s3_output_path = "s3://ml-review-111122223333/claims/"
    kms_key_id     = "" # expect: FlowDefinitionKms
  }
}

resource "aws_sagemaker_flow_definition" "pass_key" {
  flow_definition_name = "claims-review"
  role_arn             = "arn:aws:iam::111122223333:role/sagemaker-a2i"
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:111122223333:human-task-ui/claims"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "Check the extracted claim fields"
    task_title                            = "Claim review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:111122223333:workteam/private-crowd/claims"
  }
  output_config {
    s3_output_path = "s3://ml-review-111122223333/claims/"
    kms_key_id     = aws_kms_key.review.arn
  }
}

resource "aws_sagemaker_flow_definition" "pass_variable_key" {
  flow_definition_name = "claims-review"
  role_arn             = "arn:aws:iam::111122223333:role/sagemaker-a2i"
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:111122223333:human-task-ui/claims"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "Check the extracted claim fields"
    task_title                            = "Claim review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:111122223333:workteam/private-crowd/claims"
  }
  output_config {
    s3_output_path = "s3://ml-review-111122223333/claims/"
    kms_key_id     = var.review_key
  }
}

resource "aws_kms_key" "review" {
  description = "Human review output"
}
