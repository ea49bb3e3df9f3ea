/**
 * `float`: IEEE double.
 *
 * Representation: a JS number is an `int` when it is integral, and a
 * `float` otherwise. So a float whose value is fractional or infinite is a
 * plain JS number (no allocation); a float with an integral value (`2.0`,
 * `-0.0`) or NaN is a boxed `PyFloat`, which keeps it distinct from the
 * int of the same value (and keeps `x is x` true for NaN). A `PyFloat` is
 * valid for any value, so producers may always box; `newFloat` picks the
 * cheap form. Consumers use `isFloat`/`floatValue`, and an int check on a
 * JS number must test that it is integral.
 *
 * Mirrors MicroPython's `py/objfloat.c`. `repr` is the shortest string that
 * round-trips, formatted as Python formats it (`1e+16`, `0.0001`, `1e-05`).
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  defineType,
  NotImplemented,
  Op,
  PyObject,
  PyType,
  UnOp,
} from "./type.ts";
import { floatToInt, intToFloat } from "./int.ts";
import { complexBinaryOp, PyComplex } from "./complex.ts";
import { intValue, isInt, typeName, typeOf } from "../runtime/ops.ts";
import {
  raiseTypeError,
  raiseValueError,
  raiseZeroDivision,
} from "../runtime/raise.ts";
import { callSync } from "../runtime/call.ts";
import { parseFloatLiteral } from "../runtime/numparse.ts";
import { bufferOf } from "./bytes.ts";

/** A float value. */
export class PyFloat extends PyObject {
  constructor(public value: number) {
    super(floatType);
  }
}

/**
 * `Number.isInteger(v)` for a JS number: `v - Math.floor(v)` is 0 exactly
 * for integral values, and NaN for infinities and NaN. V8's optimizing
 * tiers inline `Math.floor`, while `Number.isInteger` stays a builtin call
 * in Maglev code, which runs most of a program's first run.
 */
export function isIntegral(v: number): boolean {
  return v - Math.floor(v) === 0;
}

/** Makes a float: a raw JS number when fractional or infinite, else boxed. */
export function newFloat(v: number): any {
  return isIntegral(v) || v !== v ? new PyFloat(v) : v;
}

/** True for a float of any form, subclass instances included. */
export function isFloat(x: any): boolean {
  return x instanceof PyFloat || (typeof x === "number" && !isIntegral(x));
}

/** The value of a float, raw or boxed. */
export function floatValue(x: any): number {
  return typeof x === "number" ? x : x.value;
}

/** The double nearest to 10**k. */
function pow10(k: number): number {
  return Number("1e" + k);
}

/** The exact value of a finite double as a ratio of bigints (num / den). */
function exactRatio(v: number): [bigint, bigint] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

/**
 * The decimal digits MicroPython's repr prints for a positive finite
 * float: its decimal exponent `e` is the largest with `f >= 10**e` (compared
 * as doubles), and the mantissa of `n` digits is `f * 10**(n-1-e)` rounded
 * half up; `n` grows from 16 until the text reads back as the same float.
 */
function mpReprDigits(f: number): [string, number] {
  let e = Math.floor(Math.log10(f));
  while (e < 308 && f >= pow10(e + 1)) e++;
  while (f < pow10(e)) e--;
  const [num, den] = exactRatio(f);
  for (let n = 16; n <= 17; n++) {
    const d = n - 1 - e;
    let m: bigint;
    const p = 10n ** BigInt(Math.abs(d));
    if (d >= 0) m = (2n * num * p + den) / (2n * den);
    else m = (2n * num + den * p) / (2n * den * p);
    let digits = m.toString();
    let ee = e;
    if (digits.length > n) {
      digits = digits.slice(0, n);
      ee++;
    }
    const text = digits[0] + "." + digits.slice(1) + "e" + ee;
    if (Number(text) === f || n === 17) {
      return [digits.replace(/0+$/, "") || "0", ee];
    }
  }
  return ["0", 0];
}

/**
 * `repr(float)` as MicroPython prints it: 16 significant digits (more only
 * when needed to read back the same float), in Python's layout (`1e+16`,
 * `0.0001`, `1e-05`), e.g. `99.99` prints as `99.98999999999999`.
 */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const [digits, exp] = mpReprDigits(Math.abs(v));
  const sign = v < 0 ? "-" : "";
  if (exp < -4 || exp >= 16) {
    const m = digits[0] + (digits.length > 1 ? "." + digits.slice(1) : "");
    return sign + m + "e" + (exp < 0 ? "-" : "+") +
      String(Math.abs(exp)).padStart(2, "0");
  }
  if (exp >= 0) {
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
    const frac = digits.slice(exp + 1) || "0";
    return sign + intPart + "." + frac;
  }
  return sign + "0." + "0".repeat(-exp - 1) + digits;
}

/** The float value of a number-like (int, bool, float), or undefined. */
export function toFloatOpt(x: any): number | undefined {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return intToFloat(x);
  if (x instanceof PyObject) {
    const nb = x.type.nativeBase;
    if (nb === floatType) return (x as any).value;
    if (isInt(x)) return intToFloat(intValue(x));
  }
  return undefined;
}

