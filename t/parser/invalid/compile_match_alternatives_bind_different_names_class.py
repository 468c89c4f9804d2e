match shape:
    case Circle(r=size) | Square(side=length):
        pass
