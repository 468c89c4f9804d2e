cost = £10
