@first

@second(
    arg,
)
def function():
    pass


@decorator
class Klass:
    @property
    def attr(self):
        return 1
