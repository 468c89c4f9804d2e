import os


class Config:
    """Holds settings."""

    def load(self, path):
        with open(path) as f:
            data = f.read()
        return data

   def save(self):
        pass
