# N999: capitals in a module's name.
