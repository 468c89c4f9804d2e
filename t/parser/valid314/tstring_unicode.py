# Non-ASCII text and names: columns are UTF-8 byte offsets.
ñame = "ü"
t"é{ñame}ü"
t"{'日本'} {ñame!r:→^7}"
t"😀{ñame}😀"
