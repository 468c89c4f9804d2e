[lambda: i for i in range(3)]
[lambda i=i: i for i in range(3)]
