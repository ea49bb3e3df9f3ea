/**
 * Runtime support for `@micropython.viper` code (`$V` in generated code).
 *
 * Viper values need no boxing: an `int` local holds a Python int in the
 * machine-word range (a JS number, or a bigint beyond the safe integers,
 * normalised like every int), a `uint` local holds the same bits read as
 * unsigned, a `bool` a JS boolean and a pointer its address as an unsigned
 * int. The helpers here do what the machine would: arithmetic that wraps at
 * 64 bits (the word size of the reference unix build), shift counts taken
 * modulo 64, conversions from objects at call boundaries and casts, and
 * loads and stores through pointers.
 *
 * Pointers are addresses in a per-board simulated address space: the first
 * time a buffer's address is taken (`ptr8(buf)`, a `ptr` argument), its
 * `ArrayBuffer` gets a region of fresh addresses, so `int(ptr8(buf))` is a
 * stable number, pointer values survive a round trip through Python ints and
 * `p[i]` finds the bytes again. A region holds its buffer weakly; an access
 * outside every live region raises `OSError(14)` (EFAULT) where the machine
 * would fault. Multi-byte loads and stores are little-endian.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { bufferOpt } from "../objects/bytes.ts";
import { intValue, isInt, truthy, typeName } from "./ops.ts";
import { raiseOSError, raiseTypeError, raiseZeroDivision } from "./raise.ts";

const MAX = Number.MAX_SAFE_INTEGER;
const TWO32 = 4294967296;
/** First address handed out (the RAM base of many microcontrollers). */
const FIRST_ADDRESS = 0x20000000;
/** Unmapped bytes between regions, so small overruns fault. */
const GAP = 64;
/** `errno.EFAULT`. */
const EFAULT = 14;

/** A bigint result as a canonical int (a number when safe). */
function nb(x: bigint): number | bigint {
  return x >= -MAX && x <= MAX ? Number(x) : x;
}

/** A number that is an integer but maybe not safe, as a canonical int. */
function nn(x: number): number | bigint {
  return x >= -MAX && x <= MAX ? x + 0 : BigInt(x);
}

/** Wraps to a signed machine word. */
function wrapI(x: bigint): number | bigint {
  return nb(BigInt.asIntN(64, x));
}

/** Wraps to an unsigned machine word. */
function wrapU(x: bigint): number | bigint {
  return nb(BigInt.asUintN(64, x));
}

function big(x: number | bigint): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

/** Shift count of a machine shift instruction: the low 6 bits. */
function shiftCount(n: number | bigint): number {
  return typeof n === "number" ? n & 63 : Number(BigInt.asUintN(6, n));
}

/** `a & b`, `a | b` or `a ^ b` of two safe integers, without bigints. */
function bitwise(op: number, a: number, b: number): number | bigint {
  const ha = Math.floor(a / TWO32);
  const hb = Math.floor(b / TWO32);
  const la = a >>> 0;
  const lb = b >>> 0;
  let hi: number;
  let lo: number;
  if (op === 0) {
    hi = ha & hb;
    lo = (la & lb) >>> 0;
  } else if (op === 1) {
    hi = ha | hb;
    lo = (la | lb) >>> 0;
  } else {
    hi = ha ^ hb;
    lo = (la ^ lb) >>> 0;
  }
  return nn(hi * TWO32 + lo);
}

function bitwiseBig(op: number, a: bigint, b: bigint): bigint {
  return op === 0 ? a & b : op === 1 ? a | b : a ^ b;
}

