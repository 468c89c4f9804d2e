#!/bin/sh
# gen-code.sh SIZE: ordinary Python code of about SIZE bytes (a function and a class per
# section, repeated), which the review finds nothing in.  The huge files of t/hostile.sh
# and of bench/memory.sh.
awk -v size="$1" 'BEGIN {
    printf "\"\"\"Generated code, ordinary in every way but its size.\"\"\"\n\n\n"
    for (i = 0; n < size; i++) {
        s = sprintf("# Section %d: a function and a class, as generated code has them.\n" \
            "def scale_%d(values, factor=2):\n    \"\"\"Return the values times factor.\"\"\"\n" \
            "    result = []\n    for value in values:\n        if value is not None and value > 0:\n" \
            "            result.append(value * factor)\n        else:\n            result.append(0)\n" \
            "    return result\n\n\nclass Point%d:\n    \"\"\"A point in the plane.\"\"\"\n\n" \
            "    def __init__(self, x, y):\n        \"\"\"Make the point (x, y).\"\"\"\n" \
            "        self.x = x\n        self.y = y\n\n    def norm(self):\n" \
            "        \"\"\"Return the distance from the origin.\"\"\"\n" \
            "        return (self.x ** 2 + self.y ** 2) ** 0.5\n\n\n", i, i, i)
        printf "%s", s
        n += length(s)
    }
}'
