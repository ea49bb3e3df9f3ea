# assert with and without message
assert True
assert 1 == 1, "not shown"

try:
    assert False
except AssertionError as e:
    print("AssertionError args", e.args)

try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("message:", e)
    print("args:", e.args)

# message expression is only evaluated on failure
def msg():
    print("msg evaluated")
    return "m"

assert True, msg()
try:
    assert [], msg()
except AssertionError as e:
    print("got", e)

# non-string message is kept as is
try:
    assert 0, {"code": 5}
except AssertionError as e:
    print(e.args[0]["code"])

# the condition is any expression; only its truth value matters
try:
    assert [0], "non-empty list is true"
    assert "", "empty string is false"
except AssertionError as e:
    print("failed:", e)

print(issubclass(AssertionError, Exception))
