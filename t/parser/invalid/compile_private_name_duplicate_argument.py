class Account:
    def move(self, __amount, _Account__amount):
        pass
