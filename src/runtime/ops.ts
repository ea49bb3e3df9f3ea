/**
 * Generic operations over Python values, dispatched through the type slots.
 * The fast paths for small ints and strings live here too; the code
 * generator calls these helpers (see runtime.ts for the exported names).
 *
 * Mirrors MicroPython's `py/runtime.c` (`mp_binary_op`, `mp_unary_op`, ...)
 * and `py/obj.c` (`mp_obj_is_true`, `mp_obj_equal`, `mp_obj_hash`).
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  NotImplemented,
  Op,
  PyBuiltin,
  PyType,
  STOP,
  UnOp,
} from "../objects/type.ts";
import { boolType, intType } from "../objects/int.ts";
import { floatRepr, floatType, isIntegral, PyFloat } from "../objects/float.ts";
import { strType } from "../objects/str.ts";
import { noneType } from "../objects/object.ts";
import {
  raiseIndexError,
  raiseOverflowError,
  raiseTypeError,
} from "./raise.ts";
import { tupleType } from "../objects/tuple.ts";
import { listType } from "../objects/list.ts";
import { SeqIter } from "../objects/iterators.ts";
import { callSync } from "./call.ts";
import { SYNC } from "./sync.ts";
import { isFunc } from "../objects/function.ts";
import { checkAlloc, WORD } from "./heap.ts";
import { PyException, stopIterationType } from "../objects/exception.ts";
import { callDunder as callDunderHook } from "../objects/class.ts";

const MAX = Number.MAX_SAFE_INTEGER;
const MIN = -Number.MAX_SAFE_INTEGER;

/** The Python type of any value. */
export function typeOf(x: any): PyType {
  switch (typeof x) {
    case "number":
      return isIntegral(x) ? intType : floatType;
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    case "object":
      return x === null ? noneType : x.type;
  }
  return internalValue(x);
}

function internalValue(x: any): never {
  raiseTypeError(`internal error: not a Python value (${typeof x})`);
}

/** The name of a value's type, for error messages. */
export function typeName(x: any): string {
  return typeOf(x).name;
}

/** True when `x` is an instance of `t` (or a subclass). */
export function isInstance(x: any, t: PyType): boolean {
  const xt = typeOf(x);
  return xt === t || xt.isSubclass(t);
}

// ----------------------------------------------------------- repr and str

/** `repr(x)`. */
export function pyRepr(x: any): string {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case "bigint":
      return x.toString();
    case "string":
      return strRepr(x);
    case "boolean":
      return x ? "True" : "False";
  }
  if (x === null) return "None";
  const t: PyType = x.type;
  if (t.repr) return t.repr(x);
  return defaultRepr(x);
}

/** `<Foo object at 0x...>`. */
export function defaultRepr(x: any): string {
  const t = typeOf(x);
  const name = t.module && t.module !== "builtins" && !t.native
    ? t.name
    : t.name;
  return `<${name} object at ${idHex(x)}>`;
}

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

/** A stable id for an object (`id()`). */
export function objectId(x: any): number {
  if (typeof x !== "object" || x === null) {
    if (x === null) return 0x7f00000000a0;
    if (typeof x === "boolean") return x ? 0x7f00000000b0 : 0x7f00000000c0;
    if (typeof x === "number") {
      return Number.isInteger(x) ? x * 2 + 1 : hashValue(x) >>> 0;
    }
    return hashValue(x) >>> 0;
  }
  let id = ids.get(x);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(x, id);
  }
  return id;
}

/** `0x...` form of an object's id. */
export function idHex(x: any): string {
  return "0x" + objectId(x).toString(16);
}

/** `str(x)`. */
export function pyStr(x: any): string {
  if (typeof x === "string") return x;
  if (typeof x === "object" && x !== null) {
    const t: PyType = x.type;
    if (t.str) return t.str(x);
  }
  return pyRepr(x);
}

/** repr of a str: quotes chosen as Python does, escapes applied. */
export function strRepr(s: string): string {
  let q = "'";
  if (s.includes("'") && !s.includes('"')) q = '"';
  let out = q;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c < 0x20 || c === 0x7f) {
      out += "\\x" + c.toString(16).padStart(2, "0");
    } else if (s[i] === q) out += "\\" + q;
    else out += s[i];
  }
  return out + q;
}

// ------------------------------------------------------------------- truth

/** Python truthiness. */
export function truthy(x: any): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return x !== 0n;
  }
  if (x === null) return false;
  const t: PyType = x.type;
  if (t.bool) return t.bool(x);
  if (t.len) return t.len(x) !== 0;
  return true;
}

