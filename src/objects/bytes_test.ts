// deno-lint-ignore-file no-explicit-any
import { equal } from "node:assert/strict";
import { setupEngine } from "../runtime/init.ts";
import {
  bytearrayType,
  bytesType,
  decodeBytes,
  decodeUtf8,
  getTypedItem,
  itemSize,
  memoryviewType,
  PyByteArray,
  PyBytes,
  PyMemoryView,
  setTypedItem,
} from "./bytes.ts";
import { PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PySlice } from "./slice.ts";
import { floatValue, PyFloat } from "./float.ts";
import { INPLACE, Op, PyType } from "./type.ts";
import { callSync } from "../runtime/call.ts";
import { getAttr } from "../runtime/attr.ts";
import {
  binaryOp,
  compareOp,
  eq,
  hashValue,
  iterToArray,
  pyLen,
  pyRepr,
} from "../runtime/ops.ts";
import { contains, delItem, getItem, setItem } from "../runtime/subscr.ts";
import { kwargs, raises } from "./_test_util.ts";

setupEngine();

// Expected values below were produced by CPython 3.11 (checked against the
// reference MicroPython where the two agree).
const tuple = (...items: any[]) => new PyTuple(items);
const list = (...items: any[]) => new PyList(items);
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const b = (s: string) => new PyBytes(bytesOf(s));
const ba = (s: string) => new PyByteArray(bytesOf(s));
const make = (t: PyType, ...args: any[]) => callSync(t, args);
const CASES: [any, string, any[], Record<string, any>, any][] = [
  [b(" a b  c "), "split", [], {}, list(b("a"), b("b"), b("c"))],
  [ba(" a b "), "split", [], {}, list(ba("a"), ba("b"))],
  [b("a,b,,c"), "split", [b(","), 1], {}, list(b("a"), b("b,,c"))],
  [b("a,b,,c"), "rsplit", [ba(","), 1], {}, list(b("a,b,"), b("c"))],
  [b("\u001c a "), "split", [], {}, list(b("\u001c"), b("a "))],
  [b("a\r\nb\u000bc"), "splitlines", [], {}, list(b("a"), b("b\u000bc"))],
  [b("a\r\nb\n"), "splitlines", [true], {}, list(b("a\r\n"), b("b\n"))],
  [b("  xy\t"), "strip", [], {}, b("xy")],
  [ba("xxaxx"), "strip", [b("x")], {}, ba("a")],
  [b("abcabc"), "find", [b("c")], {}, 2],
  [b("abcabc"), "find", [99, 3], {}, 5],
  [b("abcabc"), "rfind", [b("b")], {}, 4],
  [b("abcabc"), "index", [b("c"), 3], {}, 5],
  [b("abcabc"), "count", [97], {}, 2],
  [b("abcabc"), "count", [b("")], {}, 7],
  [b("abc"), "startswith", [b("ab")], {}, true],
  [b("abc"), "endswith", [tuple(b("x"), b("c"))], {}, true],
  [b("abab"), "replace", [b("a"), b("XY")], {}, b("XYbXYb")],
  [ba("abab"), "replace", [b("a"), b(""), 1], {}, ba("bab")],
  [b("a,b"), "partition", [b(",")], {}, tuple(b("a"), b(","), b("b"))],
  [ba("a,b"), "rpartition", [b(",")], {}, tuple(ba("a"), ba(","), ba("b"))],
  [b("ab"), "center", [5], {}, b(" ab  ")],
  [b("Hello é"), "upper", [], {}, b("HELLO é")],
  [b("Hello É"), "lower", [], {}, b("hello É")],
  [b("ab"), "isalpha", [], {}, true],
  [b("é"), "isalpha", [], {}, false],
  [b("12"), "isdigit", [], {}, true],
  [b(" \t"), "isspace", [], {}, true],
  [b(" "), "isspace", [], {}, false],
  [b("AB1"), "isupper", [], {}, true],
  [b("ab1"), "islower", [], {}, true],
  [b(","), "join", [list(b("a"), ba("b"))], {}, b("a,b")],
  [ba(","), "join", [list(b("a"), b("b"))], {}, ba("a,b")],
  [b("aÃ©"), "decode", [], {}, "aé"],
  [b("abc"), "decode", ["ascii"], {}, "abc"],
  [b("aÿb"), "decode", ["utf-8", "replace"], {}, "a�b"],
  [b("aÿb"), "decode", ["utf-8", "ignore"], {}, "ab"],
  [b("ä "), "decode", ["utf-8", "replace"], {}, "� �"],
  [b("helloðworld"), "decode", ["utf-8", "replace"], {}, "hello�world"],
  [b("a»Ì"), "decode", ["ascii", "replace"], {}, "a��"],
  [b("aÿb"), "decode", [], { errors: "ignore" }, "ab"],
  [b("\u0001«ÿ"), "hex", [], {}, "01abff"],
  [b("\u0001«ÿ"), "hex", ["-"], {}, "01-ab-ff"],
  [b("\u0001«ÿ\u0000\u0011"), "hex", [":", 2], {}, "01:abff:0011"],
  [b("\u0001«ÿ\u0000\u0011"), "hex", [":", -2], {}, "01ab:ff00:11"],
  [ba("ab"), "hex", [], {}, "6162"],
];
const ERRORS: [any, string, any[], string, string][] = [
  [b("abc"), "split", [b("")], "ValueError", "empty separator"],
  [b("abc"), "index", [b("x")], "ValueError", "substring not found"],
  [
    b("abc"),
    "split",
    ["a"],
    "TypeError",
    "can't convert 'str' object to bytes implicitly",
  ],
  [b("abc"), "find", [300], "ValueError", "bytes value out of range"],
  [
    b(","),
    "join",
    [list("a")],
    "TypeError",
    "join expects a list of str/bytes objects consistent with self object",
  ],
  [b("ÿ"), "decode", [], "UnicodeError", ""],
  [b("a"), "decode", ["nope"], "LookupError", "unknown encoding: nope"],
];

