def use(resource):
    async with resource:
        pass
