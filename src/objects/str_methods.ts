/**
 * Methods of `str` (`split`, `join`, `format`, ...), written once for every
 * text kind: `bytes` and `bytearray` share them through `textMethod()`,
 * working on a JS string with one char per byte.
 *
 * Indices taken and returned by `find`, `count`, `startswith`... count code
 * points, so strings with characters outside the BMP behave as in Python.
 *
 * Mirrors MicroPython's `py/objstr.c` and `py/objstrunicode.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinMethod, builtinMethodVar, KwArgs, PyBuiltin } from "./type.ts";
import { isStr, strValue } from "./str.ts";
import {
  getIter,
  hasAstral,
  intValue,
  isInt,
  iterNext,
  STOP,
  strLen,
  toIndex,
  toInt,
  truthy,
  typeName,
} from "../runtime/ops.ts";
import { raiseTypeError, raiseValueError } from "../runtime/raise.ts";
import { PyList } from "./list.ts";
import { PyTuple } from "./tuple.ts";
import { strFormat } from "../runtime/format.ts";
import {
  decodeUtf8,
  encodeText,
  encodeUtf8,
  fromLatin1,
  latin1,
} from "./bytes.ts";

/** What differs between the text kinds sharing these methods. */
export interface TextKind {
  /** True for bytes-like kinds: ASCII-only character classes. */
  bytes: boolean;
  /** The text of `self`. */
  self(x: any): string;
  /** An argument of the same kind (e.g. a separator), or TypeError. */
  arg(x: any): string;
  /** Like `arg`, but bytes kinds also accept an int (one byte). */
  needle(x: any): string;
  /** Wraps a result of `self`'s kind. */
  wrap(self: any, s: string): any;
  /** `self` when it is immutable and may be returned unchanged. */
  same(self: any): any;
  /** An item of `join`'s iterable, or `undefined` when of the wrong kind. */
  item(x: any): string | undefined;
}

const STR_KIND: TextKind = {
  bytes: false,
  self: (x) => strValue(x),
  arg(x) {
    if (typeof x === "string") return x;
    if (isStr(x)) return strValue(x);
    return raiseTypeError(
      `can't convert '${typeName(x)}' object to str implicitly`,
    );
  },
  needle(x) {
    return STR_KIND.arg(x);
  },
  wrap: (_self, s) => s,
  same: (self) => (typeof self === "string" ? self : undefined),
  item: (x) => (typeof x === "string" ? x : isStr(x) ? strValue(x) : undefined),
};

// ------------------------------------------------------------ characters

/** Python's whitespace test for one UTF-16 unit (`bytes`: ASCII only). */
export function isSpaceCode(c: number, _bytes = false): boolean {
  // MicroPython's character classes are ASCII-only, for str as for bytes
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function allCodes(s: string, test: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

const isAsciiAlpha = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

function isCaseTest(s: string, _bytes: boolean, upper: boolean): boolean {
  // MicroPython classifies ASCII letters only, for str as for bytes
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (upper ? isAsciiLower(c) : isAsciiUpper(c)) return false;
    if (isAsciiLower(c) || isAsciiUpper(c)) cased = true;
  }
  return cased;
}

function asciiCase(s: string, upper: boolean): string {
  return upper
    ? s.replace(/[a-z]+/g, (m) => m.toUpperCase())
    : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

// --------------------------------------------------------------- indices

function indexArg(x: any, what: string): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (isInt(x)) {
    const v = intValue(x);
    if (typeof v === "bigint") {
      return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    }
    return v;
  }
  return toIndex(x, what);
}

/** CPython's ADJUST_INDICES: `start`/`end` (None = default) against `len`. */
function adjust(
  start: any,
  end: any,
  len: number,
  what: string,
): [number, number] {
  let a = start === undefined || start === null ? 0 : indexArg(start, what);
  let b = end === undefined || end === null ? len : indexArg(end, what);
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}

/** UTF-16 offset of code point `cp` of `s` (clamped to the end). */
function cpToUnit(s: string, cp: number): number {
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
  }
  return u;
}

/** A `[start:end]` region of `s` in UTF-16 units, plus code-point facts. */
interface Region {
  /** Start and end in UTF-16 units. */
  ua: number;
  ub: number;
  /** Start and end in code points (the end clamped, the start not). */
  a: number;
  b: number;
  len: number;
  astral: boolean;
}

function region(k: TextKind, s: string, start: any, end: any): Region {
  const astral = !k.bytes && hasAstral(s);
  const len = astral ? strLen(s) : s.length;
  const [a, b] = adjust(start, end, len, k.bytes ? "bytes" : "string");
  if (!astral) return { ua: a, ub: b, a, b, len, astral };
  return { ua: cpToUnit(s, a), ub: cpToUnit(s, b), a, b, len, astral };
}

