a = f"""{
    x
    + y  # a comment inside the replacement field
}"""
b = f"{
    value
}"
c = f"""result: {compute(
    first,
    second,
)!r:>{width}}"""
