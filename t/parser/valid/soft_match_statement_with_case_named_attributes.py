match command.split():
    case [action.match]:
        pass
    case [obj.case, obj.type]:
        pass
