def level1():
    for a in x:
        while b:
            with c:
                try:
                    if d:
                        class Deep:
                            def method(self):
                                return [a, b, c, d]
                except E:
                    pass
