# UTF-8 encoding and decoding round trips
for s in ("", "ascii", "\u00e9", "\u20ac", "\U0001f600", "mixed \u00e9\u20ac\U0001f600 end", "\x00\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff"):
    b = s.encode("utf-8")
    print(len(s), len(b), b, b.decode("utf-8") == s)
print(bytes("\u00e9", "utf-8"), str(b"\xe2\x82\xac", "utf-8"), "\U0001f600".encode()[0])
