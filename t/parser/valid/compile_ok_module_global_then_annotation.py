global limit
limit: int = 10
