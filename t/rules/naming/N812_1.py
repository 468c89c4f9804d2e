# N812: a lowercase name imported under a name that is not lowercase.
import os as OS
from os import path as Path
from os import sep as _sep
import xml.etree as etree
