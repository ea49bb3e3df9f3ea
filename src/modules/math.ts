/**
 * The `math` module: C99 `<math.h>` semantics over JS doubles, with
 * MicroPython's error rules (a NaN or infinite result from finite, non-NaN
 * arguments is `ValueError: math domain error`).
 *
 * Mirrors MicroPython's `py/modmath.c`; the special functions (`erf`,
 * `erfc`, `gamma`, `lgamma`) are series / continued-fraction / Lanczos
 * approximations accurate to a few ulp.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFn,
  builtinVar,
  type KwArgs,
  PyObject,
} from "../objects/type.ts";
import { newFloat, PyFloat, toFloat } from "../objects/float.ts";
import { PyTuple } from "../objects/tuple.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { intValue, isInt, normBig, toInt } from "../runtime/ops.ts";
import {
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
  raiseZeroDivision,
} from "../runtime/raise.ts";

// ------------------------------------------------------------ conversions

/** `mp_obj_get_float`: int (any size), bool, float or an object with `__float__`. */
export function floatArg(x: any): number {
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return Number(x);
  if (x instanceof PyObject && isInt(x)) return Number(intValue(x));
  return toFloat(x);
}

/** `mp_obj_new_int_from_float`: truncates a float to an int. */
export function intFromFloat(v: number): number | bigint {
  if (Number.isNaN(v)) return raiseValueError("can't convert NaN to int");
  if (!Number.isFinite(v)) {
    return raiseOverflowError("can't convert inf to int");
  }
  const t = Math.trunc(v);
  if (Number.isSafeInteger(t)) return t + 0;
  return normBig(BigInt(t));
}

function domainError(): never {
  return raiseValueError("math domain error");
}

/** Wraps a one-argument C function with MicroPython's domain check. */
function fun1(name: string, f: (x: number) => number) {
  return builtinFn(name, 1, 1, (a: any) => {
    const x = floatArg(a);
    const r = f(x);
    if (
      (Number.isNaN(r) && !Number.isNaN(x)) ||
      (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x))
    ) {
      domainError();
    }
    return newFloat(r);
  });
}

/** Wraps a two-argument C function with MicroPython's domain check. */
function fun2(name: string, f: (x: number, y: number) => number) {
  return builtinFn(name, 2, 2, (a: any, b: any) => {
    const x = floatArg(a);
    const y = floatArg(b);
    const r = f(x, y);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
    } else if (!Number.isFinite(r) && !isInfinite(x) && !isInfinite(y)) {
      domainError();
    }
    return newFloat(r);
  });
}

function isInfinite(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

function toIntFun(name: string, f: (x: number) => number) {
  return builtinFn(name, 1, 1, (a: any) => intFromFloat(f(floatArg(a))));
}

// ------------------------------------------------------- C library pieces

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = 1; // little-endian: the high word holds sign and exponent

/** True when the sign bit of `x` is set (also for -0.0 and negative NaNs). */
export function signBit(x: number): boolean {
  F64[0] = x;
  return (U32[HI] & 0x80000000) !== 0;
}

/** C `copysign`. */
export function copysign(x: number, y: number): number {
  F64[0] = x;
  const hx = U32[HI] & 0x7fffffff;
  F64[0] = y;
  const s = U32[HI] & 0x80000000;
  F64[0] = x;
  U32[HI] = hx | s;
  return F64[0];
}

/** C `pow` (differs from `Math.pow` for (1, nan) and (-1, ±inf)). */
export function cpow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === -1 && isInfinite(y)) return 1;
  return Math.pow(x, y);
}

/** C `frexp`: [mantissa in [0.5, 1), exponent]. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  F64[0] = x;
  let hexp = (U32[HI] >>> 20) & 0x7ff;
  if (hexp === 0) {
    // subnormal: scale into the normal range first
    F64[0] = x * 2 ** 64;
    hexp = (U32[HI] >>> 20) & 0x7ff;
    e = -64;
  }
  e += hexp - 1022;
  U32[HI] = (U32[HI] & 0x800fffff) | (1022 << 20);
  return [F64[0], e];
}

/** C `ldexp`: `x * 2**n`, rounded once. */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x) || n === 0) return x;
  const [m, e] = frexp(x);
  const k = e + n; // result = m * 2**k with m in [0.5, 1)
  if (k > 1024) return m > 0 ? Infinity : -Infinity;
  if (k === 1024) return m * 2 * 2 ** 1023;
  if (k < -1074) return m > 0 ? 0 : -0;
  if (k >= -1021) return m * 2 ** k;
  // subnormal result: 2**k is exact (k >= -1074), the product rounds once
  return m * 2 ** k;
}

/** C `modf`: [fractional part, integral part], both with the sign of `x`. */
function modf(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, x];
  if (!Number.isFinite(x)) return [copysign(0, x), x];
  const ip = Math.trunc(x);
  const fp = x - ip;
  return [fp === 0 ? copysign(0, x) : fp, ip];
}

