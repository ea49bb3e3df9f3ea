// deno-lint-ignore-file no-explicit-any
import { equal, fail } from "node:assert/strict";
import { setupEngine } from "./init.ts";
import {
  fixedDigits,
  formatFloat,
  formatValue,
  percentFormat,
  percentFormatBytes,
  strFormat,
} from "./format.ts";
import { PyFloat } from "../objects/float.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { PyDict } from "../objects/dict.ts";
import { KwArgs } from "../objects/type.ts";
import { PyException } from "../objects/exception.ts";
import { PyBytes } from "../objects/bytes.ts";

setupEngine();

// Expected values below were produced by CPython 3.11 (checked against the
// reference MicroPython where the two agree).
const f = (v: number) => new PyFloat(v);
const tuple = (...items: any[]) => new PyTuple(items);
const list = (...items: any[]) => new PyList(items);
function dict(o: Record<string, any>): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(o)) d.setItem(k, v);
  return d;
}
function kwargs(o: Record<string, any>): KwArgs | null {
  const names = Object.keys(o);
  return names.length ? new KwArgs(names, names.map((n) => o[n])) : null;
}

/** Runs `fn`, expecting a Python exception of type `type` (and message). */
function raises(
  fn: () => unknown,
  type: string,
  msg: string | null = null,
): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    equal(e.type.name, type);
    if (msg !== null) equal((e.args as PyTuple).items[0], msg);
    return;
  }
  fail(`expected ${type}`);
}

