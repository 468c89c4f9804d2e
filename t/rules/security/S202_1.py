# S202, as ruff: tarfile's extractall unless filter is the string "data" or "tar", or the
# receiver is made by something outside the tarfile module (a zipfile.ZipFile).
import tarfile
import zipfile


def unpack(path, how):
    with tarfile.open(path) as tar:
        tar.extractall("out")  # S202
        tar.extractall("out", filter="data")  # fine
        tar.extractall("out", filter="tar")  # fine
        tar.extractall("out", filter="fully_trusted")  # S202: trusts everything
        tar.extractall("out", filter=how)  # S202: not a known safe filter
    with zipfile.ZipFile(path) as archive:
        archive.extractall("out")  # fine: a zip file
    archive = zipfile.ZipFile(path)
    archive.extractall("out")  # fine
    archive = tarfile.open(path)
    archive.extractall("out")  # S202
