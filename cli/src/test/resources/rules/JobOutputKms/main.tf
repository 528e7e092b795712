# JobOutputKms fixture. A trailing "expect" comment marks the line a finding must point at.

resource "aws_sagemaker_training_job" "fail_no_key" { # expect: JobOutputKms "`output_data_config.kms_key_id` is not set"
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  output_data_config {
    s3_output_path = "s3://ml-artifacts-111122223333/train"
  }
}

resource "aws_sagemaker_training_job" "pass_key" {
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  output_data_config {
    s3_output_path = "s3://ml-artifacts-111122223333/train"
    kms_key_id     = aws_kms_key.ml.arn
  }
}

resource "aws_sagemaker_data_quality_job_definition" "fail_monitoring" { # expect: JobOutputKms "`data_quality_job_output_config.kms_key_id` is not set"
  name     = "monitor"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-artifacts-111122223333/monitor"
      }
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "pass_monitoring" {
  name     = "monitor"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  data_quality_job_output_config {
    kms_key_id = aws_kms_key.ml.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://ml-artifacts-111122223333/monitor"
      }
    }
  }
}

resource "awscc_sagemaker_model_bias_job_definition" "fail_awscc_monitoring" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  model_bias_job_output_config = {
    kms_key_id = "" # expect: JobOutputKms
  }
}

resource "awscc_sagemaker_processing_job" "fail_processing" { # expect: JobOutputKms "`processing_output_config.kms_key_id` is not set"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  processing_output_config = {
    outputs = [{ output_name = "features" }]
  }
}

resource "awscc_sagemaker_processing_job" "pass_processing_without_output" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
}

resource "aws_sagemaker_pipeline" "fail_pipeline" {
  pipeline_name         = "train"
  pipeline_display_name = "train"
  role_arn              = "arn:aws:iam::111122223333:role/sagemaker"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [{
      Name      = "Train" # expect: JobOutputKms "`OutputDataConfig.KmsKeyId` is not set"
      Type      = "Training"
      Arguments = { OutputDataConfig = { S3OutputPath = "s3://ml-artifacts-111122223333/train" } }
    }]
  })
}

resource "aws_kms_key" "ml" {
  description = "ML output"
}
