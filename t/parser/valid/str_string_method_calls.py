"sep".join(["a", "b"])
"{} {}".format(1, 2)
b"data".decode("ascii")
f"{x}".upper()
