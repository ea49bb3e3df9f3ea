/**
 * The `random` module: MicroPython's small set of functions over the
 * Yasmarang generator, with one generator state per interpreter. The module
 * is seeded from the host's entropy when first imported; `seed(n)` makes
 * the sequence repeatable (and identical to the reference build's).
 *
 * Mirrors MicroPython's `extmod/modrandom.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinFn } from "../objects/type.ts";
import { newFloat } from "../objects/float.ts";
import { indexErrorType, valueErrorType } from "../objects/exception.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { intValue, isInt, pyLen, toInt, typeName } from "../runtime/ops.ts";
import { getItem } from "../runtime/subscr.ts";
import { raise, raiseTypeError, raiseValueError } from "../runtime/raise.ts";
import { floatArg } from "./math.ts";

/** The state of one Yasmarang generator (all fields are uint32, `dat` uint8). */
class Yasmarang {
  pad = 0xeda4baba;
  n = 69;
  d = 233;
  dat = 0;

  seed(s: number): void {
    this.pad = s >>> 0;
    this.n = 69;
    this.d = 233;
    this.dat = 0;
  }

  /** The next 32 random bits. */
  next(): number {
    let pad = (this.pad + this.dat + Math.imul(this.d, this.n)) >>> 0;
    pad = ((pad << 3) + (pad >>> 29)) >>> 0;
    this.pad = pad;
    this.n = (pad | 2) >>> 0;
    this.d = (this.d ^ (((pad << 31) + (pad >>> 1)) >>> 0)) >>> 0;
    this.dat = (this.dat ^ pad ^ (this.d >>> 8) ^ 1) & 0xff;
    return (pad ^ (this.d << 5) ^ (pad >>> 18) ^ (this.dat << 1)) >>> 0;
  }

  /** A uniform integer in [0, n) for 0 < n <= 2**53, by rejection sampling. */
  below(n: number): number {
    if (n <= 0x100000000) {
      let mask = 1;
      while ((n - 1) > mask) mask = mask * 2 + 1;
      if (mask > 0xffffffff) mask = 0xffffffff;
      for (;;) {
        const r = (this.next() & mask) >>> 0;
        if (r < n) return r;
      }
    }
    const hiBits = Math.ceil(Math.log2(n)) - 32;
    const hiMask = 2 ** hiBits - 1;
    for (;;) {
      const r = (this.next() & hiMask) * 0x100000000 + this.next();
      if (r < n) return r;
    }
  }

  /** A float in [0, 1) with 52 random fraction bits. */
  float(): number {
    const hi = this.next() & 0xfffff;
    const lo = this.next();
    return (hi * 0x100000000 + lo) / 2 ** 52;
  }
}

/** `mp_obj_get_int_truncated`: the low bits of any int. */
function truncatedInt(x: any): number {
  if (isInt(x)) {
    const v = intValue(x);
    return typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : v;
  }
  if (typeof x === "object" && x !== null) return toInt(x);
  return raiseTypeError(`can't convert ${typeName(x)} to int`);
}

function hostSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0];
}

function badRange(): never {
  return raise(valueErrorType);
}

/** The `random` module. */
export const randomModule: ModuleFactory = defineModule("random", () => {
  const rng = new Yasmarang();
  rng.seed(hostSeed());
  return {
    __init__: builtinFn("__init__", 0, 0, () => null),
    getrandbits: builtinFn("getrandbits", 1, 1, (nIn: any) => {
      const n = toInt(nIn);
      if (n > 32 || n < 0) raiseValueError("bits must be 32 or less");
      if (n === 0) return 0;
      return (rng.next() & (0xffffffff >>> (32 - n))) >>> 0;
    }),
    seed: builtinFn("seed", 0, 1, (s: any = null) => {
      rng.seed(s === null ? hostSeed() : truncatedInt(s));
      return null;
    }),
    randrange: builtinFn("randrange", 1, 3, (a: any, b?: any, c?: any) => {
      const start = toInt(a);
      if (b === undefined) {
        if (start > 0) return rng.below(start);
        return badRange();
      }
      const stop = toInt(b);
      if (c === undefined) {
        if (start < stop) return start + rng.below(stop - start);
        return badRange();
      }
      const step = toInt(c);
      let n: number;
      if (step > 0) n = Math.trunc((stop - start + step - 1) / step);
      else if (step < 0) n = Math.trunc((stop - start + step + 1) / step);
      else return badRange();
      if (n > 0) return start + step * rng.below(n);
      return badRange();
    }),
    randint: builtinFn("randint", 2, 2, (aIn: any, bIn: any) => {
      const a = toInt(aIn);
      const b = toInt(bIn);
      if (a <= b) return a + rng.below(b - a + 1);
      return badRange();
    }),
    choice: builtinFn("choice", 1, 1, (seq: any) => {
      const len = pyLen(seq);
      if (len > 0) return getItem(seq, rng.below(len));
      return raise(indexErrorType);
    }),
    random: builtinFn("random", 0, 0, () => newFloat(rng.float())),
    uniform: builtinFn("uniform", 2, 2, (aIn: any, bIn: any) => {
      const a = floatArg(aIn);
      const b = floatArg(bIn);
      return newFloat(a + (b - a) * rng.float());
    }),
  };
});
