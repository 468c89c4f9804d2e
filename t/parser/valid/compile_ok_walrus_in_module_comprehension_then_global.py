[(last := i) for i in range(3)]
global last
