"""A package whose classes are read only in annotations written as text."""
