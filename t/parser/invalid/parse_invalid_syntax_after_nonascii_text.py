message = "Grüße aus Köln — schön!"; count = 3 3
