/**
 * `int` (arbitrary precision) and `bool`.
 *
 * An int is a JS `number` while it is a safe integer and a `bigint` beyond;
 * every result is normalised back to a number when it fits. `bool` values
 * are JS booleans. Instances of Python subclasses of `int` are `PyIntSub`.
 *
 * Mirrors MicroPython's `py/objint.c`, `py/objint_mpz.c` and `py/objbool.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethodVar,
  defineType,
  KwArgs,
  NotImplemented,
  Op,
  PyClassMethod,
  PyObject,
  PyType,
  UnOp,
} from "./type.ts";
import {
  intValue,
  isInt,
  normBig,
  toInt,
  truthy,
  typeName,
  typeOf,
} from "../runtime/ops.ts";
import {
  raiseMemoryError,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
  raiseZeroDivision,
} from "../runtime/raise.ts";
import {
  floatBinaryOp,
  floatType,
  isFloat,
  newFloat,
  PyFloat,
} from "./float.ts";
import { callSync } from "../runtime/call.ts";
import { complexBinaryOp, PyComplex } from "./complex.ts";
import { bufferOf, PyBytes } from "./bytes.ts";
import { parseIntLiteral } from "../runtime/numparse.ts";

const MAX = Number.MAX_SAFE_INTEGER;

/** An instance of a Python subclass of `int`. */
export class PyIntSub extends PyObject {
  constructor(type: PyType, public value: number | bigint) {
    super(type);
    this.dict = new Map();
  }
}

function big(x: number | bigint): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

function bigOp(f: () => bigint): number | bigint {
  try {
    return normBig(f());
  } catch (e) {
    return bigError(e);
  }
}

/** A bigint operation threw `e`: a too-large result, or division by zero. */
function bigError(e: unknown): never {
  if (e instanceof RangeError) {
    if (/BigInt/.test(e.message) && /zero/i.test(e.message)) {
      return raiseZeroDivision();
    }
    return raiseMemoryError("memory allocation failed, allocating bigint");
  }
  throw e;
}

/** `a + b` for ints. */
export function intAdd(
  a: number | bigint,
  b: number | bigint,
): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normBig(big(a) + big(b));
}

/** `a - b` for ints. */
export function intSub(
  a: number | bigint,
  b: number | bigint,
): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normBig(big(a) - big(b));
}

/** `a * b` for ints. */
export function intMul(
  a: number | bigint,
  b: number | bigint,
): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  let r: bigint;
  try {
    r = big(a) * big(b);
  } catch (e) {
    return bigError(e);
  }
  return normBig(r);
}

/** `a // b` for ints (floor division). */
export function intFloorDiv(
  a: number | bigint,
  b: number | bigint,
): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) return raiseZeroDivision();
    const m = a % b;
    let q = (a - m) / b;
    if (m !== 0 && (m < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  const bb = big(b);
  if (bb === 0n) return raiseZeroDivision();
  const ba = big(a);
  let q = ba / bb;
  // signs that differ are rare: test them before a second division
  if ((ba < 0n) !== (bb < 0n) && q * bb !== ba) q -= 1n;
  return normBig(q);
}

/** `a % b` for ints (sign of the divisor). */
export function intMod(
  a: number | bigint,
  b: number | bigint,
): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) return raiseZeroDivision();
    let m = a % b;
    if (m !== 0 && (m < 0) !== (b < 0)) m += b;
    return m + 0;
  }
  const bb = big(b);
  if (bb === 0n) return raiseZeroDivision();
  let m = big(a) % bb;
  if (m !== 0n && (m < 0n) !== (bb < 0n)) m += bb;
  return normBig(m);
}