function unitToCp(s: string, u: number, astral: boolean): number {
  return astral ? strLen(s.slice(0, u)) : u;
}

function needleLen(sub: string, astral: boolean): number {
  return astral ? strLen(sub) : sub.length;
}

/** `s.find(sub, start, end)` (`rfind` when `rev`), in code points. */
export function textFind(
  k: TextKind,
  s: string,
  sub: string,
  start: any,
  end: any,
  rev: boolean,
): number {
  const r = region(k, s, start, end);
  if (r.b - r.a < needleLen(sub, r.astral)) return -1;
  let i: number;
  if (rev) {
    i = s.lastIndexOf(sub, r.ub - sub.length);
    if (i < r.ua) return -1;
  } else {
    i = s.indexOf(sub, r.ua);
    if (i < 0 || i + sub.length > r.ub) return -1;
  }
  return unitToCp(s, i, r.astral);
}

function textCount(
  k: TextKind,
  s: string,
  sub: string,
  start: any,
  end: any,
): number {
  const r = region(k, s, start, end);
  if (r.b - r.a < needleLen(sub, r.astral)) return 0;
  if (sub.length === 0) return r.b - r.a + 1;
  let n = 0;
  let i = r.ua;
  for (;;) {
    i = s.indexOf(sub, i);
    if (i < 0 || i + sub.length > r.ub) return n;
    n++;
    i += sub.length;
  }
}

function tailMatch(
  k: TextKind,
  s: string,
  fix: string,
  start: any,
  end: any,
  atEnd: boolean,
): boolean {
  const r = region(k, s, start, end);
  if (r.a > r.len || r.b - r.a < needleLen(fix, r.astral)) return false;
  return s.startsWith(fix, atEnd ? r.ub - fix.length : r.ua);
}

// ----------------------------------------------------------------- split

function splitWhitespace(
  s: string,
  maxsplit: number,
  bytes: boolean,
): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpaceCode(s.charCodeAt(i), bytes)) i++;
    if (i >= n) return out;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceCode(s.charCodeAt(j), bytes)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
}

function rsplitWhitespace(
  s: string,
  maxsplit: number,
  bytes: boolean,
): string[] {
  const out: string[] = [];
  let i = s.length;
  for (;;) {
    while (i > 0 && isSpaceCode(s.charCodeAt(i - 1), bytes)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpaceCode(s.charCodeAt(j - 1), bytes)) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) raiseValueError("empty separator");
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) raiseValueError("empty separator");
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const j = end - sep.length;
    if (j < 0) break;
    const i = s.lastIndexOf(sep, j);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029";

function splitLines(s: string, keepends: boolean, bytes: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let start = 0;
  while (i < n) {
    const c = s[i];
    const isBreak = bytes ? c === "\n" || c === "\r" : LINE_BREAKS.includes(c);
    if (!isBreak) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (c === "\r" && s[eol] === "\n") eol++;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

// ----------------------------------------------------------------- strip

function stripText(
  s: string,
  chars: string | null,
  left: boolean,
  right: boolean,
  bytes: boolean,
): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) { while (i < j && isSpaceCode(s.charCodeAt(i), bytes)) i++; }
    if (right) { while (j > i && isSpaceCode(s.charCodeAt(j - 1), bytes)) j--; }
    return s.slice(i, j);
  }
  if (!hasAstral(chars) && !hasAstral(s)) {
    if (left) { while (i < j && chars.includes(s[i])) i++; }
    if (right) { while (j > i && chars.includes(s[j - 1])) j--; }
    return s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (left) { while (a < b && set.has(cps[a])) a++; }
  if (right) { while (b > a && set.has(cps[b - 1])) b--; }
  return cps.slice(a, b).join("");
}

// --------------------------------------------------------------- replace

function replaceText(
  s: string,
  old: string,
  rep: string,
  count: number,
): string {
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = hasAstral(s) ? Array.from(s) : s.split("");
    const n = count < 0 ? cps.length + 1 : Math.min(count, cps.length + 1);
    let out = "";
    for (let i = 0; i < cps.length; i++) out += (i < n ? rep : "") + cps[i];
    return n > cps.length ? out + rep : out;
  }
  if (count < 0) return s.split(old).join(rep);
  let out = "";
  let i = 0;
  for (let done = 0; done < count; done++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + s.slice(i);
}

// -------------------------------------------------------------- arguments