/** The arithmetic of one machine-word type (`wrap` picks signedness). */
function wordOps(wrap: (x: bigint) => number | bigint, signed: boolean) {
  const bit = (op: number) => (a: any, b: any): number | bigint => {
    if (typeof a === "number" && typeof b === "number") {
      if ((a | 0) === a && (b | 0) === b) {
        const r = op === 0 ? a & b : op === 1 ? a | b : a ^ b;
        return signed ? r : r >>> 0;
      }
      if (a >>> 0 === a && b >>> 0 === b) {
        return (op === 0 ? a & b : op === 1 ? a | b : a ^ b) >>> 0;
      }
      const r = bitwise(op, a, b);
      if (signed || (typeof r === "number" && r >= 0)) return r;
    }
    return wrap(bitwiseBig(op, big(a), big(b)));
  };
  return {
    add(a: any, b: any): number | bigint {
      if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        if (r >= (signed ? -MAX : 0) && r <= MAX) return r;
      }
      return wrap(big(a) + big(b));
    },
    sub(a: any, b: any): number | bigint {
      if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        if (r >= (signed ? -MAX : 0) && r <= MAX) return r;
      }
      return wrap(big(a) - big(b));
    },
    mul(a: any, b: any): number | bigint {
      if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        if (r >= (signed ? -MAX : 0) && r <= MAX) return r + 0;
      }
      return wrap(big(a) * big(b));
    },
    lshift(a: any, n: any): number | bigint {
      const c = shiftCount(n);
      if (typeof a === "number") {
        const r = a * 2 ** c;
        if (r >= (signed ? -MAX : 0) && r <= MAX) return r + 0;
      }
      return wrap(big(a) << BigInt(c));
    },
    rshift(a: any, n: any): number | bigint {
      const c = shiftCount(n);
      if (typeof a === "number") return Math.floor(a / 2 ** c) + 0;
      return nb(a >> BigInt(c));
    },
    and: bit(0),
    or: bit(1),
    xor: bit(2),
    neg(a: any): number | bigint {
      if (typeof a === "number" && (signed || a === 0)) return 0 - a;
      return wrap(-big(a));
    },
    inv(a: any): number | bigint {
      if (typeof a === "number" && signed) return nn(-a - 1);
      return wrap(~big(a));
    },
  };
}

const signedOps = wordOps(wrapI, true);
const unsignedOps = wordOps(wrapU, false);

/** A native value (int, uint, bool, pointer) as a signed machine word. */
function toSigned(x: any): number | bigint {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return wrapI(x);
}

/** A native value as an unsigned machine word. */
function toUnsigned(x: any): number | bigint {
  if (typeof x === "number" && x >= 0) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return wrapU(big(x));
}

/** The int value of an object, for an `int`/`uint` argument or cast. */
function objectInt(o: any): number | bigint {
  if (typeof o === "number" && Number.isInteger(o)) return o;
  if (isInt(o)) return intValue(o);
  return raiseTypeError(`can't convert ${typeName(o)} to int`);
}

/** Viper code's view of a value of the wrong type (see `$V.reint`). */
function reinterpret(x: any): number | bigint {
  if (typeof x === "number") return Number.isInteger(x) ? x : 0;
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return 0;
}

/** A region of the simulated address space: one buffer's bytes. */
interface Region {
  base: number;
  /** First address past the reserved range. */
  limit: number;
  buf: WeakRef<ArrayBufferLike>;
}

