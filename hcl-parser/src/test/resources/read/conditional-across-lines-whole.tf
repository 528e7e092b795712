# A conditional continued after a top-level new line: its second line cannot start an item, so the reader reads
# this file whole.
first = "an item before it"
across = true
  ? "a conditional"
  : "continued on the next lines"
last = 1
