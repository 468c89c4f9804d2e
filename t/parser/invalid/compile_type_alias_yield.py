type Alias = (yield)