Deno.test("bytes methods behave as CPython's", () => {
  for (const [self, name, args, kw, exp] of CASES) {
    equal(
      pyRepr(callSync(getAttr(self, name), args, kwargs(kw))),
      pyRepr(exp),
      `${pyRepr(self)}.${name}(${args.map(pyRepr)})`,
    );
  }
});

Deno.test("bytes methods raise MicroPython's errors", () => {
  for (const [self, name, args, type, msg] of ERRORS) {
    raises(() => callSync(getAttr(self, name), args), type, msg);
  }
});

Deno.test("bytes() and bytearray() constructors", () => {
  equal(pyRepr(make(bytesType)), "b''");
  equal(pyRepr(make(bytesType, 3)), "b'\\x00\\x00\\x00'");
  equal(pyRepr(make(bytesType, list(1, 2, 255))), "b'\\x01\\x02\\xff'");
  equal(pyRepr(make(bytesType, "é", "utf8")), "b'\\xc3\\xa9'");
  equal(pyRepr(make(bytesType, ba("xy"))), "b'xy'");
  equal(pyRepr(make(bytearrayType, b("xy"))), "bytearray(b'xy')");
  equal(pyRepr(make(bytearrayType, list(300, -1))), "bytearray(b',\\xff')");
  equal(pyRepr(make(bytearrayType, "ab", "ascii")), "bytearray(b'ab')");
  const x = b("q");
  equal(make(bytesType, x), x);
  raises(
    () => make(bytesType, "a"),
    "TypeError",
    "string argument without an encoding",
  );
  raises(
    () => make(bytesType, list(256)),
    "ValueError",
    "bytes value out of range",
  );
  raises(() => make(bytesType, -1), "ValueError", "negative count");
  raises(() => make(bytesType, 1, 2), "TypeError", "wrong number of arguments");
  raises(() => make(bytesType, "é", "ascii"), "UnicodeError");
  raises(
    () => make(bytesType, "a", "latin-1"),
    "LookupError",
    "unknown encoding: latin-1",
  );
  raises(() => make(bytearrayType, 2n ** 70n), "OverflowError");
  equal(pyRepr(callSync(getAttr(bytesType, "fromhex"), ["61 62"])), "b'ab'");
  equal(
    pyRepr(callSync(getAttr(bytearrayType, "fromhex"), ["6162"])),
    "bytearray(b'ab')",
  );
  raises(
    () => callSync(getAttr(bytesType, "fromhex"), ["6"]),
    "ValueError",
    "non-hex digit",
  );
});