/** `float(x)` conversion for math functions (TypeError if impossible). */
export function toFloat(x: any): number {
  const f = toFloatOpt(x);
  if (f !== undefined) return f;
  const m = typeOf(x).lookup("__float__");
  if (m !== undefined) {
    const r = callSync(m, [x]);
    if (!isFloat(r)) {
      raiseTypeError("__float__ returned non-float");
    }
    return floatValue(r);
  }
  return raiseTypeError(`can't convert ${typeName(x)} to float`);
}

/** Python float modulo (sign of the divisor). */
export function floatMod(a: number, b: number): number {
  if (b === 0) return raiseZeroDivision();
  let m = a % b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

/** Python float floor division. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) return raiseZeroDivision();
  let m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) {
    m += b;
    div -= 1;
  }
  if (div !== 0) {
    let fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1;
    return fd;
  }
  const q = a / b;
  return q < 0 || Object.is(q, -0) ? -0 : 0;
}

/** float ** float as Python computes it. */
export function floatPow(a: number, b: number): any {
  if (a === 0 && b < 0 && Number.isFinite(b)) {
    return raiseZeroDivision("0.0 to a negative power");
  }
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    // negative base, fractional exponent: complex result
    const r = Math.pow(-a, b);
    const ang = Math.PI * b;
    return new PyComplex(r * Math.cos(ang), r * Math.sin(ang));
  }
  if (a === 1 || b === 0 || (a === -1 && (b === Infinity || b === -Infinity))) {
    return new PyFloat(1);
  }
  return newFloat(Math.pow(a, b));
}

function cmp(op: number, a: number, b: number): boolean {
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
      return a === b;
    default:
      return a !== b;
  }
}

/** float (op) float. */
export function floatOp(op: number, a: number, b: number): any {
  switch (op) {
    case Op.Add:
      return newFloat(a + b);
    case Op.Sub:
      return newFloat(a - b);
    case Op.Mul:
      return newFloat(a * b);
    case Op.TrueDiv:
      if (b === 0) return raiseZeroDivision();
      return newFloat(a / b);
    case Op.FloorDiv:
      return newFloat(floatFloorDiv(a, b));
    case Op.Mod:
      return newFloat(floatMod(a, b));
    case Op.Pow:
      return floatPow(a, b);
    case Op.Lt:
    case Op.Gt:
    case Op.Le:
    case Op.Ge:
    case Op.Eq:
    case Op.Ne:
      return cmp(op, a, b);
  }
  return NotImplemented;
}

/** The `binaryOp` slot of float. */
export function floatBinaryOp(op: number, lhs: any, rhs: any): any {
  const a = floatValue(lhs);
  if (op >= 200) {
    const b = toFloatOpt(rhs);
    if (b === undefined) return NotImplemented;
    return floatOp(op - 200, b, a);
  }
  if (op >= 100) return NotImplemented;
  if (rhs instanceof PyComplex) {
    return complexBinaryOp(op, new PyComplex(a, 0), rhs);
  }
  const b = toFloatOpt(rhs);
  if (b === undefined) return NotImplemented;
  return floatOp(op, a, b);
}

/** Hash of a float: equal to the int hash when the value is integral. */
export function floatHash(v: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 0x40000000) return v;
  if (Number.isNaN(v)) return 0;
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  if (Number.isInteger(v) && Number.isSafeInteger(v)) {
    return (v ^ (v / 0x100000000)) | 0;
  }
  if (Number.isInteger(v)) {
    const b = BigInt(v);
    return Number(BigInt.asIntN(32, b ^ (b >> 32n)));
  }
  const buf = new Float64Array([v]);
  const u = new Int32Array(buf.buffer);
  return (u[0] ^ u[1]) | 0;
}

function floatMakeNew(type: PyType, args: any[]): any {
  let v = 0;
  if (args.length > 1) raiseTypeError("function takes at most 1 argument");
  if (args.length === 1) {
    const x = args[0];
    if (typeof x === "string") v = parseFloatLiteral(x);
    else if (
      x instanceof PyObject &&
      (x.type.name === "bytes" || x.type.name === "bytearray")
    ) {
      v = parseFloatLiteral(new TextDecoder().decode(bufferOf(x)));
    } else v = toFloat(x);
  }
  if (type === floatType) return newFloat(v);
  const f = new PyFloat(v);
  f.type = type;
  f.dict = new Map();
  return f;
}

/** The `float` type. */
export const floatType: PyType = defineType<PyFloat>("float", {
  makeNew: floatMakeNew,
  repr: (self: any) => floatRepr(floatValue(self)),
  hash: (self: any) => floatHash(floatValue(self)),
  bool: (self: any) => floatValue(self) !== 0,
  binaryOp: floatBinaryOp,
  unaryOp(op: UnOp, self: PyFloat) {
    switch (op) {
      case UnOp.Pos:
        return newFloat(floatValue(self));
      case UnOp.Neg:
        return newFloat(-floatValue(self));
    }
    return NotImplemented;
  },
  locals: {},
});
floatType.identityHash = false;
floatType.immutable = true;

export { floatToInt, raiseValueError };