const FLOAT_PERCENT: [string, any, string][] = [
  ["%.3f", f(2.5), "2.500"],
  ["%.0f", f(0.5), "0"],
  ["%.0f", f(1.5), "2"],
  ["%.0f", f(2.5), "2"],
  ["%.1f", f(0.25), "0.2"],
  ["%.1f", f(0.35), "0.3"],
  ["%.2f", f(2.675), "2.67"],
  ["%.2f", f(1e+25), "10000000000000000905969664.00"],
  ["%f", f(1e+22), "10000000000000000000000.000000"],
  ["%.2e", f(1234.5), "1.23e+03"],
  ["%e", f(0.0), "0.000000e+00"],
  ["%g", f(100000.0), "100000"],
  ["%g", f(1000000.0), "1e+06"],
  ["%g", f(1e-05), "1e-05"],
  ["%g", f(0.0001), "0.0001"],
  ["%.17g", f(0.1), "0.10000000000000001"],
  ["%.20f", f(0.1), "0.10000000000000000555"],
  ["%10.4f", f(3.14159), "    3.1416"],
  ["%-10.2e|", f(1234.5), "1.23e+03  |"],
  ["%010.2f", f(-3.14159), "-000003.14"],
  ["%+.1f", f(2.0), "+2.0"],
  ["% .2f", f(2.0), " 2.00"],
  ["%#.0f", f(2.0), "2."],
  ["%#g", f(1.5), "1.50000"],
  ["%G", f(1e-20), "1E-20"],
  ["%E", f(12345.678), "1.234568E+04"],
  ["%f", f(Infinity), "inf"],
  ["%05f", f(-Infinity), "-0inf"],
  ["%F", f(NaN), "NAN"],
  ["%.3g", f(5e-324), "4.94e-324"],
  ["%e", f(1.7976931348623157e+308), "1.797693e+308"],
  ["%.0e", f(25.0), "2e+01"],
  ["%.0e", f(35.0), "4e+01"],
  ["%s", f(1e+16), "1e+16"],
  ["%r", f(1.0), "1.0"],
  ["%s", f(0.1), "0.1"],
  ["%d", f(3.99), "3"],
  ["%d", f(-3.99), "-3"],
  ["%f", 7, "7.000000"],
  ["%.1f", f(0.05), "0.1"],
  ["%.15f", f(0.1), "0.100000000000000"],
  ["%.2f", f(0.125), "0.12"],
  ["%.2f", f(0.375), "0.38"],
  ["%g", f(1e+100), "1e+100"],
];
const PERCENT: [string, any, string][] = [
  ["%s", 1, "1"],
  ["=%s=%s=", tuple(1, 2), "=1=2="],
  ["%s", list(1, 2), "[1, 2]"],
  ["%r", "str", "'str'"],
  ["%5d|%-5d|%05d|%+d|% d", tuple(1, 2, 3, 4, 5), "    1|2    |00003|+4| 5"],
  ["%.3d|%05.3d|%-6.3d|", tuple(6, 7, 8), "006|00007|008   |"],
  [
    "%x %X %o %#x %#X %#o",
    tuple(255, 255, 8, 255, 255, 8),
    "ff FF 10 0xff 0XFF 0o10",
  ],
  ["%x", -255, "-ff"],
  ["%c%c", tuple(65, "b"), "Ab"],
  ["%5c|%-3c|", tuple("x", 66), "    x|B  |"],
  [
    "%5r|%-5s|%.2s|%5.1s|",
    tuple("a", "b", "xyz", "xyz"),
    "  'a'|b    |xy|    x|",
  ],
  ["%(a)s-%(b)r", dict({ "a": 1, "b": "x" }), "1-'x'"],
  ["%*d|%-*.*f", tuple(5, 1, 8, 2, f(3.14159)), "    1|3.14    "],
  ["%%", tuple(), "%"],
  ["%s", dict({}), "{}"],
  ["foo", dict({}), "foo"],
  ["%s %(foo)s %(foo)s", dict({ "foo": 1 }), "{'foo': 1} 1 1"],
  ["%d", 10000000000000000000000000n, "10000000000000000000000000"],
  ["%x", 10000000000000000000000000n, "84595161401484a000000"],
  ["%s", true, "True"],
  ["%d", true, "1"],
  ["%r", null, "None"],
  ["%10.3s|", "héllo", "       hél|"],
  ["%c", 128512, "😀"],
  ["%-*d|", tuple(-5, 3), "3    |"],
  ["%s\ud83d\ude00%s", tuple(1, 2), "1😀2"],
  ["%5s|", "😀", "    😀|"],
  ["%(x)d%%", dict({ "x": 5 }), "5%"],
  ["%o", -8, "-10"],
  ["%+x", 255, "+ff"],
];
const PERCENT_ERRORS: [string, any, string, string | null][] = [
  ["a%", 1, "ValueError", "incomplete format"],
  ["%l", 1, "ValueError", "unsupported format character 'l' (0x6c) at index 1"],
  ["%(a", dict({ "a": 1 }), "ValueError", "incomplete format key"],
  ["%s %s", 1, "TypeError", "format string needs more arguments"],
  [
    "%s",
    tuple(1, 2),
    "TypeError",
    "format string didn't convert all arguments",
  ],
  ["%c", "ab", "TypeError", "%c needs int or char"],
  ["%c", f(1.5), "TypeError", "integer needed"],
  ["%(foo)s", 1, "TypeError", "format needs a dict"],
  [
    "%(foo)s %s",
    dict({ "foo": 1 }),
    "TypeError",
    "format string needs more arguments",
  ],
  ["%*s", 5, "TypeError", "format string needs more arguments"],
  ["%d", "x", "TypeError", "can't convert str to int"],
  ["%(foo)s", dict({}), "KeyError", null],
];
const SPECS: [any, string, string][] = [
  [f(1.5), "", "1.5"],
  [f(1e+16), "", "1e+16"],
  [f(1e+16), "10", "     1e+16"],
  [f(1.23456789), "10", "1.23456789"],
  [f(1.0), ".2", "1.0"],
  [f(100.0), ".3", "1e+02"],
  [f(123.456), ".2", "1.2e+02"],
  [f(1.0), ".0", "1e+00"],
  [f(0.0001), ".2", "0.0001"],
  [f(1234.5), ".2e", "1.23e+03"],
  [f(1e-05), "g", "1e-05"],
  [f(0.5), ".0f", "0"],
  [f(2.5), ".0f", "2"],
  [f(1234567.891), ",.2f", "1,234,567.89"],
  [f(1234.5), "012,.2f", "0,001,234.50"],
  [f(1234.5), "+010,.1f", "+001,234.5"],
  [f(0.25), "%", "25.000000%"],
  [f(0.123), ".1%", "12.3%"],
  [f(-Infinity), "010", "-000000inf"],
  [f(NaN), "+", "+nan"],
  [f(Infinity), "10", "       inf"],
  [f(1.0), "#g", "1.00000"],
  [f(1.0), "#.3g", "1.00"],
  [f(0.0), "g", "0"],
  [f(-0), "g", "-0"],
  [f(-0), "", "-0.0"],
  [f(123.456), "+020.3e", "+00000000001.235e+02"],
  [f(12.5), "^09", "0012.5000"],
  [f(1e+22), "f", "10000000000000000000000.000000"],
  [f(5.5), "n", "5.5"],
  [f(1234567.0), "n", "1.23457e+06"],
  [1234, ",", "1,234"],
  [1234, "_", "1_234"],
  [1234, "010,", "00,001,234"],
  [1234, "09,", "0,001,234"],
  [-1234, "08,", "-001,234"],
  [11259375, "012_x", "00_00ab_cdef"],
  [11259375, "#012_x", "0x0_00ab_cdef"],
  [1234, "0=10,", "00,001,234"],
  [1234, "x=10,", "xxxxx1,234"],
  [12, "0<5", "12000"],
  [-12, "<05", "-1200"],
  [12, "*^9x", "****c****"],
  [-12, "=+8", "-     12"],
  [255, "#010b", "0b11111111"],
  [97, "c", "a"],
  [97, "5c", "    a"],
  [8, "#o", "0o10"],
  [10, "e", "1.000000e+01"],
  [100000000000000000000n, ".2f", "100000000000000000000.00"],
  [
    1000000000000000000000000000000n,
    ",",
    "1,000,000,000,000,000,000,000,000,000,000",
  ],
  [-100000000000000000000n, "x", "-56bc75e2d63100000"],
  [true, "", "True"],
  [true, "d", "1"],
  [true, "5", "    1"],
  [false, "f", "0.000000"],
  ["ab", "^6", "  ab  "],
  ["ab", "05", "ab000"],
  ["abc", ".1", "a"],
  ["héllo", "*>8.3", "*****hél"],
  ["😀x😀", "^7", "  😀x😀  "],
  ["a", "😀^5", "😀😀a😀😀"],
  ["", "", ""],
  [null, "", "None"],
];
const SPEC_ERRORS: [any, string, string, string][] = [
  [
    "zzz",
    "=",
    "ValueError",
    "'=' alignment not allowed in string format specifier",
  ],
  [1, "s", "ValueError", "unknown format code 's' for object of type 'int'"],
  [
    true,
    "s",
    "ValueError",
    "unknown format code 's' for object of type 'bool'",
  ],
  ["1", "+s", "ValueError", "sign not allowed in string format specifier"],
  [1, "+c", "ValueError", "sign not allowed with integer format specifier 'c'"],
  [
    f(1.5),
    "d",
    "ValueError",
    "unknown format code 'd' for object of type 'float'",
  ],
  ["a", "d", "ValueError", "unknown format code 'd' for object of type 'str'"],
  [1, "z", "ValueError", "invalid format specifier"],
  [
    null,
    "5",
    "TypeError",
    "unsupported format string passed to NoneType.__format__",
  ],
  [-1, "c", "OverflowError", "char not in range(0x110000)"],
];
const STR_FORMAT: [string, any[], Record<string, any>, string][] = [
  ["}}{{", [], {}, "}{"],
  ["{}-{}", [1, list(4, 5)], {}, "1-[4, 5]"],
  ["{1}-{0}", [1, 2], {}, "2-1"],
  ["{!r}", ["x"], {}, "'x'"],
  ["{0!r:>10s} {0!s:>10s}", ["foo"], {}, "     'foo'        foo"],
  ["{:{}}", [123, "#>10"], {}, "#######123"],
  ["{:{}{}{}}", [123, "#", ">", "10"], {}, "#######123"],
  ["{0:{1}{2}}", [123, "#>", "10"], {}, "#######123"],
  [
    "{text:{align}{width}}",
    [],
    { text: "foo", align: "^", width: 10 },
    "   foo    ",
  ],
  ["{}-{foo}", [123], { foo: "bar" }, "123-bar"],
  ["{:d}", [true], {}, "1"],
  ["{:20}", [false], {}, "                   0"],
  ["{}", [true], {}, "True"],
  ["{:}", [true], {}, "True"],
  ["{0[0]}", [list(5, 6)], {}, "5"],
  ["{0[1]}{0[0]}", ["ab"], {}, "ba"],
  ["{a[x]}", [], { a: dict({ "x": 7 }) }, "7"],
  ["{[1]}", [list(1, 2)], {}, "2"],
  ["{:10}", [f(1.5)], {}, "       1.5"],
  ["{}", [null], {}, "None"],
  ["{!a}", ["é"], {}, "'\\xe9'"],
  ["{:>{w}}", ["a"], { w: 4 }, "   a"],
  ["{:%}", [f(0.25)], {}, "25.000000%"],
  ["a{}b{}c", ["😀", "é"], {}, "a😀béc"],
];
const STR_FORMAT_ERRORS: [
  string,
  any[],
  Record<string, any>,
  string,
  string | null,
][] = [
  ["{1:}", [1], {}, "IndexError", "tuple index out of range"],
  ["}", ["z"], {}, "ValueError", "single '}' encountered in format string"],
  [
    "{!",
    ["a"],
    {},
    "ValueError",
    "end of format while looking for conversion specifier",
  ],
  ["abc{!d}", ["1"], {}, "ValueError", "unknown conversion specifier d"],
  ["{abc", ["z"], {}, "ValueError", "unmatched '{' in format"],
  ["{!s :}", [2], {}, "ValueError", "expected ':' after format specifier"],
  [
    "{}{0}",
    [1, 2],
    {},
    "ValueError",
    "can't switch from automatic field numbering to manual field specification",
  ],
  [
    "{0}{}",
    [1],
    {},
    "ValueError",
    "can't switch from manual field specification to automatic field numbering",
  ],
  ["{ 0 :*^10}", [12], {}, "KeyError", null],
  ["{}{}", [1], {}, "IndexError", "tuple index out of range"],
];

