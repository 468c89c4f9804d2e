match shape:
    case Point(x=0, y=0):
        pass
    case Point(0, y=1):
        pass
    case Point(x, y):
        pass
    case int():
        pass
    case geometry.Circle(radius=r):
        pass
    case Point(x=[1, 2], y={"k": v}):
        pass
    case Point(0, 1,):
        pass
    case Point(x=1,):
        pass
