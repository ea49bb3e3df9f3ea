/**
 * `str`: JS strings indexed by code point.
 *
 * A str value is a JS `string`. Indexing, slicing and `len` count code
 * points, so text outside the BMP behaves as in Python; strings without
 * surrogates take the plain UTF-16 fast paths. Instances of Python
 * subclasses of `str` are `PyStrSub`. The methods live in str_methods.ts.
 *
 * Mirrors MicroPython's `py/objstr.c` and `py/objstrunicode.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  defineType,
  KwArgs,
  NotImplemented,
  Op,
  PyObject,
  PyType,
  STOP,
} from "./type.ts";
import {
  hasAstral,
  pyRepr,
  pyStr,
  seqRepeatCount,
  strHash,
  strLen,
  strRepr,
  toIndex,
  typeName,
} from "../runtime/ops.ts";
import { raiseIndexError, raiseTypeError } from "../runtime/raise.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { percentFormat } from "../runtime/format.ts";
import { checkAlloc } from "../runtime/heap.ts";
import { bufferOf, decodeBytes } from "./bytes.ts";

/** An instance of a Python subclass of `str`. */
export class PyStrSub extends PyObject {
  constructor(type: PyType, public value: string) {
    super(type);
    this.dict = new Map();
  }
}

/** The JS string of a str or str-subclass instance. */
export function strValue(x: any): string {
  return typeof x === "string" ? x : (x as PyStrSub).value;
}

/** True for str and str-subclass instances. */
export function isStr(x: any): boolean {
  return typeof x === "string" || x instanceof PyStrSub;
}

/** Code points of a string as an array of strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** `s[i]` by code point. */
export function strIndex(s: string, index: any): string {
  let i = typeof index === "number" && (index | 0) === index
    ? index
    : toIndex(index, "string");
  if (i >= 0 && i < 16 && i < s.length) {
    // code point i is UTF-16 unit i when no surrogate comes before it: a
    // short scan instead of testing the whole string
    let j = 0;
    while (j <= i && (s.charCodeAt(j) & 0xf800) !== 0xd800) j++;
    if (j > i) return s[i];
  }
  if (!hasAstral(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raiseIndexError("string index out of range");
    return s[i];
  }
  const cps = codePoints(s);
  if (i < 0) i += cps.length;
  if (i < 0 || i >= cps.length) raiseIndexError("string index out of range");
  return cps[i];
}

/** `s[slice]` by code point. */
export function strSlice(s: string, sl: PySlice): string {
  if (!hasAstral(s)) {
    const [start, stop, step, len] = sliceIndices(sl, s.length);
    if (step === 1) return s.slice(start, stop);
    let out = "";
    for (let i = 0, j = start; i < len; i++, j += step) out += s[j];
    return out;
  }
  const cps = codePoints(s);
  const [start, stop, step, len] = sliceIndices(sl, cps.length);
  if (step === 1) return cps.slice(start, stop).join("");
  let out = "";
  for (let i = 0, j = start; i < len; i++, j += step) out += cps[j];
  return out;
}

function strGetItem(self: any, index: any): any {
  const s = strValue(self);
  if (index instanceof PySlice) return strSlice(s, index);
  return strIndex(s, index);
}

/** Iterator over the code points of a str. */
export class PyStrIter extends PyObject {
  declare i: number;
  constructor(public s: string) {
    super(strIterType);
    this.i = 0;
  }
}

export const strIterType: PyType = defineType<PyStrIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyStrIter) {
    const s = self.s;
    const i = self.i;
    if (i >= s.length) return STOP;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      self.i = i + 2;
      return s.slice(i, i + 2);
    }
    self.i = i + 1;
    return s[i];
  },
});

function strBinaryOp(op: number, lhs: any, rhs: any): any {
  const a = strValue(lhs);
  if (op >= 200) {
    if (op === Op.Mul + 200) return strBinaryOp(Op.Mul, lhs, rhs);
    return NotImplemented;
  }
  if (op >= 100) return NotImplemented;
  switch (op) {
    case Op.Add:
      if (isStr(rhs)) return a + strValue(rhs);
      return NotImplemented;
    case Op.Mul: {
      const n = seqRepeatCount(rhs);
      if (n === undefined) return NotImplemented;
      checkAlloc(n * a.length);
      return a.repeat(n);
    }
    case Op.Mod:
      return percentFormat(a, rhs);
    case Op.Eq:
      return isStr(rhs) ? a === strValue(rhs) : NotImplemented;
    case Op.Ne:
      return isStr(rhs) ? a !== strValue(rhs) : NotImplemented;
    case Op.Lt:
    case Op.Le:
    case Op.Gt:
    case Op.Ge: {
      if (!isStr(rhs)) return NotImplemented;
      const b = strValue(rhs);
      const c = compareCodePoints(a, b);
      if (op === Op.Lt) return c < 0;
      if (op === Op.Le) return c <= 0;
      if (op === Op.Gt) return c > 0;
      return c >= 0;
    }
  }
  return NotImplemented;
}

/** Compares strings by code point (UTF-16 order differs above the BMP). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // UTF-16 order is code point order unless a surrogate is involved
      if ((x & 0xf800) !== 0xd800 && (y & 0xf800) !== 0xd800) return x - y;
      return compareAstral(a, b);
    }
  }
  return a.length - b.length;
}

/** `compareCodePoints` for strings with characters above the BMP. */
function compareAstral(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function strMakeNew(type: PyType, args: any[], kw: KwArgs | null): any {
  let s = "";
  if (args.length > 3) raiseTypeError("function takes at most 3 arguments");
  if (args.length >= 1 || (kw && kw.size)) {
    const x = args.length > 0 ? args[0] : kw?.get("object") ?? "";
    const encoding = args[1] ?? kw?.get("encoding");
    if (encoding !== undefined) {
      const errors = args[2] ?? kw?.get("errors");
      s = decodeBytes(
        bufferOf(x),
        strValue(encoding),
        errors === undefined ? "strict" : strValue(errors),
      );
    } else s = pyStr(x);
  }
  if (type !== strType) return new PyStrSub(type, s);
  return s;
}

/** The `str` type. */
export const strType: PyType = defineType("str", {
  makeNew: strMakeNew,
  repr: (self: any) => strRepr(strValue(self)),
  str: (self: any) => strValue(self),
  hash: (self: any) => strHash(strValue(self)),
  bool: (self: any) => strValue(self).length !== 0,
  len: (self: any) => strLen(strValue(self)),
  binaryOp: strBinaryOp,
  iter: (self: any) => new PyStrIter(strValue(self)),
  getItem: strGetItem,
  contains(self: any, x: any) {
    if (!isStr(x)) {
      raiseTypeError(
        `'in <string>' requires string as left operand, not ${typeName(x)}`,
      );
    }
    return strValue(self).includes(strValue(x));
  },
});
strType.identityHash = false;
strType.immutable = true;

export { pyRepr };
