# str.splitlines with the line-break characters MicroPython recognises
print("a\nb\nc".splitlines(), "a\nb\n".splitlines(), "\n".splitlines(), "".splitlines())
print("a\r\nb\rc\n".splitlines(), "a\r\nb\rc\n".splitlines(True))
print("x\n\ny".splitlines(), "x\n\ny".splitlines(keepends=True), "no newline".splitlines())
print("\r\n\r\n".splitlines(), "\n\r".splitlines(True))