const SQRT_PI = 1.7724538509055160273;
const TWO_OVER_SQRT_PI = 1.1283791670955125739;

/** erf for |x| < 3 by the series 2/√π·e^(-x²)·Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1)). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** erf for small |x| by the alternating Taylor series (no cancellation there). */
function erfTaylor(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 60; n++) {
    term *= -x2 / n;
    const t = term / (2 * n + 1);
    sum += t;
    if (Math.abs(t) < Math.abs(sum) * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/** erfc for x >= 2 by its continued fraction (modified Lentz). */
function erfcContinued(x: number): number {
  // erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    if (d === 0) d = tiny;
    c = x + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/** C `erf`. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 0.5) return erfTaylor(x);
  if (ax < 3) return erfSeries(x);
  if (ax >= 6) return x > 0 ? 1 : -1;
  const r = 1 - erfcContinued(ax);
  return x > 0 ? r : -r;
}

/** C `erfc`. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 0.5) return 1 - erf(x);
  if (x < 2) return 1 - erfSeries(x);
  if (x > 27.3) return 0;
  return erfcContinued(x);
}

// Lanczos approximation, g = 7, n = 9.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993,
  676.5203681218851,
  -1259.1392167224028,
  771.32342877765313,
  -176.61502916214059,
  12.507343278686905,
  -0.13857109526572012,
  9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const LOG_SQRT_2PI = 0.91893853320467274178;

/** sin(πx) with exact argument reduction (exact zeros at integers). */
function sinPi(x: number): number {
  let r = x % 2;
  if (r < 0) r += 2;
  if (r === 0 || r === 1) return 0;
  if (r === 0.5) return 1;
  if (r === 1.5) return -1;
  if (r > 1) return -Math.sin(Math.PI * (r - 1));
  return Math.sin(Math.PI * (r > 0.5 ? 1 - r : r));
}

function lanczosSum(z: number): number {
  let a = LANCZOS[0];
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return a;
}

const FACTORIALS: number[] = [1];
function factorialFloat(n: number): number {
  if (FACTORIALS.length === 1) {
    let f = 1n;
    for (let i = 1; i <= 171; i++) {
      f *= BigInt(i);
      FACTORIALS.push(Number(f));
    }
  }
  return FACTORIALS[n];
}

/** C `tgamma`. */
export function gamma(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return NaN;
  if (x === 0) return 1 / x; // ±inf (pole)
  if (Number.isInteger(x)) {
    if (x < 0) return NaN;
    if (x <= 172) return factorialFloat(x - 1);
    return Infinity;
  }
  if (x > 171.7) return Infinity;
  if (x < 0.5) {
    // reflection: Γ(x) Γ(1-x) = π / sin(πx)
    return Math.PI / (sinPi(x) * gamma(1 - x));
  }
  if (x >= 15) {
    // Stirling: √(2π) x^(x-½) e^(-x) e^corr, the power split against overflow
    const p = Math.pow(x, (x - 0.5) / 2);
    return ((2.5066282746310005024 * p * Math.exp(-x)) * p) *
      Math.exp(stirlingCorrection(x));
  }
  const z = x - 1;
  const t = z + LANCZOS_G + 0.5;
  const s = lanczosSum(z) * 2.5066282746310005024;
  // split the power to avoid premature overflow
  const p = Math.pow(t, (z + 0.5) / 2);
  return ((s * p) / Math.exp(t)) * p;
}

/** The correction term of Stirling's series, lgamma(x) - ((x-½)ln x - x + ln√(2π)). */
function stirlingCorrection(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 -
                r2 *
                  (1 / 1188 -
                    r2 *
                      (691 / 360360 -
                        r2 * (1 / 156 - r2 * (3617 / 122400))))))));
}

/** lgamma for x >= 15 by Stirling's series. */
function lgammaStirling(x: number): number {
  return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingCorrection(x);
}

/** C `lgamma` (log of |Γ(x)|). */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return x;
  if (isInfinite(x)) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) {
    const s = Math.abs(sinPi(x));
    return Math.log(Math.PI / s) - lgamma(1 - x);
  }
  if (x >= 15) return lgammaStirling(x);
  // below 15, log(Γ) keeps the relative accuracy of Γ (also near the zeros at 1, 2)
  return Math.log(gamma(x));
}

/** `math.factorial` by binary splitting over BigInt. */
function factorial(n: number): number | bigint {
  if (n < 0) raiseValueError("negative factorial");
  if (n < 2) return 1;
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 16) {
      let p = BigInt(lo);
      for (let i = lo + 1; i <= hi; i++) p *= BigInt(i);
      return p;
    }
    const mid = (lo + hi) >>> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return normBig(prod(1, n));
}

// ----------------------------------------------------------------- module

