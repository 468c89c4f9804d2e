names = ("ada" "grace" bob)
