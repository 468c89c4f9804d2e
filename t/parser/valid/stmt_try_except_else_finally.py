try:
    risky()
except ValueError:
    handle()
else:
    success()
finally:
    cleanup()