Deno.test("bytes indexing, slicing, operators and hashing", () => {
  const x = b("abcdef");
  equal(getItem(x, 1), 98);
  equal(getItem(x, -1), 102);
  equal(pyRepr(getItem(x, new PySlice(1, 3, null))), "b'bc'");
  equal(pyRepr(getItem(x, new PySlice(null, null, -2))), "b'fdb'");
  raises(() => getItem(x, 6), "IndexError", "bytes index out of range");
  raises(() => setItem(x, 0, 1), "TypeError");
  equal(pyRepr(binaryOp(Op.Add, x, ba("g"))), "b'abcdefg'");
  equal(pyRepr(binaryOp(Op.Add, ba("g"), x)), "bytearray(b'gabcdef')");
  raises(() => binaryOp(Op.Add, x, "g"), "TypeError");
  equal(pyRepr(binaryOp(Op.Mul, b("ab"), 2)), "b'abab'");
  equal(pyRepr(binaryOp(Op.Mul, 2, b("ab"))), "b'abab'");
  equal(pyRepr(binaryOp(Op.Mod, b("%d:%s"), tuple(1, b("x")))), "b'1:x'");
  equal(eq(b("ab"), ba("ab")), true);
  equal(eq(b("ab"), "ab"), false);
  equal(compareOp(Op.Lt, b("a\x00"), b("a\x01")), true);
  equal(compareOp(Op.Gt, b("b"), ba("abc")), true);
  equal(hashValue(b("ab")), hashValue(b("ab")));
  raises(() => hashValue(ba("ab")), "TypeError");
  equal(contains(x, 99), true);
  equal(contains(x, b("cd")), true);
  equal(contains(x, ba("")), true);
  equal(contains(x, b("ce")), false);
  raises(() => contains(x, "c"), "TypeError");
  equal(pyRepr(new PyList(iterToArray(b("ab")))), "[97, 98]");
  equal(pyLen(x), 6);
  equal(pyRepr(b("'\"\\\n\t\x7f")), "b'\\'\"\\\\\\n\\t\\x7f'");
});

Deno.test("bytearray item/slice assignment, deletion and in-place ops", () => {
  const x = ba("0123456789");
  setItem(x, 0, 65);
  setItem(x, -1, 256 + 66);
  equal(pyRepr(x), "bytearray(b'A12345678B')");
  setItem(x, new PySlice(1, 3, null), b("xyz"));
  equal(pyRepr(x), "bytearray(b'Axyz345678B')");
  setItem(x, new PySlice(1, 4, null), ba(""));
  equal(pyRepr(x), "bytearray(b'A345678B')");
  setItem(x, new PySlice(0, null, 2), list(1, 2, 3, 4));
  equal(pyRepr(x), "bytearray(b'\\x013\\x025\\x037\\x04B')");
  raises(() => setItem(x, new PySlice(0, null, 2), b("a")), "ValueError");
  delItem(x, 0);
  delItem(x, new PySlice(null, null, 2));
  equal(pyRepr(x), "bytearray(b'\\x02\\x03\\x04')");
  const y = ba("ab");
  setItem(y, new PySlice(2, null, null), y);
  equal(pyRepr(y), "bytearray(b'abab')");
  equal(binaryOp(Op.Add + INPLACE, y, b("c")), y);
  equal(pyRepr(y), "bytearray(b'ababc')");
  equal(binaryOp(Op.Mul + INPLACE, y, 2), y);
  equal(pyLen(y), 10);
  callSync(getAttr(y, "append"), [0x7a]);
  callSync(getAttr(y, "extend"), [list(1, 2)]);
  equal(pyRepr(y), "bytearray(b'ababcababcz\\x01\\x02')");
  raises(() => callSync(getAttr(y, "append"), [null]), "TypeError");
  equal(pyLen(y), 13);
  const z = ba("");
  for (let i = 0; i < 1000; i++) callSync(getAttr(z, "append"), [i]);
  equal(z.data.length, 1000);
  equal(z.data[999], 999 & 0xff);
});

