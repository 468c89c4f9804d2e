obj.count += 1
table[key] -= 1
table[1:2] *= 2
(parenthesized) += 1
