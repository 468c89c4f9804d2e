a = 1; b = 2
c = 3; d = 4;
import os; import sys
x += 1; del y; pass
