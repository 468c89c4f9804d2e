# N999: a valid module name.
