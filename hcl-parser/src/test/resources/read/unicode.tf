# Letters outside ASCII and outside the Basic Multilingual Plane, tabs and a heredoc: columns count code points.
name = "ü 😀 ${var.x} 😀"	# after a tab
label "é😀" {
	value = upper("😀😀") # 😀
}
text = <<EOT
😀 ${var.y}
EOT
