x = obj.if