// -------------------------------------------------------------------- hash

/** Internal 32-bit hash consistent with `eq` (1, 1.0 and True collide). */
export function hashValue(x: any): number {
  switch (typeof x) {
    case "number":
      return Number.isSafeInteger(x) && x >= -0x40000000 && x < 0x40000000
        ? x
        : hashNumber(x);
    case "string":
      return strHash(x);
    case "boolean":
      return x ? 1 : 0;
    case "bigint":
      return Number(BigInt.asIntN(32, x ^ (x >> 32n)));
  }
  if (x === null) return 0x5a5a;
  const t: PyType = x.type;
  if (t.hash) return t.hash(x);
  return objectId(x) | 0;
}

function hashNumber(x: number): number {
  if (Number.isInteger(x)) {
    if (Number.isSafeInteger(x)) return (x ^ (x / 0x100000000)) | 0;
    return hashValue(BigInt(x));
  }
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  const buf = new Float64Array([x]);
  const u = new Int32Array(buf.buffer);
  return (u[0] ^ u[1]) | 0;
}

/** FNV-1a hash of a string (like MicroPython's qstr hash, but 32-bit). */
export function strHash(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = Math.imul(h, 33) ^ s.charCodeAt(i);
  return h | 0;
}

// ---------------------------------------------------------------- equality

/** Python `==` as a JS boolean. */
export function eq(a: any, b: any): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value));
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== "object" || a === null) {
    if (tb !== "object" || b === null) {
      // two distinct primitives: only bool/int mixes can be equal
      if (ta === "boolean") return (a ? 1 : 0) === b;
      if (tb === "boolean") return (b ? 1 : 0) === a;
      return false;
    }
  }
  return truthy(compareOp(Op.Eq, a, b));
}

// ------------------------------------------------------------ binary ops

const OP_NAMES = [
  "__add__",
  "__sub__",
  "__mul__",
  "__matmul__",
  "__truediv__",
  "__floordiv__",
  "__mod__",
  "__pow__",
  "__lshift__",
  "__rshift__",
  "__and__",
  "__or__",
  "__xor__",
  "__lt__",
  "__gt__",
  "__le__",
  "__ge__",
  "__eq__",
  "__ne__",
];

/** Dunder name of an op (`Op.Add` → `__add__`, `Op.Add + 100` → `__iadd__`). */
export function opName(op: number): string {
  if (op >= 200) return REFLECTED_NAMES[op - 200];
  if (op >= 100) return INPLACE_NAMES[op - 100];
  return OP_NAMES[op];
}

const REFLECTED_NAMES = OP_NAMES.map((n) => "__r" + n.slice(2));
const INPLACE_NAMES = OP_NAMES.map((n) => "__i" + n.slice(2));

/** Generic binary operator (`+ - * ...` and their in-place forms). */
export function binaryOp(op: number, a: any, b: any): any {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let r: any = NotImplemented;
  if (op >= 100) {
    // in-place: try the in-place form, then the plain one
    if (ta.binaryOp) r = ta.binaryOp(op, a, b);
    if (r !== NotImplemented) return r;
    op -= 100;
  }
  // A subclass on the right that overrides the reflected op goes first.
  if (tb !== ta && !tb.native && tb.isSubclass(ta) && tb.binaryOp) {
    r = tb.binaryOp(op + 200, b, a);
    if (r !== NotImplemented) return r;
  }
  if (ta.binaryOp) r = ta.binaryOp(op, a, b);
  if (r !== NotImplemented) return r;
  return reflectedOp(op, a, b, ta, tb, r);
}

/** The end of `binaryOp` once the left operand declined: the right one's reflected method. */
function reflectedOp(
  op: number,
  a: any,
  b: any,
  ta: PyType,
  tb: PyType,
  r: any,
): any {
  if (tb.binaryOp && (tb !== ta || !ta.native)) {
    r = tb.binaryOp(op + 200, b, a);
    if (r !== NotImplemented) return r;
  }
  if (op === Op.Mod && typeof a === "string") {
    return r;
  }
  return raiseTypeError(
    `unsupported types for ${OP_NAMES[op]}: '${ta.name}', '${tb.name}'`,
  );
}

/**
 * `a op b` (not in-place) with an instance of a Python class on the left
 * (`a.type.fastAttrs`), from plain code: when the right operand is of the
 * same class or a native type (so no reflected method goes first) and the
 * special method has a plain version that may run here, it is called at
 * once, as `userBinaryOp` would after several calls; anything else takes
 * `binaryOp`.
 */
