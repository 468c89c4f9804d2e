# S502-S509: TLS versions, key sizes, yaml, paramiko, SNMP.
import ssl

import paramiko
import yaml
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from OpenSSL import SSL
from pysnmp.hlapi import CommunityData, UsmUserData

ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)
SSL.Context(method=SSL.TLSv1_METHOD)
ssl.wrap_socket(sock)


def connect(version=ssl.PROTOCOL_TLSv1):
    pass


rsa.generate_private_key(public_exponent=65537, key_size=1024)
dsa.generate_private_key(key_size=2048)
ec.generate_private_key(ec.SECP192R1())
yaml.load(text)
yaml.load(text, Loader=yaml.SafeLoader)
yaml.load(text, Loader=yaml.Loader)
client = paramiko.SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
client.exec_command("ls")
CommunityData("public", mpModel=0)
UsmUserData("user")
UsmUserData("user", "authkey", "privkey")
