# RVW101: classes are compared among themselves.  PascalCase prevails here, and the
# snake_case class is reported; an all-capitals name (an acronym) and a single word count
# for no style.
class VolumeManager:
    pass


class SnapshotManager:
    pass


class backup_manager:
    pass


class HTTP:
    pass


class thing:
    pass
