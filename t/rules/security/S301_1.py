# S301-S323: suspicious calls, resolved through imports and aliases.
import hashlib
import marshal
import pickle as pk
import random
import shelve
import ssl
import tempfile
import telnetlib
import xml.etree.ElementTree as ET
from ftplib import FTP
from random import Random as _Random
from urllib.request import Request, urlopen
from xml.dom import minidom
from xml.sax import make_parser

from Crypto.Cipher import DES
from cryptography.hazmat.primitives.ciphers import modes
from django.utils.safestring import mark_safe

pk.loads(b"")
shelve.open("db")
marshal.loads(b"")
DES.new(b"key")
modes.ECB()
tempfile.mktemp()
mark_safe(user_html)
mark_safe("<b>literal</b>")  # not reported (ruff)
urlopen(url)
urlopen("https://example.com")  # not reported: an http(s) literal
urlopen(Request("https://example.com"))  # not reported
Request(url)
random.random()
random.choice([1, 2])
random.choices([1, 2])  # ruff's list (bandit 1.6 has no choices, randbytes nor Random)
random.randbytes(4)
_Random()  # through an alias
telnetlib.Telnet("host")
ET.fromstring(data)
minidom.parseString(data)
make_parser()
FTP("host")
ssl._create_unverified_context()
hashlib.md5(b"")
hashlib.sha1(b"", usedforsecurity=False)  # not reported
hashlib.new("MD5")
hashlib.sha256(b"")
