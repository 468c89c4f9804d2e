# Submodule imports: `import a.b` binds `a`; reading `a.anything` uses it, as in
# pyflakes and ruff (ruff's preview refines this).  Unused, the message names the
# submodule.
import os.path
import xml.dom
import email.mime.text

os.getcwd()
xml.sax
