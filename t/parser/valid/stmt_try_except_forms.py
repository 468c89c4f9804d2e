try:
    work()
except (KeyError, IndexError) as lookup_error:
    print(lookup_error)
except (TypeError, ValueError):
    pass
except OSError as e:
    raise
except module.CustomError:
    pass
except get_error_types():
    pass
except:
    pass
