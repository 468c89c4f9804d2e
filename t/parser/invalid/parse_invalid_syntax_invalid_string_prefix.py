x = bf"text"
