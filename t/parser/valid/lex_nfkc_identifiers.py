ﬁle = 1
ℌ = 2
ｆｕｌｌ = 3
Ⅸ = 9
print(file, H, full, IX)
