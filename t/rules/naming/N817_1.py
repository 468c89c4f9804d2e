# N817: a CamelCase name imported as its acronym.
from xml.etree import ElementTree as ET
import xml.etree.ElementTree as ETree
