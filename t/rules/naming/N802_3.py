# N802 and base classes of the same file: a method that overrides one a base class
# defines in this file keeps the base's name, and is reported only where that name is
# chosen, on the base (pep8-naming reports every override: naming-known.txt,
# `exemption`).  The base may be a grandparent; a class that does not derive from it
# gets no pass.
class Item:
    def GetText(self):
        pass

    def IsExpandable(self):
        pass


class FileItem(Item):
    def GetText(self):
        pass


class DirItem(FileItem):
    def IsExpandable(self):
        pass

    def GetSubList(self):
        pass


class Unrelated:
    def GetText(self):
        pass
