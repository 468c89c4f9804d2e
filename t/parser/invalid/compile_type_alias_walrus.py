type Alias = (t := int)
