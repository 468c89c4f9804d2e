table[*keys]: int
