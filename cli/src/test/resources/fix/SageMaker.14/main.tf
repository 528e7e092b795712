resource "aws_sagemaker_data_quality_job_definition" "insecure_definition" {
  name = "insecure-definition"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = true # expect: SageMaker.14
  }
}

resource "aws_sagemaker_data_quality_job_definition" "absent_definition" { # expect: SageMaker.14
  name = "absent-definition"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = true
  }
}

resource "aws_sagemaker_data_quality_job_definition" "secure_definition" {
  name = "secure-definition"
  role_arn = "arn:aws:iam::111122223333:role/sagemaker"
  data_quality_app_specification {
    image_uri = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitor:latest"
  }
  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_inter_container_traffic_encryption = true
    enable_network_isolation = true
  }
}

resource "aws_sagemaker_monitoring_schedule" "fail_by_reference" {
  name = "schedule"
  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.insecure_definition.name
    monitoring_type                = "DataQuality"
  }
}

resource "aws_sagemaker_monitoring_schedule" "fail_by_name" {
  name = "schedule"
  monitoring_schedule_config {
    monitoring_job_definition_name = "absent-definition"
    monitoring_type                = "DataQuality"
  }
}

resource "aws_sagemaker_monitoring_schedule" "pass_by_reference" {
  name = "schedule"
  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.secure_definition.name
    monitoring_type                = "DataQuality"
  }
}

# The job definition it names is not in the scan: conditional on that definition.
resource "aws_sagemaker_monitoring_schedule" "fail_defined_elsewhere" {
  name = "schedule"
  monitoring_schedule_config {
    monitoring_job_definition_name = "defined-elsewhere" # expect: SageMaker.14 "is not part of the scan"
    monitoring_type                = "DataQuality"
  }
}

resource "awscc_sagemaker_monitoring_schedule" "fail_embedded_absent" { # expect: SageMaker.14
  monitoring_schedule_name = "schedule"
  monitoring_schedule_config = {
    monitoring_job_definition = {
      role_arn = "arn:aws:iam::111122223333:role/sagemaker"
      monitoring_resources = {
        cluster_config = { instance_count = 2, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
      }
    }
  }
}

resource "awscc_sagemaker_monitoring_schedule" "fail_embedded_explicit" {
  monitoring_schedule_name = "schedule"
  monitoring_schedule_config = {
    monitoring_job_definition = {
      role_arn = "arn:aws:iam::111122223333:role/sagemaker"
      monitoring_resources = {
        cluster_config = { instance_count = 2, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
      }
      network_config = { enable_network_isolation = false } # expect: SageMaker.14
    }
  }
}

resource "awscc_sagemaker_monitoring_schedule" "pass_embedded" {
  monitoring_schedule_name = "schedule"
  monitoring_schedule_config = {
    monitoring_job_definition = {
      role_arn = "arn:aws:iam::111122223333:role/sagemaker"
      monitoring_resources = {
        cluster_config = { instance_count = 2, instance_type = "ml.m5.large", volume_size_in_gb = 20 }
      }
      network_config = { enable_inter_container_traffic_encryption = true, enable_network_isolation = true }
    }
  }
}

