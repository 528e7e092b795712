x = 1
y = "crlf"
z = { a = 1 }