/**
 * The `cmath` module: the complex functions MicroPython provides, computed
 * with the same formulas as MicroPython's `py/modcmath.c` (so results agree
 * to the last bit where the underlying libm does).
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinFn, PyObject } from "../objects/type.ts";
import { newFloat, PyFloat } from "../objects/float.ts";
import { complexAbs, PyComplex } from "../objects/complex.ts";
import { PyTuple } from "../objects/tuple.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { intValue, isInt, typeName, typeOf } from "../runtime/ops.ts";
import { callSync } from "../runtime/call.ts";
import { raiseTypeError } from "../runtime/raise.ts";
import { floatArg } from "./math.ts";

/** `mp_obj_get_complex`: [real, imag] of a number or an object with `__float__`/`__complex__`. */
function complexArg(x: any): [number, number] {
  if (x instanceof PyComplex) return [x.real, x.imag];
  if (x instanceof PyFloat) return [x.value, 0];
  if (typeof x === "number") return [x, 0];
  if (typeof x === "boolean") return [x ? 1 : 0, 0];
  if (typeof x === "bigint") return [Number(x), 0];
  if (x instanceof PyObject) {
    if (isInt(x)) return [Number(intValue(x)), 0];
    const t = typeOf(x);
    if (t.lookup("__float__") !== undefined) return [floatArg(x), 0];
    const m = t.lookup("__complex__");
    if (m !== undefined) {
      const r = callSync(m, [x]);
      if (r instanceof PyComplex) return [r.real, r.imag];
    }
  }
  return raiseTypeError(`can't convert ${typeName(x)} to complex`);
}

function fn1(name: string, f: (re: number, im: number) => any) {
  return builtinFn(name, 1, 1, (z: any) => {
    const [re, im] = complexArg(z);
    return f(re, im);
  });
}

/** The `cmath` module. */
export const cmathModule: ModuleFactory = defineModule("cmath", () => ({
  e: newFloat(Math.E),
  pi: newFloat(Math.PI),
  phase: fn1("phase", (re, im) => newFloat(Math.atan2(im, re))),
  polar: fn1("polar", (re, im) =>
    new PyTuple([
      newFloat(complexAbs(re, im)),
      newFloat(Math.atan2(im, re)),
    ])),
  rect: builtinFn("rect", 2, 2, (r: any, phi: any) => {
    const m = floatArg(r);
    const a = floatArg(phi);
    return new PyComplex(m * Math.cos(a), m * Math.sin(a));
  }),
  exp: fn1("exp", (re, im) => {
    const e = Math.exp(re);
    return new PyComplex(e * Math.cos(im), e * Math.sin(im));
  }),
  log: fn1(
    "log",
    (re, im) =>
      new PyComplex(0.5 * Math.log(re * re + im * im), Math.atan2(im, re)),
  ),
  log10: fn1("log10", (re, im) =>
    new PyComplex(
      0.5 * Math.log10(re * re + im * im),
      0.4342944819032518 * Math.atan2(im, re),
    )),
  sqrt: fn1("sqrt", (re, im) => {
    const m = Math.pow(re * re + im * im, 0.25);
    const th = 0.5 * Math.atan2(im, re);
    return new PyComplex(m * Math.cos(th), m * Math.sin(th));
  }),
  cos: fn1(
    "cos",
    (re, im) =>
      new PyComplex(
        Math.cos(re) * Math.cosh(im),
        -Math.sin(re) * Math.sinh(im),
      ),
  ),
  sin: fn1(
    "sin",
    (re, im) =>
      new PyComplex(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im)),
  ),
}));
