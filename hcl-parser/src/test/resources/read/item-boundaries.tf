# Forms around the new lines that end top-level items: the reader reads this file one item at a time and must
# build the same tree as a reading of the whole file.


locals {
  a = 1

  b = { x = 1, y = [
    1,
    2,
  ] }
}
first = true ? "yes" : "no"
after  = "an attribute after it" /* a comment
that spans lines */
next = 1
heredoc = <<-EOT
    text ${var.x}
    %{ if var.y }more%{ endif }
    EOT
template = "a ${ { k = "v" }["k"] } b %{ for i in [1, 2] }${i}%{ endfor }"
call = f(
  1,
  2
)
for_object = { for k, v in var.m :
  k => v
  if v != null
}
resource "aws_sagemaker_notebook_instance" "n" { name = "x" }
resource "aws_sagemaker_model" "m" {
  dynamic "container" {
    for_each = var.images
    content {
      image = container.value
    }
  }
}
last = -1