/** `a ** b` for ints (float result for a negative exponent). */
export function intPow(a: number | bigint, b: number | bigint): any {
  if (b < 0) {
    const fa = intToFloat(a);
    if (fa === 0) return raiseZeroDivision("divide by zero");
    return newFloat(Math.pow(fa, intToFloat(b)));
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.pow(a, b);
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  if (a === 0 || a === 1) return a;
  if (a === -1) return Number(big(b) % 2n) === 0 ? 1 : -1;
  return bigOp(() => big(a) ** big(b));
}

/** Modular exponentiation `pow(a, b, m)`. */
export function intPowMod(
  a: number | bigint,
  b: number | bigint,
  m: number | bigint,
): number | bigint {
  let bm = big(m);
  if (bm === 0n) return raiseValueError("pow() 3rd argument cannot be 0");
  let e = big(b);
  if (e < 0n) raiseValueError("pow() 2nd argument cannot be negative");
  const neg = bm < 0n;
  if (neg) bm = -bm;
  let base = ((big(a) % bm) + bm) % bm;
  let r = 1n % bm;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % bm;
    base = (base * base) % bm;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= bm;
  return normBig(r);
}

function intShift(op: number, a: number | bigint, b: number | bigint): any {
  if (b < 0) return raiseValueError("negative shift count");
  if (op === Op.LShift) {
    if (typeof a === "number" && typeof b === "number" && b < 53) {
      const r = a * Math.pow(2, b);
      if (r <= MAX && r >= -MAX) return r;
    }
    if (a === 0) return 0;
    if (b > 1e7) return raiseOverflowError("shift too large");
    return bigOp(() => big(a) << big(b));
  }
  if (typeof a === "number") {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / Math.pow(2, Number(b)));
  }
  if (b > 1e9) return a < 0n ? -1 : 0;
  return normBig(a >> big(b));
}

function intBitOp(op: number, a: number | bigint, b: number | bigint): any {
  if (
    typeof a === "number" && typeof b === "number" &&
    a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 &&
    b <= 0x7fffffff
  ) {
    if (op === Op.And) return a & b;
    if (op === Op.Or) return a | b;
    return a ^ b;
  }
  const x = big(a);
  const y = big(b);
  if (op === Op.And) return normBig(x & y);
  if (op === Op.Or) return normBig(x | y);
  return normBig(x ^ y);
}

/** Converts an int to a JS float, raising OverflowError when too big. */
export function intToFloat(a: number | bigint | boolean): number {
  if (typeof a === "number") return a;
  if (typeof a === "boolean") return a ? 1 : 0;
  // MicroPython gives inf for an int beyond the float range
  return Number(a);
}

/** Compares two ints. */
function intCompare(
  op: number,
  a: number | bigint,
  b: number | bigint,
): boolean {
  switch (op) {
    case Op.Lt:
      return a < b;
    case Op.Gt:
      return a > b;
    case Op.Le:
      return a <= b;
    case Op.Ge:
      return a >= b;
    case Op.Eq:
      return a == b;
    default:
      return a != b;
  }
}

/** int (op) int, for ints already unwrapped to number|bigint. */
export function intIntOp(
  op: number,
  a: number | bigint,
  b: number | bigint,
): any {
  switch (op) {
    case Op.Add:
      return intAdd(a, b);
    case Op.Sub:
      return intSub(a, b);
    case Op.Mul:
      return intMul(a, b);
    case Op.FloorDiv:
      return intFloorDiv(a, b);
    case Op.Mod:
      return intMod(a, b);
    case Op.TrueDiv: {
      if (b == 0) return raiseZeroDivision();
      if (typeof a === "bigint" || typeof b === "bigint") {
        return newFloat(bigTrueDiv(big(a), big(b)));
      }
      return newFloat(a / b);
    }
    case Op.Pow:
      return intPow(a, b);
    case Op.LShift:
    case Op.RShift:
      return intShift(op, a, b);
    case Op.And:
    case Op.Or:
    case Op.Xor:
      return intBitOp(op, a, b);
    case Op.Lt:
    case Op.Gt:
    case Op.Le:
    case Op.Ge:
    case Op.Eq:
    case Op.Ne:
      return intCompare(op, a, b);
  }
  return NotImplemented;
}

function bigTrueDiv(a: bigint, b: bigint): number {
  const fa = Number(a);
  const fb = Number(b);
  if (Number.isFinite(fa) && Number.isFinite(fb)) return fa / fb;
  // scale both down to keep the quotient's precision
  const shift = BigInt(
    Math.max(a.toString(2).length, b.toString(2).length) - 1000,
  );
  if (shift > 0n) return Number(a >> shift) / Number(b >> shift);
  return fa / fb;
}