export function instanceBinaryOp(op: number, a: any, b: any): any {
  const ta: PyType = a.type;
  if (SYNC.fn !== null) {
    const tb = typeOf(b);
    if (tb === ta || tb.native) {
      const m = ta.lookup(OP_NAMES[op]);
      if (isFunc(m) && m.simple === 2 && m.sync !== null && m.code.syncOK) {
        const r = m.sync(a, b);
        if (r !== NotImplemented) return r;
        return reflectedOp(op, a, b, ta, tb, r);
      }
    }
  }
  return binaryOp(op, a, b);
}

const SWAPPED: Record<number, number> = {
  [Op.Lt]: Op.Gt,
  [Op.Gt]: Op.Lt,
  [Op.Le]: Op.Ge,
  [Op.Ge]: Op.Le,
  [Op.Eq]: Op.Eq,
  [Op.Ne]: Op.Ne,
};

/** Rich comparison (`< > <= >= == !=`), returning a Python value. */
export function compareOp(op: number, a: any, b: any): any {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let r: any = NotImplemented;
  if (tb !== ta && !tb.native && tb.isSubclass(ta) && tb.binaryOp) {
    r = tb.binaryOp(SWAPPED[op], b, a);
    if (r !== NotImplemented) return r;
  }
  if (ta.binaryOp) r = ta.binaryOp(op, a, b);
  if (r !== NotImplemented) return r;
  if (tb.binaryOp) {
    r = tb.binaryOp(SWAPPED[op], b, a);
    if (r !== NotImplemented) return r;
  }
  if (op === Op.Eq) return a === b;
  if (op === Op.Ne) return a !== b;
  return raiseTypeError(
    `unsupported types for ${OP_NAMES[op]}: '${ta.name}', '${tb.name}'`,
  );
}

/** `a < b` etc. with the int/str/float fast paths, as a JS boolean. */
export function lt(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return truthy(compareOp(Op.Lt, a, b));
}

/** Compares two arrays lexicographically (tuples, lists). */
export function compareSeq(op: number, a: any[], b: any[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!eq(a[i], b[i])) {
      if (op === Op.Eq) return false;
      if (op === Op.Ne) return true;
      return truthy(compareOp(op, a[i], b[i]));
    }
  }
  switch (op) {
    case Op.Eq:
      return a.length === b.length;
    case Op.Ne:
      return a.length !== b.length;
    case Op.Lt:
      return a.length < b.length;
    case Op.Le:
      return a.length <= b.length;
    case Op.Gt:
      return a.length > b.length;
    default:
      return a.length >= b.length;
  }
}

// ------------------------------------------------------------- unary ops

const UNARY_NAMES = ["__pos__", "__neg__", "__invert__", "__not__"];

/** `+x`, `-x`, `~x`. */
export function unaryOp(op: UnOp, x: any): any {
  if (typeof x === "number") {
    if (op === UnOp.Neg) return x === 0 ? 0 : -x;
    if (op === UnOp.Pos) return x;
  }
  const t = typeOf(x);
  if (!t.native) {
    // a user method's result is returned as is, even NotImplemented
    const m = t.lookup(UNARY_NAMES[op]);
    if (m !== undefined && !(m instanceof PyBuiltin)) {
      return callDunderHook(x, m, []);
    }
  }
  if (t.unaryOp) {
    const r = t.unaryOp(op, x);
    if (r !== NotImplemented) return r;
  }
  return raiseTypeError(
    `unsupported type for ${UNARY_NAMES[op]}: '${t.name}'`,
  );
}

// ----------------------------------------------------- numbers & indices

/** Normalises a bigint back to a number when it is a safe integer. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** True for Python ints (incl. bool and int subclasses). */
export function isInt(x: any): boolean {
  const t = typeof x;
  return (t === "number" && isIntegral(x)) || t === "bigint" ||
    t === "boolean" ||
    (t === "object" && x !== null && x.type.nativeBase === intType);
}

/** The int value of an int-like (bool → 0/1, int subclass → its value). */
export function intValue(x: any): number | bigint {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return x.value;
}

/** Converts an index-like to a JS number (for sequence indexing). */
export function toIndex(x: any, _what?: string): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") {
    return raiseIndexError("index out of range") as never;
  }
  if (isInt(x)) return Number(intValue(x));
  const m = typeOf(x).lookup("__index__");
  if (m !== undefined) return toIndex(callSync(m, [x]));
  return raiseTypeError(
    `${_what ?? "sequence"} indices must be integers, not ${typeName(x)}`,
  );
}

