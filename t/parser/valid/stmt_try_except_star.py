try:
    run_tasks()
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    log(group)
except *OSError as spaced:
    pass
else:
    done()
finally:
    close()
