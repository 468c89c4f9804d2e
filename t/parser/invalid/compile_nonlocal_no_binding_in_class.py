def f():
    class C:
        nonlocal missing