/** Binds positional and keyword arguments to `names`; the first `min` are required. */
function bind(
  args: any[],
  kw: KwArgs | null,
  names: string[],
  min: number,
): any[] {
  const n = names.length;
  if (args.length > n) {
    raiseTypeError(
      `function expected at most ${n} arguments, got ${args.length}`,
    );
  }
  const out = new Array(n);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const j = names.indexOf(kw.names[i]);
      if (j < 0) raiseTypeError(`unexpected keyword argument '${kw.names[i]}'`);
      if (out[j] !== undefined) {
        raiseTypeError(
          `function got multiple values for argument '${kw.names[i]}'`,
        );
      }
      out[j] = kw.values[i];
    }
  }
  for (let i = 0; i < min; i++) {
    if (out[i] === undefined) {
      raiseTypeError("function missing required positional argument");
    }
  }
  return out;
}

function maxsplitArg(x: any): number {
  return x === undefined ? -1 : toInt(x);
}

function sepArg(k: TextKind, x: any): string | null {
  return x === undefined || x === null ? null : k.arg(x);
}

function prefixes(k: TextKind, x: any): string[] {
  if (x instanceof PyTuple) return x.items.map((p) => k.arg(p));
  return [k.arg(x)];
}

function list(k: TextKind, self: any, parts: string[]): PyList {
  return new PyList(parts.map((p) => k.wrap(self, p)));
}

function joinText(k: TextKind, self: any, iterable: any): any {
  const sep = k.self(self);
  const parts: string[] = [];
  const items = iterable instanceof PyList || iterable instanceof PyTuple
    ? iterable.items
    : null;
  const bad = (): never =>
    raiseTypeError(
      "join expects a list of str/bytes objects consistent with self object",
    );
  if (items !== null) {
    for (const x of items) parts.push(k.item(x) ?? bad());
  } else {
    const it = getIter(iterable);
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) break;
      parts.push(k.item(x) ?? bad());
    }
  }
  return k.wrap(self, parts.join(sep));
}

function center(k: TextKind, self: any, width: any, fill: any): any {
  const s = k.self(self);
  const w = toInt(width);
  let f = " ";
  if (fill !== undefined) {
    f = k.arg(fill);
    if ((k.bytes ? f.length : strLen(f)) !== 1) {
      raiseTypeError("the fill character must be exactly one character long");
    }
  }
  const len = k.bytes ? s.length : strLen(s);
  if (w <= len) return k.wrap(self, s);
  const pad = w - len;
  // MicroPython puts the odd padding character on the right
  const left = pad >> 1;
  return k.wrap(self, f.repeat(left) + s + f.repeat(pad - left));
}

function partition(k: TextKind, self: any, sepIn: any, rev: boolean): PyTuple {
  const s = k.self(self);
  const sep = k.arg(sepIn);
  if (sep.length === 0) raiseValueError("empty separator");
  const i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
  let parts: string[];
  if (i < 0) parts = rev ? ["", "", s] : [s, "", ""];
  else parts = [s.slice(0, i), sep, s.slice(i + sep.length)];
  return new PyTuple(parts.map((p) => k.wrap(self, p)));
}

/** `str.encode(encoding, errors)` / `bytes(str, encoding)`. */
function encode(self: any, args: any[], kw: KwArgs | null): any {
  const [encoding, errors] = bind(args, kw, ["encoding", "errors"], 0);
  return encodeText(
    strValue(self),
    encoding === undefined ? "utf-8" : STR_KIND.arg(encoding),
    errors === undefined ? "strict" : STR_KIND.arg(errors),
  );
}

// ------------------------------------------------------------ the table

