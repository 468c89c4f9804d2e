# N999: a Django migration: allowed.
