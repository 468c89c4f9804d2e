x = "str" f"{y}" b"bytes"
