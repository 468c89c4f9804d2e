# S201: Flask debug; S202: tarfile extractall without a filter.
import tarfile

from flask import Flask

app = Flask(__name__)
app.run(debug=True)
app.run(debug=False)

with tarfile.open("a.tar") as tar:
    tar.extractall("out")
    tar.extractall("out", filter="data")
