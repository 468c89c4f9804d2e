# Cross-check (3.12+ syntax, valid in 3.13): f-strings with PEP 701's freedoms.
x, width = 3.0, 8
f"{x=}"
f"{x = !r:>{width}}"
f"{"nested quotes"} {'and'} {f"{x:{width}.2f}"}"
f"{x
   + 1}"
rf"\d{x}" f"plain" "str"
f"{{}} {x!a}"
