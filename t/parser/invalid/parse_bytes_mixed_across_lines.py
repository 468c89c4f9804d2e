message = (
    "text"
    b"bytes"
)
