x = ub"text"
