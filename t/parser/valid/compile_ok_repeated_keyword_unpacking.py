call(**options, **options)
call(a=1, **{"a": 2})
