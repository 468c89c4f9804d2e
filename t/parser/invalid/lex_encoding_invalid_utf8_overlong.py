slash = 'À¯'