function mathLog(args: any[], kw: KwArgs | null): any {
  if (kw !== null && kw.size > 0) {
    raiseTypeError("function doesn't take keyword arguments");
  }
  if (args.length < 1 || args.length > 2) {
    raiseTypeError(
      args.length < 1
        ? "function missing 1 required positional arguments"
        : `function expected at most 2 arguments, got ${args.length}`,
    );
  }
  const x = floatArg(args[0]);
  if (x <= 0) domainError();
  const l = Math.log(x);
  if (args.length === 1) return newFloat(l);
  const base = floatArg(args[1]);
  if (base <= 0) domainError();
  if (base === 1) raiseZeroDivision("divide by zero");
  return newFloat(l / Math.log(base));
}

function isclose(args: any[], kw: KwArgs | null): boolean {
  if (args.length < 2) {
    raiseTypeError(
      `function missing ${2 - args.length} required positional arguments`,
    );
  }
  if (args.length > 2) raiseTypeError("extra positional arguments given");
  let relTol: any;
  let absTol: any = 0;
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const name = kw.names[i];
      if (name === "rel_tol") relTol = kw.values[i];
      else if (name === "abs_tol") absTol = kw.values[i];
      else raiseTypeError("extra keyword arguments given");
    }
  }
  const a = floatArg(args[0]);
  const b = floatArg(args[1]);
  const rel = relTol === undefined ? 1e-9 : floatArg(relTol);
  const abs = floatArg(absTol);
  if (rel < 0 || abs < 0) domainError();
  if (a === b) return true;
  const diff = Math.abs(a - b);
  if (isInfinite(diff)) return false;
  return diff <= abs || diff <= Math.abs(rel * a) || diff <= Math.abs(rel * b);
}

/** The `math` module. */
export const mathModule: ModuleFactory = defineModule("math", () => ({
  e: newFloat(Math.E),
  pi: newFloat(Math.PI),
  tau: newFloat(2 * Math.PI),
  inf: newFloat(Infinity),
  nan: newFloat(NaN),
  sqrt: fun1("sqrt", Math.sqrt),
  pow: fun2("pow", cpow),
  exp: fun1("exp", Math.exp),
  expm1: fun1("expm1", Math.expm1),
  log: builtinVar("log", mathLog),
  log2: fun1("log2", Math.log2),
  log10: fun1("log10", Math.log10),
  cosh: fun1("cosh", Math.cosh),
  sinh: fun1("sinh", Math.sinh),
  tanh: fun1("tanh", Math.tanh),
  acosh: fun1("acosh", Math.acosh),
  asinh: fun1("asinh", Math.asinh),
  atanh: fun1("atanh", Math.atanh),
  cos: fun1("cos", Math.cos),
  sin: fun1("sin", Math.sin),
  tan: fun1("tan", Math.tan),
  acos: fun1("acos", Math.acos),
  asin: fun1("asin", Math.asin),
  atan: fun1("atan", Math.atan),
  atan2: fun2("atan2", Math.atan2),
  ceil: toIntFun("ceil", Math.ceil),
  copysign: fun2("copysign", copysign),
  fabs: fun1("fabs", Math.abs),
  floor: toIntFun("floor", Math.floor),
  fmod: fun2("fmod", (x, y) => x % y),
  frexp: builtinFn("frexp", 1, 1, (a: any) => {
    const [m, e] = frexp(floatArg(a));
    return new PyTuple([newFloat(m), e]);
  }),
  ldexp: builtinFn("ldexp", 2, 2, (a: any, n: any) => {
    const x = floatArg(a);
    return newFloat(ldexp(x, toInt(n)));
  }),
  modf: builtinFn("modf", 1, 1, (a: any) => {
    const [fp, ip] = modf(floatArg(a));
    return new PyTuple([newFloat(fp), newFloat(ip)]);
  }),
  isfinite: builtinFn(
    "isfinite",
    1,
    1,
    (a: any) => Number.isFinite(floatArg(a)),
  ),
  isinf: builtinFn("isinf", 1, 1, (a: any) => isInfinite(floatArg(a))),
  isnan: builtinFn("isnan", 1, 1, (a: any) => Number.isNaN(floatArg(a))),
  isclose: builtinVar("isclose", isclose),
  trunc: toIntFun("trunc", Math.trunc),
  radians: builtinFn(
    "radians",
    1,
    1,
    (a: any) => newFloat(floatArg(a) * (Math.PI / 180)),
  ),
  degrees: builtinFn(
    "degrees",
    1,
    1,
    (a: any) => newFloat(floatArg(a) * (180 / Math.PI)),
  ),
  factorial: builtinFn("factorial", 1, 1, (a: any) => factorial(toInt(a))),
  erf: fun1("erf", erf),
  erfc: fun1("erfc", erfc),
  gamma: fun1("gamma", gamma),
  lgamma: fun1("lgamma", lgamma),
}));
