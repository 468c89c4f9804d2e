f(**kwargs, a)
