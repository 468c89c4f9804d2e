y = `x`
