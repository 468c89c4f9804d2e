"name" = value
