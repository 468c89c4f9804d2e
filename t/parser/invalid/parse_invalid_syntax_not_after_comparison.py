ok = a == not b