/** Builds the methods shared by str, bytes and bytearray for one kind. */
export function makeTextMethods(k: TextKind): Record<string, PyBuiltin> {
  const find =
    (rev: boolean, raises: boolean) =>
    (self: any, sub: any, start?: any, end?: any) => {
      const i = textFind(k, k.self(self), k.needle(sub), start, end, rev);
      if (i < 0 && raises) raiseValueError("substring not found");
      return i;
    };
  const tail =
    (atEnd: boolean) => (self: any, fix: any, start?: any, end?: any) => {
      const s = k.self(self);
      for (const p of prefixes(k, fix)) {
        if (tailMatch(k, s, p, start, end, atEnd)) return true;
      }
      return false;
    };
  const strip =
    (left: boolean, right: boolean) => (self: any, chars: any = null) => {
      const s = k.self(self);
      const r = stripText(s, sepArg(k, chars), left, right, k.bytes);
      return r.length === s.length
        ? k.same(self) ?? k.wrap(self, r)
        : k.wrap(self, r);
    };
  // MicroPython classifies ASCII characters only, for str as for bytes
  const test = (ascii: (c: number) => boolean) => (self: any) =>
    allCodes(k.self(self), ascii);
  return {
    count: builtinMethod(
      "count",
      1,
      3,
      (self, sub, start, end) =>
        textCount(k, k.self(self), k.needle(sub), start, end),
    ),
    endswith: builtinMethod("endswith", 1, 3, tail(true)),
    find: builtinMethod("find", 1, 3, find(false, false)),
    format: builtinMethodVar("format", (self, args, kw) => {
      if (!k.bytes) return strFormat(strValue(self), args, kw);
      const fmt = decodeUtf8(fromLatin1(k.self(self)), true);
      return k.wrap(self, latin1(encodeUtf8(strFormat(fmt, args, kw))));
    }),
    index: builtinMethod("index", 1, 3, find(false, true)),
    isalpha: builtinMethod("isalpha", 0, 0, test(isAsciiAlpha)),
    isdigit: builtinMethod("isdigit", 0, 0, test(isAsciiDigit)),
    islower: builtinMethod(
      "islower",
      0,
      0,
      (self) => isCaseTest(k.self(self), k.bytes, false),
    ),
    isspace: builtinMethod(
      "isspace",
      0,
      0,
      (self) => allCodes(k.self(self), (c) => isSpaceCode(c, k.bytes)),
    ),
    isupper: builtinMethod(
      "isupper",
      0,
      0,
      (self) => isCaseTest(k.self(self), k.bytes, true),
    ),
    join: builtinMethod("join", 1, 1, (self, it) => joinText(k, self, it)),
    lower: builtinMethod("lower", 0, 0, (self) => {
      const s = k.self(self);
      return k.wrap(self, asciiCase(s, false));
    }),
    lstrip: builtinMethod("lstrip", 0, 1, strip(true, false)),
    replace: builtinMethodVar("replace", (self, args, kw) => {
      const [old, rep, count] = bind(args, kw, ["old", "new", "count"], 2);
      const n = count === undefined ? -1 : toInt(count);
      const s = k.self(self);
      const r = replaceText(s, k.arg(old), k.arg(rep), n);
      return r === s ? k.same(self) ?? k.wrap(self, r) : k.wrap(self, r);
    }),
    rfind: builtinMethod("rfind", 1, 3, find(true, false)),
    rindex: builtinMethod("rindex", 1, 3, find(true, true)),
    rsplit: builtinMethodVar("rsplit", (self, args, kw) => {
      const [sep, maxsplit] = bind(args, kw, ["sep", "maxsplit"], 0);
      const s = k.self(self);
      const sp = sepArg(k, sep);
      const n = maxsplitArg(maxsplit);
      return list(
        k,
        self,
        sp === null ? rsplitWhitespace(s, n, k.bytes) : rsplitSep(s, sp, n),
      );
    }),
    rstrip: builtinMethod("rstrip", 0, 1, strip(false, true)),
    split: builtinMethodVar("split", (self, args, kw) => {
      const [sep, maxsplit] = bind(args, kw, ["sep", "maxsplit"], 0);
      const s = k.self(self);
      const sp = sepArg(k, sep);
      const n = maxsplitArg(maxsplit);
      return list(
        k,
        self,
        sp === null ? splitWhitespace(s, n, k.bytes) : splitSep(s, sp, n),
      );
    }),
    startswith: builtinMethod("startswith", 1, 3, tail(false)),
    strip: builtinMethod("strip", 0, 1, strip(true, true)),
    upper: builtinMethod("upper", 0, 0, (self) => {
      const s = k.self(self);
      return k.wrap(self, asciiCase(s, true));
    }),
    // MicroPython's center() takes the width only (no fill character)
    center: builtinMethod(
      "center",
      1,
      1,
      (self, w) => center(k, self, w, undefined),
    ),
    partition: builtinMethod(
      "partition",
      1,
      1,
      (self, sep) => partition(k, self, sep, false),
    ),
    rpartition: builtinMethod(
      "rpartition",
      1,
      1,
      (self, sep) => partition(k, self, sep, true),
    ),
    splitlines: builtinMethodVar("splitlines", (self, args, kw) => {
      const [keepends] = bind(args, kw, ["keepends"], 0);
      const keep = keepends !== undefined && truthy(keepends);
      return list(k, self, splitLines(k.self(self), keep, k.bytes));
    }),
  };
}

/** The methods of str, installed into `strType` at start-up. */
export const strMethods: Record<string, PyBuiltin> = {
  ...makeTextMethods(STR_KIND),
  encode: builtinMethodVar("encode", encode),
};