Deno.test("percentFormat() rounds floats from their exact binary value", () => {
  for (const [fmt, v, exp] of FLOAT_PERCENT) {
    equal(percentFormat(fmt, v), exp, `${fmt} % ${v.value}`);
  }
});

Deno.test("percentFormat() handles flags, width, precision, * and %(name)", () => {
  for (const [fmt, v, exp] of PERCENT) equal(percentFormat(fmt, v), exp, fmt);
});

Deno.test("percentFormat() raises MicroPython's errors", () => {
  for (const [fmt, v, type, msg] of PERCENT_ERRORS) {
    raises(() => percentFormat(fmt, v), type, msg);
  }
});

Deno.test("percentFormatBytes() formats into bytes, %s of bytes undecorated", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const dec = (b: Uint8Array) => new TextDecoder().decode(b);
  equal(
    dec(
      percentFormatBytes(
        enc("=%s=%r=%d="),
        tuple(new PyBytes(enc("ab")), new PyBytes(enc("c")), 5),
      ),
    ),
    "=ab=b'c'=5=",
  );
  equal(
    dec(
      percentFormatBytes(
        enc("%5s|%-3d|%x"),
        tuple(new PyBytes(enc("ab")), 4, 255),
      ),
    ),
    "   ab|4  |ff",
  );
  equal(dec(percentFormatBytes(enc("%s"), "é")), "é");
  equal(
    percentFormatBytes(new Uint8Array([0xff, 0x25, 0x63]), 0x80).join(),
    "255,128",
  );
});

