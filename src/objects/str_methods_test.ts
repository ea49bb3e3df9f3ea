// deno-lint-ignore-file no-explicit-any
import { equal } from "node:assert/strict";
import { setupEngine } from "../runtime/init.ts";
import { strMethods } from "./str_methods.ts";
import { PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PyBytes } from "./bytes.ts";
import { callSync } from "../runtime/call.ts";
import { pyRepr } from "../runtime/ops.ts";
import { kwargs, raises } from "./_test_util.ts";

setupEngine();

// Expected values below were produced by CPython 3.11 and checked against the
// reference MicroPython; where they differ (ASCII-only character classes,
// center() padding) the reference MicroPython's result is used.
const tuple = (...items: any[]) => new PyTuple(items);
const list = (...items: any[]) => new PyList(items);
const b = (s: string) =>
  new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
/** Calls `self.name(*args, **kw)`, returning the repr of the result. */
function call(
  self: any,
  name: string,
  args: any[],
  kw: Record<string, any> = {},
): string {
  return pyRepr(callSync(strMethods[name], [self, ...args], kwargs(kw)));
}

const CASES: [any, string, any[], Record<string, any>, any][] = [
  [" a b  c ", "split", [], {}, list("a", "b", "c")],
  [" a b  c ", "split", [null, 1], {}, list("a", "b  c ")],
  ["a,b,,c", "split", [","], {}, list("a", "b", "", "c")],
  ["a,b,,c", "split", [",", 2], {}, list("a", "b", ",c")],
  ["a,b,,c", "split", [], { sep: ",", maxsplit: 1 }, list("a", "b,,c")],
  [" a b c ", "rsplit", [null, 1], {}, list(" a b", "c")],
  ["a,b,,c", "rsplit", [",", 1], {}, list("a,b,", "c")],
  ["a😀b😀c", "split", ["😀"], {}, list("a", "b", "c")],
  [
    "\t\n x\u000by\u001c z w　",
    "split",
    [],
    {},
    list("x", "y\u001c", "z\u00a0w\u3000"),
  ],
  ["", "split", [], {}, list()],
  ["", "split", [","], {}, list("")],
  [
    "a\r\nb\nc\rd\u000bef ",
    "splitlines",
    [],
    {},
    list("a", "b", "c", "d", "e", "f"),
  ],
  ["a\r\nb\n", "splitlines", [true], {}, list("a\r\n", "b\n")],
  ["a\nb", "splitlines", [], { keepends: true }, list("a\n", "b")],
  ["  xy  ", "strip", [], {}, "xy"],
  ["  xy  ", "lstrip", [], {}, "xy  "],
  ["  xy  ", "rstrip", [], {}, "  xy"],
  ["abcxcba", "strip", ["ab"], {}, "cxc"],
  ["😀a😀", "strip", ["😀"], {}, "a"],
  ["www.example.com", "lstrip", ["cmowz."], {}, "example.com"],
  ["mississippi", "rstrip", ["ipz"], {}, "mississ"],
  ["a😀b😀c", "find", ["b"], {}, 2],
  ["a😀b😀c", "find", ["😀", 2], {}, 3],
  ["a😀b😀c", "rfind", ["😀"], {}, 3],
  ["a😀b😀c", "index", ["c"], {}, 4],
  ["a😀b😀c", "rindex", ["😀", 0, 3], {}, 1],
  ["abc", "find", ["", 3], {}, 3],
  ["abc", "find", ["", 4], {}, -1],
  ["abcabc", "find", ["c", -2], {}, 5],
  ["abcabc", "rfind", ["b", 0, 4], {}, 1],
  ["abcabc", "count", ["b"], {}, 2],
  ["aaaa", "count", ["aa"], {}, 2],
  ["abc", "count", [""], {}, 4],
  ["a😀b", "count", [""], {}, 4],
  ["abc", "count", ["", 4], {}, 0],
  ["abcabc", "count", ["c", 3, -1], {}, 0],
  ["abc", "startswith", ["ab"], {}, true],
  ["abc", "startswith", ["b", 1], {}, true],
  ["abc", "startswith", [tuple("x", "a")], {}, true],
  ["abc", "endswith", [tuple("x", "c"), 1], {}, true],
  ["abc", "startswith", ["", 3], {}, true],
  ["abc", "startswith", ["", 4], {}, false],
  ["a😀bc", "endswith", ["😀", 0, 2], {}, true],
  ["abc", "endswith", ["b", 0, -1], {}, true],
  ["abab", "replace", ["a", "X"], {}, "XbXb"],
  ["abab", "replace", ["a", "X", 1], {}, "Xbab"],
  ["abc", "replace", ["", "-"], {}, "-a-b-c-"],
  ["a😀c", "replace", ["", "-", 2], {}, "-a-😀c"],
  ["abc", "replace", ["x", "y"], {}, "abc"],
  ["a,b", "partition", [","], {}, tuple("a", ",", "b")],
  ["a,b,c", "rpartition", [","], {}, tuple("a,b", ",", "c")],
  ["abc", "partition", ["x"], {}, tuple("abc", "", "")],
  ["abc", "rpartition", ["x"], {}, tuple("", "", "abc")],
  ["ab", "center", [5], {}, " ab  "],
  ["a", "center", [4], {}, " a  "],
  ["abc", "center", [2], {}, "abc"],
  ["😀", "center", [3], {}, " 😀 "],
  ["Hello World", "upper", [], {}, "HELLO WORLD"],
  ["Hello World", "lower", [], {}, "hello world"],
  ["ß", "upper", [], {}, "ß"],
  ["ΑΣ", "lower", [], {}, "ΑΣ"],
  ["abc", "isalpha", [], {}, true],
  ["abc1", "isalpha", [], {}, false],
  ["é", "isalpha", [], {}, false],
  ["123", "isdigit", [], {}, true],
  ["", "isdigit", [], {}, false],
  [" \t\n", "isspace", [], {}, true],
  [" ", "isspace", [], {}, false],
  ["ABC1", "isupper", [], {}, true],
  ["abc1", "islower", [], {}, true],
  ["ǅ", "isupper", [], {}, false],
  ["1", "isupper", [], {}, false],
  [",", "join", [list("a", "b", "c")], {}, "a,b,c"],
  ["", "join", [tuple("x", "y")], {}, "xy"],
  ["-", "join", ["abc"], {}, "a-b-c"],
  ["-", "join", [list()], {}, ""],
  ["a😀", "encode", [], {}, b("að")],
  ["ab", "encode", ["ascii"], {}, b("ab")],
  ["{}+{}", "format", [1, 2], {}, "1+2"],
  ["{x}", "format", [], { x: 3 }, "3"],
];
const ERRORS: [any, string, any[], string, string][] = [
  ["abc", "split", [""], "ValueError", "empty separator"],
  ["abc", "rsplit", [""], "ValueError", "empty separator"],
  ["abc", "partition", [""], "ValueError", "empty separator"],
  ["abc", "index", ["x"], "ValueError", "substring not found"],
  ["abc", "rindex", ["x"], "ValueError", "substring not found"],
  [
    "abc",
    "split",
    [b("a")],
    "TypeError",
    "can't convert 'bytes' object to str implicitly",
  ],
  [
    "abc",
    "find",
    [1],
    "TypeError",
    "can't convert 'int' object to str implicitly",
  ],
  [
    ",",
    "join",
    [list("a", 1)],
    "TypeError",
    "join expects a list of str/bytes objects consistent with self object",
  ],
  ["é", "encode", ["ascii"], "UnicodeError", ""],
  ["a", "encode", ["nope"], "LookupError", "unknown encoding: nope"],
];

