output "notebook_arns" {
  description = "ARNs of the notebook instances, by name"
  value       = { for k, nb in aws_sagemaker_notebook_instance.this : k => nb.arn }
}
