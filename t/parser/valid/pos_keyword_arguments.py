f(a, key=value, *args, **kwargs)
g(
    key =
        value,
    **options
)