/** The `binaryOp` slot of int (and bool, int subclasses). */
export function intBinaryOp(op: number, lhs: any, rhs: any): any {
  const a = intValue(lhs);
  if (op >= 200) {
    // reflected: rhs (op) lhs where lhs is ours
    const o = op - 200;
    if (isInt(rhs)) return intIntOp(o, intValue(rhs), a);
    if (isFloat(rhs)) {
      return floatBinaryOp(o, rhs, newFloat(intToFloat(a)));
    }
    return NotImplemented;
  }
  if (op >= 100) return NotImplemented;
  if (typeof rhs === "number") {
    if (Number.isInteger(rhs)) return intIntOp(op, a, rhs);
    return intFloatOp(op, a, rhs);
  }
  if (typeof rhs === "bigint") return intIntOp(op, a, rhs);
  if (typeof rhs === "boolean") return intIntOp(op, a, rhs ? 1 : 0);
  if (rhs instanceof PyFloat) return intFloatOp(op, a, rhs.value);
  if (rhs instanceof PyComplex) {
    return complexBinaryOp(op, new PyComplex(intToFloat(a), 0), rhs);
  }
  if (rhs instanceof PyIntSub) return intIntOp(op, a, rhs.value);
  if (op === Op.Mul && typeOf(rhs).binaryOp) {
    // sequence repetition: 3 * [1]
    return NotImplemented;
  }
  return NotImplemented;
}

/** int (op) float, with exact comparisons for big ints. */
export function intFloatOp(op: number, a: number | bigint, f: number): any {
  // MicroPython compares an int with a float by converting the int to float
  return floatBinaryOp(op, newFloat(intToFloat(a)), newFloat(f));
}

function intUnaryOp(op: UnOp, x: any): any {
  const v = intValue(x);
  switch (op) {
    case UnOp.Pos:
      return v;
    case UnOp.Neg:
      return typeof v === "number" ? (v === 0 ? 0 : -v) : normBig(-v);
    case UnOp.Invert:
      return typeof v === "number" ? intSub(-v, 1) : normBig(~v);
  }
  return NotImplemented;
}

/** `int(x)` / `int(s, base)`. */
function intMakeNew(type: PyType, args: any[], kw: KwArgs | null): any {
  let v: number | bigint;
  if (args.length === 0 && (!kw || kw.size === 0)) v = 0;
  else {
    const x = args[0];
    const baseArg = args.length > 1 ? args[1] : kw?.get("base");
    if (baseArg !== undefined) {
      const base = toInt(baseArg);
      if (typeof x === "string") v = parseIntLiteral(x, base);
      else if (x instanceof PyObject && x.type.buffer) {
        v = parseIntLiteral(new TextDecoder().decode(bufferOf(x)), base);
      } else {
        return raiseTypeError("can't convert non-string with explicit base");
      }
    } else v = toIntValue(x);
  }
  if (type !== intType) return new PyIntSub(type, v);
  return v;
}

/** `int(x)` for one argument. */
export function toIntValue(x: any): number | bigint {
  if (typeof x === "number") return Number.isInteger(x) ? x : floatToInt(x);
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return parseIntLiteral(x, 10);
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (x instanceof PyIntSub) return x.value;
  if (x instanceof PyObject && x.type.buffer) {
    return parseIntLiteral(new TextDecoder().decode(bufferOf(x)), 10);
  }
  const t = typeOf(x);
  for (const name of ["__int__", "__index__"]) {
    const m = t.lookup(name);
    if (m !== undefined) {
      const r = callSync(m, [x]);
      if (!isInt(r)) {
        raiseTypeError(`${name} returned non-int (type ${typeName(r)})`);
      }
      return intValue(r);
    }
  }
  if (t.nativeBase === floatType) return floatToInt((x as any).value);
  return raiseTypeError(
    `can't convert ${t.name} to int`,
  );
}

