/**
 * `complex`. Mirrors MicroPython's `py/objcomplex.c`.
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
import { floatRepr, newFloat, PyFloat, toFloat, toFloatOpt } from "./float.ts";
import { raiseTypeError, raiseZeroDivision } from "../runtime/raise.ts";
import { parseComplexLiteral } from "../runtime/numparse.ts";
import { typeOf } from "../runtime/ops.ts";
import { callSync } from "../runtime/call.ts";

/** A complex number. */
export class PyComplex extends PyObject {
  constructor(public real: number, public imag: number) {
    super(complexType);
  }
}

function fmt(v: number): string {
  const r = floatRepr(v);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

/** `repr(complex)`: `(1+2j)`, `2j`. */
export function complexRepr(c: PyComplex): string {
  if (c.real === 0) return fmt(c.imag) + "j";
  const im = fmt(c.imag);
  return "(" + fmt(c.real) + (im[0] === "-" ? "" : "+") + im + "j)";
}

function toComplexOpt(x: any): PyComplex | undefined {
  if (x instanceof PyComplex) return x;
  const f = toFloatOpt(x);
  return f === undefined ? undefined : new PyComplex(f, 0);
}

/** complex (op) complex. */
export function complexBinaryOp(op: number, lhs: any, rhs: any): any {
  let a = toComplexOpt(lhs);
  let b = toComplexOpt(rhs);
  if (a === undefined || b === undefined) return NotImplemented;
  if (op >= 200) {
    [a, b] = [b, a];
    op -= 200;
  } else if (op >= 100) return NotImplemented;
  switch (op) {
    case Op.Add:
      return new PyComplex(a.real + b.real, a.imag + b.imag);
    case Op.Sub:
      return new PyComplex(a.real - b.real, a.imag - b.imag);
    case Op.Mul:
      return new PyComplex(
        a.real * b.real - a.imag * b.imag,
        a.real * b.imag + a.imag * b.real,
      );
    case Op.TrueDiv: {
      const d = b.real * b.real + b.imag * b.imag;
      if (d === 0) return raiseZeroDivision("complex divide by zero");
      return new PyComplex(
        (a.real * b.real + a.imag * b.imag) / d,
        (a.imag * b.real - a.real * b.imag) / d,
      );
    }
    case Op.Pow:
      return complexPow(a, b);
    case Op.Eq:
      return a.real === b.real && a.imag === b.imag;
    case Op.Ne:
      return a.real !== b.real || a.imag !== b.imag;
    case Op.FloorDiv:
    case Op.Mod:
      return raiseTypeError("can't truncate a complex number");
  }
  return NotImplemented;
}

/**
 * `abs()` of a complex: `sqrt(re*re + im*im)`, as MicroPython computes it
 * (not `hypot`: the last digit can differ, and it overflows to inf and
 * underflows to 0 where `hypot` would not).
 */
export function complexAbs(re: number, im: number): number {
  return Math.sqrt(re * re + im * im);
}

function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  if (a.real === 0 && a.imag === 0) {
    if (b.imag === 0 && b.real === 0) return new PyComplex(1, 0);
    if (b.imag !== 0 || b.real < 0) {
      return raiseZeroDivision("0.0 to a complex power");
    }
    return new PyComplex(0, 0);
  }
  // |a| as MicroPython computes it (see `complexAbs`)
  const logr = Math.log(complexAbs(a.real, a.imag));
  const th = Math.atan2(a.imag, a.real);
  const x = Math.exp(logr * b.real - th * b.imag);
  const y = th * b.real + logr * b.imag;
  return new PyComplex(x * Math.cos(y), x * Math.sin(y));
}

/** `complex(*args)`. */
function makeComplex(args: any[]): PyComplex {
  if (args.length === 2) {
    // the common complex(re, im) with real numbers
    const x = args[0];
    const y = args[1];
    if (x instanceof PyFloat && y instanceof PyFloat) {
      return new PyComplex(x.value, y.value);
    }
    // ints and raw floats
    if (typeof x === "number" && typeof y === "number") {
      return new PyComplex(x, y);
    }
  }
  if (args.length === 0) return new PyComplex(0, 0);
  if (
    args.length === 1 && args[0] instanceof PyObject &&
    !(args[0] instanceof PyComplex)
  ) {
    const m = typeOf(args[0]).lookup("__complex__");
    if (m !== undefined) {
      const r = callSync(m, [args[0]]);
      if (!(r instanceof PyComplex)) {
        raiseTypeError("__complex__ should return a complex object");
      }
      return r;
    }
  }
  if (args.length === 1 && typeof args[0] === "string") {
    const [r, i] = parseComplexLiteral(args[0]);
    return new PyComplex(r, i);
  }
  const a = args[0] instanceof PyComplex
    ? args[0]
    : new PyComplex(toFloat(args[0]), 0);
  if (args.length === 1) return new PyComplex(a.real, a.imag);
  const b = args[1] instanceof PyComplex
    ? args[1]
    : new PyComplex(toFloat(args[1]), 0);
  return new PyComplex(a.real - b.imag, a.imag + b.real);
}

/** The `complex` type. */
export const complexType: PyType = defineType<PyComplex>("complex", {
  makeNew(type, args) {
    const c = makeComplex(args);
    if (type === complexType) return c;
    // a subclass instance: its own type (its operators may be overridden)
    const o = new PyComplex(c.real, c.imag);
    o.type = type;
    o.dict = new Map();
    return o;
  },
  repr: complexRepr,
  hash: (
    self: PyComplex,
  ) => (self.imag === 0
    ? floatHashOf(self.real)
    : (Math.imul(floatHashOf(self.imag), 1000003) ^ floatHashOf(self.real)) |
      0),
  bool: (self: PyComplex) => self.real !== 0 || self.imag !== 0,
  binaryOp: complexBinaryOp,
  unaryOp(op: UnOp, self: PyComplex) {
    if (op === UnOp.Neg) return new PyComplex(-self.real, -self.imag);
    if (op === UnOp.Pos) return self;
    return NotImplemented;
  },
  getAttr(self: PyComplex, name: string) {
    if (name === "real") return newFloat(self.real);
    if (name === "imag") return newFloat(self.imag);
    return undefined;
  },
});
complexType.identityHash = false;
complexType.immutable = true;

import { floatHash } from "./float.ts";
function floatHashOf(v: number): number {
  return floatHash(v);
}
