# коммент — ελληνικά — 日本語
s = 'ü'  # trailing ü
b = b'ascii'  # — dash