/** Truncates a float to an int (ValueError for NaN, OverflowError for inf). */
export function floatToInt(f: number): number | bigint {
  if (Number.isNaN(f)) raiseValueError("can't convert NaN to int");
  if (!Number.isFinite(f)) raiseOverflowError("can't convert inf to int");
  const t = Math.trunc(f);
  if (t <= MAX && t >= -MAX) return t + 0;
  return normBig(BigInt(t));
}

function bytesFromInt(
  self: any,
  args: any[],
  kw: KwArgs | null,
): PyBytes {
  const v = big(intValue(self));
  const length = toInt(args[0] ?? kw?.get("length") ?? 1);
  const order = args[1] ?? kw?.get("byteorder") ?? "big";
  const signed = truthy(args[2] ?? kw?.get("signed") ?? false);
  if (length < 0) raiseValueError("negative length");
  const out = new Uint8Array(length);
  let x = v;
  if (x < 0n) {
    if (!signed) raiseOverflowError("can't convert negative int to unsigned");
    x += 1n << BigInt(8 * length);
  }
  for (let i = 0; i < length; i++) {
    out[order === "little" ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (x !== 0n) {
    raiseOverflowError(`value would overflow a ${length} byte buffer`);
  }
  if (signed && length > 0) {
    // the sign bit must match the value's sign
    const top = out[order === "little" ? length - 1 : 0] & 0x80;
    if ((top !== 0) !== (v < 0n)) {
      raiseOverflowError(`value would overflow a ${length} byte buffer`);
    }
  }
  return new PyBytes(out);
}

function intFromBytes(_cls: any, args: any[], kw: KwArgs | null): any {
  const buf = bufferOf(args[0]);
  const order = args[1] ?? kw?.get("byteorder") ?? "big";
  const signed = truthy(args[2] ?? kw?.get("signed") ?? false);
  let x = 0n;
  const n = buf.length;
  for (let i = 0; i < n; i++) {
    const byte = order === "little" ? buf[n - 1 - i] : buf[i];
    x = (x << 8n) | BigInt(byte);
  }
  if (signed && n > 0 && (x >> BigInt(8 * n - 1)) & 1n) {
    x -= 1n << BigInt(8 * n);
  }
  return normBig(x);
}

/** The `int` type. */
export const intType: PyType = defineType("int", {
  makeNew: intMakeNew,
  repr: (self: any) => String(intValue(self)),
  hash: (self: any) => {
    const v = intValue(self);
    return typeof v === "number" && v >= -0x40000000 && v < 0x40000000
      ? v
      : Number(BigInt.asIntN(32, big(v) ^ (big(v) >> 32n)));
  },
  bool: (self: any) => intValue(self) != 0,
  getAttr(self: any, name: string) {
    if (name === "real" || name === "numerator") return intValue(self);
    if (name === "imag") return 0;
    if (name === "denominator") return 1;
    return undefined;
  },
  binaryOp: intBinaryOp,
  unaryOp: intUnaryOp,
  locals: {
    to_bytes: builtinMethodVar("to_bytes", bytesFromInt),
    from_bytes: new PyClassMethod(
      builtinMethodVar("from_bytes", intFromBytes),
    ),
  },
});
intType.identityHash = false;
intType.immutable = true;

/** The `bool` type; values are JS booleans. */
export const boolType: PyType = defineType("bool", {
  base: intType,
  baseType: false,
  makeNew: (_type, args) => args.length > 0 && truthy(args[0]),
  repr: (self: any) => (self ? "True" : "False"),
  binaryOp(op: number, lhs: any, rhs: any) {
    if (
      typeof rhs === "boolean" &&
      (op === Op.And || op === Op.Or || op === Op.Xor ||
        op === Op.And + 200 || op === Op.Or + 200 || op === Op.Xor + 200)
    ) {
      const o = op >= 200 ? op - 200 : op;
      if (o === Op.And) return lhs && rhs;
      if (o === Op.Or) return lhs || rhs;
      return lhs !== rhs;
    }
    return intBinaryOp(op, lhs ? 1 : 0, rhs);
  },
});
