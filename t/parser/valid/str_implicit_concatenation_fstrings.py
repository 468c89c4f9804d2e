a = "a" f"{b}" "c"
b = f"{x}" "y" f"{z}"
c = "a" f"b"
d = f"" ""
e = f"{x}" rf"\{y}" "z"
f = ("start "
     f"{middle} "
     "end")
