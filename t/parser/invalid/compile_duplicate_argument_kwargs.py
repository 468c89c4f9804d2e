def f(options, **options):
    pass
