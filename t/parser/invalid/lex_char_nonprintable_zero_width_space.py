total = a +​ b
