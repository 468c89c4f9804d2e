if ready: go(); stop()
while waiting: pass
for x in xs: total += x
class Point: x = 0; y = 0
def one(): return 1
with lock: counter += 1
try: work()
except Exception: pass
else: pass
finally: pass
