# S303 and the XML parsers S313, S315, S316, S319: calls reported by their resolved name.
import xml.etree.cElementTree as cET
from xml.dom import expatbuilder, pulldom
from xml.sax import expatreader

from Crypto.Hash import MD5
from cryptography.hazmat.primitives import hashes

MD5.new(b"data")  # S303
hashes.SHA1()  # S303
hashes.SHA256()  # fine
cET.parse("a.xml")  # S313
expatreader.create_parser()  # S315
expatbuilder.parseString("<a/>")  # S316
pulldom.parse("a.xml")  # S319


def local_parse(parse):
    parse("a.xml")  # fine: a parameter, not pulldom.parse
