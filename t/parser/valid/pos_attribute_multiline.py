value = (obj
         .attribute
         .other)
