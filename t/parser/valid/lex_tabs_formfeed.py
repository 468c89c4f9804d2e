# A form feed in the indentation resets the column: z = 2 ends the if block.
x = 1
if x:
    y = 1
    z = 2

w = 3 + 4