/** Converts to a JS integer for a function argument (raises TypeError). */
export function toInt(x: any): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") {
    return raiseOverflowError("overflow converting long int to machine word");
  }
  if (isInt(x)) return Number(intValue(x));
  const m = typeOf(x).lookup("__index__");
  if (m !== undefined) return toInt(callSync(m, [x]));
  return raiseTypeError(`can't convert ${typeName(x)} to int`);
}

/** Converts an int-like to number|bigint (TypeError otherwise). */
export function toBigOrNum(x: any): number | bigint {
  if (isInt(x)) return intValue(x);
  const m = typeOf(x).lookup("__index__");
  if (m !== undefined) return toBigOrNum(callSync(m, [x]));
  return raiseTypeError(`can't convert ${typeName(x)} to int`);
}

/** Number of repetitions for `seq * n`, or undefined when `n` is not an int. */
export function seqRepeatCount(n: any): number | undefined {
  if (!isInt(n)) return undefined;
  const v = intValue(n);
  if (typeof v === "bigint") {
    if (v < 0n) return 0;
    return raiseOverflowError("small int overflow") as never;
  }
  return v < 0 ? 0 : v;
}

// ------------------------------------------------------------ iteration

/** `iter(x)`. */
export function getIter(x: any): any {
  const t = typeOf(x);
  if (t.iter) return t.iter(x);
  if (t.getItem) return new SeqIter(x);
  return raiseTypeError(`'${t.name}' object isn't iterable`);
}

/** `next(it)` returning `STOP` at the end (a StopIteration raised by `__next__` ends it too). */
export function iterNext(it: any): any {
  const t = typeOf(it);
  if (t.iterNext) {
    if (t.native) return t.iterNext(it);
    try {
      return t.iterNext(it);
    } catch (e) {
      if (e instanceof PyException && e.type.isSubclass(stopIterationType)) {
        return STOP;
      }
      throw e;
    }
  }
  return raiseTypeError(`'${t.name}' object isn't an iterator`);
}

/** The raw `__next__`: `STOP` from native iterators, StopIteration from Python ones propagates. */
export function iterNextRaw(it: any): any {
  const t = typeOf(it);
  if (t.iterNext) return t.iterNext(it);
  return raiseTypeError(`'${t.name}' object isn't an iterator`);
}

/** Collects an iterable into a JS array (a fresh copy). */
export function iterToArray(x: any): any[] {
  const t = x?.type;
  if (t === tupleType || t === listType) {
    return x.items.slice();
  }
  if (typeof x === "string") return Array.from(x);
  const it = getIter(x);
  const out: any[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return out;
    out.push(v);
    if ((out.length & 0xffff) === 0) checkAlloc(out.length * WORD);
  }
}

/** `len(x)`. */
export function pyLen(x: any): number {
  if (typeof x === "string") return strLen(x);
  const t = typeOf(x);
  if (t.len) return t.len(x);
  return raiseTypeError(`object of type '${t.name}' has no len()`);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length of a str in code points. */
export function strLen(s: string): number {
  if (s.length < 2 || !SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}

/** True when a str has characters outside the BMP. */
export function hasAstral(s: string): boolean {
  if (s.length < 2) return false;
  // code often indexes the same string again and again
  if (s === lastAstral) return lastAstralResult;
  lastAstral = s;
  return (lastAstralResult = SURROGATE.test(s));
}
// a cache of a pure function (no engine state)
let lastAstral = "";
let lastAstralResult = false;

/** Index of `x` in `items` from `start` (Python equality), or -1. */
export function seqIndex(items: any[], x: any, start: number): number {
  // a number or str equals an item of its own JS type only when identical
  // (integral floats, NaN and str subclasses are objects): no `eq` call for
  // those items
  const t = typeof x;
  if (t === "number" || t === "string") {
    for (let i = start; i < items.length; i++) {
      const v = items[i];
      if (v === x || (typeof v !== t && eq(v, x))) return i;
    }
    return -1;
  }
  for (let i = start; i < items.length; i++) {
    if (items[i] === x || eq(items[i], x)) return i;
  }
  return -1;
}

/** Count of items equal to `x`. */
export function seqCount(items: any[], x: any): number {
  let n = 0;
  const t = typeof x;
  if (t === "number" || t === "string") {
    // as in seqIndex: items of x's own JS type need no eq()
    for (const it of items) if (it === x || (typeof it !== t && eq(it, x))) n++;
    return n;
  }
  for (const it of items) if (it === x || eq(it, x)) n++;
  return n;
}

export { MAX as MAX_SAFE, MIN as MIN_SAFE, NotImplemented, STOP };