/** Builds the `$V` helper table of one board (its own address space). */
export function createViperRuntime(): Record<string, any> {
  const regions: Region[] = [];
  const bases = new WeakMap<ArrayBufferLike, number>();
  let next = FIRST_ADDRESS;
  let pruneAt = 64;
  // the region of the last access: [cBase, cEnd) are the bytes of cU8
  let cBase = 0;
  let cEnd = 0;
  let cU8: Uint8Array = new Uint8Array(0);

  /** The address of a buffer's first byte, giving it a region if needed. */
  function addressOf(u8: Uint8Array): number {
    const ab = u8.buffer;
    let base = bases.get(ab);
    if (base === undefined) {
      if (regions.length >= pruneAt) {
        let j = 0;
        for (const r of regions) if (r.buf.deref()) regions[j++] = r;
        regions.length = j;
        pruneAt = Math.max(64, j * 2);
      }
      const size = (ab as any).resizable
        ? (ab as any).maxByteLength
        : ab.byteLength;
      base = next;
      next += Math.ceil((size + GAP) / 16) * 16;
      regions.push({ base, limit: base + size, buf: new WeakRef(ab) });
      bases.set(ab, base);
    }
    return base + u8.byteOffset;
  }

  /** Makes the region holding `[a, a + n)` the cached one, or faults. */
  function map(a: any, n: number): number {
    if (typeof a === "number") {
      let lo = 0;
      let hi = regions.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = regions[mid];
        if (a < r.base) hi = mid - 1;
        else if (a >= r.limit) lo = mid + 1;
        else {
          const ab = r.buf.deref();
          if (ab === undefined || a + n > r.base + ab.byteLength) break;
          cBase = r.base;
          cEnd = r.base + ab.byteLength;
          cU8 = new Uint8Array(ab);
          return a - cBase;
        }
      }
    }
    const addr = typeof a === "number" && a >= 0 ? "0x" + a.toString(16) : a;
    return raiseOSError(EFAULT, `bad address ${addr}`);
  }

  /** Byte offset in `cU8` of the `size`-byte item `i` after `p`. */
  function at(p: any, i: any, size: number): number {
    if (typeof p === "number" && typeof i === "number") {
      const a = p + i * size;
      if (a >= cBase && a + size <= cEnd) return a - cBase;
      return map(a, size);
    }
    return map(nb(big(p) + big(i) * BigInt(size)), size);
  }

  /** The low 32 bits of an int value, as a JS int32. */
  function low32(v: any): number {
    return typeof v === "number" ? v | 0 : Number(BigInt.asIntN(32, v));
  }

  return {
    // int arithmetic (signed machine words)
    ...signedOps,
    // uint arithmetic
    uadd: unsignedOps.add,
    usub: unsignedOps.sub,
    umul: unsignedOps.mul,
    ulshift: unsignedOps.lshift,
    urshift: unsignedOps.rshift,
    uand: unsignedOps.and,
    uor: unsignedOps.or,
    uxor: unsignedOps.xor,
    uneg: unsignedOps.neg,
    uinv: unsignedOps.inv,
    /** `//` of ints (floor division; ZeroDivisionError where the machine traps). */
    floordiv(a: any, b: any): number | bigint {
      b = toSigned(b);
      if (b === 0) return raiseZeroDivision();
      if (typeof a === "number" && typeof b === "number") {
        const m = a % b;
        return (a - m) / b - (m !== 0 && (m < 0) !== (b < 0) ? 1 : 0) + 0;
      }
      const ba = big(a);
      const bb = big(b);
      let q = ba / bb;
      if (ba % bb !== 0n && (ba < 0n) !== (bb < 0n)) q -= 1n;
      return wrapI(q);
    },
    /** `%` of ints (the sign of the divisor, as in Python). */
    mod(a: any, b: any): number | bigint {
      b = toSigned(b);
      if (b === 0) return raiseZeroDivision();
      if (typeof a === "number" && typeof b === "number") {
        const m = a % b;
        return (m !== 0 && (m < 0) !== (b < 0) ? m + b : m) + 0;
      }
      const bb = big(b);
      let m = big(a) % bb;
      if (m !== 0n && (m < 0n) !== (bb < 0n)) m += bb;
      return nb(m);
    },
    /** Cast of a native value to `int`. */
    i: toSigned,
    /** Cast of a native value to `uint` or a pointer. */
    u: toUnsigned,
    /** An object as an `int` (argument, cast). */
    oi(o: any): number | bigint {
      const v = objectInt(o);
      return typeof v === "number" ? v : wrapI(v);
    },
    /** An object as a `uint`. */
    ou(o: any): number | bigint {
      return toUnsigned(objectInt(o));
    },
    /** An object as a pointer: a buffer's address, or an int taken as one. */
    op(o: any): number | bigint {
      if (o !== null && typeof o === "object") {
        const b = bufferOpt(o);
        if (b !== undefined) return addressOf(b);
      }
      return toUnsigned(objectInt(o));
    },
    /** An object as a `bool`. */
    ob: truthy,
    /** A value of another type where viper code expects a machine word. */
    reint: reinterpret,
    ld8(p: any, i: any): number {
      const o = at(p, i, 1);
      return cU8[o];
    },
    ld16(p: any, i: any): number {
      const o = at(p, i, 2);
      return cU8[o] | cU8[o + 1] << 8;
    },
    ld32(p: any, i: any): number {
      const o = at(p, i, 4);
      return (cU8[o] | cU8[o + 1] << 8 | cU8[o + 2] << 16 |
        cU8[o + 3] << 24) >>>
        0;
    },
    st8(p: any, i: any, v: any): void {
      const o = at(p, i, 1);
      cU8[o] = low32(v);
    },
    st16(p: any, i: any, v: any): void {
      const o = at(p, i, 2);
      const x = low32(v);
      cU8[o] = x;
      cU8[o + 1] = x >> 8;
    },
    st32(p: any, i: any, v: any): void {
      const o = at(p, i, 4);
      const x = low32(v);
      cU8[o] = x;
      cU8[o + 1] = x >> 8;
      cU8[o + 2] = x >> 16;
      cU8[o + 3] = x >> 24;
    },
  };
}