Deno.test("formatValue() implements the format-spec mini-language", () => {
  for (const [v, spec, exp] of SPECS) {
    equal(formatValue(v, spec), exp, `format(${v}, ${spec})`);
  }
});

Deno.test("formatValue() raises MicroPython's errors", () => {
  for (const [v, spec, type, msg] of SPEC_ERRORS) {
    raises(() => formatValue(v, spec), type, msg);
  }
});

Deno.test("formatValue() is lenient where MicroPython is", () => {
  equal(formatValue(5, ".2d"), "5");
  equal(formatValue(65535, ",x"), "ffff");
  equal(formatValue(0x12d687, ",x"), "12,d687");
  equal(formatValue("a", "+"), "a");
  equal(formatValue(97, "#c"), "a");
});

Deno.test("strFormat() implements str.format", () => {
  for (const [fmt, args, kw, exp] of STR_FORMAT) {
    equal(strFormat(fmt, args, kwargs(kw)), exp, fmt);
  }
});

Deno.test("strFormat() raises MicroPython's errors", () => {
  for (const [fmt, args, kw, type, msg] of STR_FORMAT_ERRORS) {
    raises(() => strFormat(fmt, args, kwargs(kw)), type, msg);
  }
});

Deno.test("formatFloat() and fixedDigits() round half to even on exact ties", () => {
  equal(formatFloat(0.5, "f", 0), "0");
  equal(formatFloat(-2.5, "f", 0), "-2");
  equal(formatFloat(-0, "g"), "-0");
  equal(formatFloat(1e300, "e", 3), "1.000e+300");
  equal(fixedDigits(2 ** 70, 1), "1180591620717411303424.0");
  equal(fixedDigits(5e-324, 3), "0.000");
});
