match color:
    case Color.RED:
        pass
    case module.Color.GREEN:
        pass
    case a.b.c.d:
        pass
