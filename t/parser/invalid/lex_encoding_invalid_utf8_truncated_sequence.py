price = '5 â‚'
