type = = int
