(settings
    .__debug__) = True