Deno.test("memoryview shares memory and writes through", () => {
  const x = ba("abcdef");
  const m = make(memoryviewType, x) as PyMemoryView;
  const s = getItem(m, new PySlice(1, 4, null)) as PyMemoryView;
  equal(pyRepr(s), "<memoryview>");
  equal(pyLen(s), 3);
  setItem(s, 0, 0x42);
  equal(pyRepr(x), "bytearray(b'aBcdef')");
  setItem(s, new PySlice(1, 3, null), b("XY"));
  equal(pyRepr(x), "bytearray(b'aBXYef')");
  raises(() => setItem(s, new PySlice(0, 1, null), b("12")), "ValueError");
  equal(pyRepr(make(bytesType, s)), "b'BXY'");
  equal(eq(s, b("BXY")), true);
  equal(eq(b("BXY"), s), true);
  equal(getAttr(m, "itemsize"), 1);
  equal(callSync(getAttr(m, "hex"), []), "614258596566");
  equal(pyRepr(callSync(getAttr(s, "tobytes"), [])), "b'BXY'");
  const r = make(memoryviewType, b("12")) as PyMemoryView;
  raises(() => setItem(r, 0, 1), "TypeError");
  raises(() => make(memoryviewType, 1), "TypeError");
  raises(() => getItem(m, 6), "IndexError", "memoryview index out of range");
  const shift = ba("0123456789");
  const mv = make(memoryviewType, shift);
  setItem(
    mv,
    new PySlice(1, null, null),
    getItem(mv, new PySlice(null, -1, null)),
  );
  equal(pyRepr(shift), "bytearray(b'0012345678')");
});

Deno.test("typed items read and write little-endian values", () => {
  const data = new Uint8Array(16);
  setTypedItem(data, "h", 0, -2);
  equal(getTypedItem(data, "h", 0), -2);
  equal(getTypedItem(data, "H", 0), 0xfffe);
  setTypedItem(data, "i", 1, 2 ** 32 + 5);
  equal(getTypedItem(data, "i", 1), 5);
  setTypedItem(data, "q", 1, -(2n ** 62n));
  equal(getTypedItem(data, "q", 1), -(2n ** 62n));
  setTypedItem(data, "d", 0, new PyFloat(1.5));
  equal(floatValue(getTypedItem(data, "d", 0)), 1.5);
  setTypedItem(data, "f", 0, 2);
  equal(floatValue(getTypedItem(data, "f", 0)), 2);
  equal(itemSize("l"), 8);
  const view = new PyMemoryView(null, new Uint8Array([1, 0, 0xff, 0xff]), "h");
  equal(pyRepr(new PyList(iterToArray(view))), "[1, -1]");
  equal(view.itemsize, 2);
  equal(pyLen(view), 2);
});

Deno.test("decodeBytes() handles strict, replace and ignore", () => {
  const u = (...xs: number[]) => new Uint8Array(xs);
  equal(decodeBytes(u(0x61, 0xc3, 0xa9)), "aé");
  equal(
    decodeBytes(u(0xf0, 0x9f, 0x98, 0x80, 0xff), "utf-8", "replace"),
    "😀\ufffd",
  );
  equal(
    decodeBytes(u(0xe4, 0xf0, 0xe4), "utf-8", "replace"),
    "\ufffd\ufffd\ufffd",
  );
  equal(decodeBytes(u(0xf0, 0x9f, 0x20, 0x80), "utf-8", "ignore"), " ");
  equal(decodeBytes(u(0xef, 0xbf, 0xbd, 0xff), "utf-8", "ignore"), "\ufffd");
  equal(decodeUtf8(u(0xff), true), "\ufffd");
  raises(() => decodeBytes(u(0xff)), "UnicodeError");
  raises(() => decodeBytes(u(0x80), "ascii"), "UnicodeError");
  equal(decodeBytes(u(0x61, 0x80), "ASCII", "replace"), "a\ufffd");
});
