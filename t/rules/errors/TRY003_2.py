# TRY003: whitespace is Unicode's White_Space, as ruff tests it (Rust's char::is_whitespace),
# in strings and in the literal parts of f-strings and t-strings; not U+001C..U+001F, which
# Python's str.isspace() counts.
def check(port, name):
    if port == 0:
        raise ValueError("port zero")  # TRY003: a no-break space, written as is
    if port == 1:
        raise ValueError("port\u3000one")  # TRY003: an ideographic space, as an escape
    if port == 2:
        raise ValueError("port two")  # TRY003: an em space
    if port == 3:
        raise ValueError("port\x85three")  # TRY003: NEL
    if port == 4:
        raise ValueError("port\u2028four")  # TRY003: the line separator
    if port == 5:
        raise ValueError("port\x00 five")  # TRY003: a space after a NUL
    if port == 6:
        raise ValueError(f"{port}　{name}")  # TRY003: in an f-string's literal part
    if port == 7:
        raise ValueError(t"{port}\u00a0{name}")  # TRY003: in a t-string's literal part
    if port == 8:
        raise ValueError("port\x1cseparated")  # not reported: U+001C is no White_Space
    if port == 9:
        raise ValueError("port\u200bzero-width")  # not reported: U+200B is no White_Space
    if port == 10:
        raise ValueError("hétérogène")  # not reported: non-ASCII letters only
    if port == 11:
        raise ValueError("日本語")  # not reported: no whitespace
    if port == 12:
        raise ValueError(f"{port:　>8}")  # not reported: whitespace in a format spec only
    raise ValueError(b"port \xff")  # not reported: bytes are no message
