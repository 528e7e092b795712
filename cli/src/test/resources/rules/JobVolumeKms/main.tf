# JobVolumeKms fixture. A trailing "expect" comment marks the line a finding must point at.

resource "aws_sagemaker_training_job" "fail_no_key" { # expect: JobVolumeKms "`resource_config.volume_kms_key_id` is not set"
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  resource_config {
    instance_count    = 1
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
  }
}

resource "aws_sagemaker_training_job" "pass_key" {
  training_job_name = "churn"
  role_arn          = "arn:aws:iam::111122223333:role/sagemaker-execution"
  resource_config {
    instance_count    = 1
    instance_type     = "ml.m5.xlarge"
    volume_size_in_gb = 30
    volume_kms_key_id = aws_kms_key.ml.arn
  }
}

resource "aws_sagemaker_data_quality_job_definition" "fail_monitoring" { # expect: JobVolumeKms "`job_resources.cluster_config.volume_kms_key_id` is not set"
  name     = "monitor"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 30
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "pass_monitoring" {
  name     = "monitor"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 30
      volume_kms_key_id = aws_kms_key.ml.arn
    }
  }
}

resource "awscc_sagemaker_processing_job" "fail_processing" {
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  processing_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.xlarge", volume_size_in_gb = 30, volume_kms_key_id = "" } # expect: JobVolumeKms
  }
}

resource "awscc_sagemaker_model_quality_job_definition" "fail_awscc_monitoring" { # expect: JobVolumeKms
  role_arn = "arn:aws:iam::111122223333:role/sagemaker-execution"
  job_resources = {
    cluster_config = { instance_count = 1, instance_type = "ml.m5.xlarge", volume_size_in_gb = 30 }
  }
}

resource "aws_sfn_state_machine" "fail_state_machine" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Train"
    States = {
      Train = { # expect: JobVolumeKms "`ResourceConfig.VolumeKmsKeyId` is not set"
        Type       = "Task"
        Resource   = "arn:aws:states:::sagemaker:createTrainingJob.sync"
        Parameters = { ResourceConfig = { InstanceCount = 1, InstanceType = "ml.m5.xlarge", VolumeSizeInGB = 30 } }
        End        = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "fail_transform" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Score"
    States = {
      Score = { # expect: JobVolumeKms "`TransformResources.VolumeKmsKeyId` is not set"
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTransformJob.sync"
        Parameters = {
          TransformJobName   = "score"
          ModelName          = "churn"
          TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.xlarge" }
        }
        End = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "pass_transform" {
  role_arn = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({
    StartAt = "Score"
    States = {
      Score = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTransformJob.sync"
        Parameters = {
          TransformJobName   = "score"
          ModelName          = "churn"
          TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.xlarge", VolumeKmsKeyId = aws_kms_key.ml.arn }
        }
        End = true
      }
    }
  })
}

resource "aws_sagemaker_pipeline" "fail_transform_pipeline" {
  pipeline_name         = "scoring"
  pipeline_display_name = "scoring"
  role_arn              = "arn:aws:iam::111122223333:role/sagemaker-execution"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [
      {
        Name = "Score" # expect: JobVolumeKms "`TransformResources.VolumeKmsKeyId` is not set"
        Type = "Transform"
        Arguments = {
          TransformJobName   = "score"
          ModelName          = "churn"
          TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.xlarge" }
        }
      }
    ]
  })
}

resource "aws_sagemaker_pipeline" "pass_transform_pipeline" {
  pipeline_name         = "scoring"
  pipeline_display_name = "scoring"
  role_arn              = "arn:aws:iam::111122223333:role/sagemaker-execution"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [
      {
        Name = "Score"
        Type = "Transform"
        Arguments = {
          TransformJobName   = "score"
          ModelName          = "churn"
          TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.xlarge", VolumeKmsKeyId = aws_kms_key.ml.arn }
        }
      }
    ]
  })
}

resource "aws_kms_key" "ml" {
  description = "ML storage"
}
