@register(name=1, name=2)
def handler(__debug__):
    pass