Deno.test("strMethods behave as MicroPython's, with code-point indices", () => {
  for (const [self, name, args, kw, exp] of CASES) {
    equal(
      call(self, name, args, kw),
      pyRepr(exp),
      `${pyRepr(self)}.${name}(${args.map(pyRepr)})`,
    );
  }
});

Deno.test("strMethods raise MicroPython's errors", () => {
  for (const [self, name, args, type, msg] of ERRORS) {
    raises(() => call(self, name, args), type, msg);
  }
});

Deno.test("strMethods take keyword arguments only where Python does", () => {
  raises(() => call("abc", "find", ["b"], { start: 1 }), "TypeError");
  equal(call("a b", "split", [], { maxsplit: 0 }), "['a b']");
  raises(() => call("a b", "split", [" "], { sep: " " }), "TypeError");
});

Deno.test("strMethods strip() and replace() return self when unchanged", () => {
  const s = "abc";
  equal(callSync(strMethods.strip, [s]), s);
  equal(callSync(strMethods.replace, [s, "x", "y"]), s);
});

Deno.test("str.center() has no ljust/rjust siblings, as in MicroPython", () => {
  equal(strMethods.ljust, undefined);
  equal(strMethods.rjust, undefined);
  equal(typeof strMethods.center, "object");
});
