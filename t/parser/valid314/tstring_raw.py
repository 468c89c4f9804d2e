# Raw template strings, every spelling of the prefix.
x = "y"
rt"\d+{x}\n"
Rt"\w{x}"
tr"\s{x}"
TR"{x}\t"
rT'\\{x}'
tR"""raw
{x}\n"""
