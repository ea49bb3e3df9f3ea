/**
 * `range`. Mirrors MicroPython's `py/objrange.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  defineType,
  NotImplemented,
  Op,
  PyObject,
  PyType,
  STOP,
} from "./type.ts";
import {
  eq,
  intValue,
  isInt,
  normBig,
  toIndex,
  typeName,
} from "../runtime/ops.ts";
import { raiseOverflowError as raiseOverflowErrorLazy } from "../runtime/raise.ts";
import {
  raiseIndexError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { PyFloat } from "./float.ts";

/** A range object (bounds beyond 2**53 are held as bigints in `big`). */
export class PyRange extends PyObject {
  declare big: [bigint, bigint, bigint] | null;
  constructor(public start: number, public stop: number, public step: number) {
    super(rangeType);
    this.big = null;
  }
}

function bigLen(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
  return start > stop ? (start - stop - step - 1n) / -step : 0n;
}

/** Number of items in a range. */
export function rangeLength(r: PyRange): number {
  if (r.big) {
    const n = bigLen(...r.big);
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) {
      return raiseOverflowErrorLazy("small int overflow") as never;
    }
    return Number(n);
  }
  if (r.step > 0) {
    return r.stop > r.start
      ? Math.floor((r.stop - r.start + r.step - 1) / r.step)
      : 0;
  }
  return r.start > r.stop
    ? Math.floor((r.start - r.stop - r.step - 1) / -r.step)
    : 0;
}

function bigRange(start: bigint, stop: bigint, step: bigint): PyRange {
  const r = new PyRange(0, 0, 1);
  r.big = [start, stop, step];
  return r;
}

/** Iterator over a range. */
export class PyRangeIter extends PyObject {
  constructor(public cur: number, public stop: number, public step: number) {
    super(rangeIterType);
  }
}

export const rangeIterType: PyType = defineType<PyRangeIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyRangeIter) {
    const c = self.cur;
    if (self.step > 0 ? c < self.stop : c > self.stop) {
      self.cur = c + self.step;
      return c;
    }
    return STOP;
  },
});

function rangeArg(x: any): number | bigint {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (isInt(x)) return intValue(x);
  if (x !== null && typeof x === "object" && !(x instanceof PyFloat)) {
    return toIndex(x);
  }
  return raiseTypeError(`can't convert ${typeName(x)} to int`);
}

/** Iterator over a range with bigint bounds. */
export class PyBigRangeIter extends PyObject {
  constructor(public cur: bigint, public stop: bigint, public step: bigint) {
    super(bigRangeIterType);
  }
}

export const bigRangeIterType: PyType = defineType<PyBigRangeIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyBigRangeIter) {
    const c = self.cur;
    if (self.step > 0n ? c < self.stop : c > self.stop) {
      self.cur = c + self.step;
      return normBig(c);
    }
    return STOP;
  },
});

/** The `range` type. */
export const rangeType: PyType = defineType<PyRange>("range", {
  makeNew(_type, args, kw) {
    if (kw !== null && kw.size > 0) {
      raiseTypeError("function doesn't take keyword arguments");
    }
    let start: number | bigint = 0;
    let stop: number | bigint;
    let step: number | bigint = 1;
    if (args.length === 1) stop = rangeArg(args[0]);
    else if (args.length === 2 || args.length === 3) {
      start = rangeArg(args[0]);
      stop = rangeArg(args[1]);
      if (args.length === 3) {
        step = rangeArg(args[2]);
        if (step === 0) raiseValueError("zero step");
      }
    } else {
      return raiseTypeError(
        args.length === 0
          ? "function missing 1 required positional arguments"
          : "function expected at most 3 arguments, got " + args.length,
      );
    }
    if (
      typeof start === "bigint" || typeof stop === "bigint" ||
      typeof step === "bigint"
    ) {
      return bigRange(BigInt(start), BigInt(stop), BigInt(step));
    }
    return new PyRange(start, stop, step);
  },
  repr(r: PyRange) {
    if (r.big) {
      const [a, b, c] = r.big;
      return c === 1n ? `range(${a}, ${b})` : `range(${a}, ${b}, ${c})`;
    }
    if (r.step === 1) return `range(${r.start}, ${r.stop})`;
    return `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  bool: (r: PyRange) => (r.big ? bigLen(...r.big) > 0n : rangeLength(r) > 0),
  len: (
    r: PyRange,
  ) => (r.big ? normBig(bigLen(...r.big)) as number : rangeLength(r)),
  iter: (r: PyRange) => {
    if (r.big) return new PyBigRangeIter(...r.big);
    return new PyRangeIter(r.start, r.stop, r.step);
  },
  getItem(r: PyRange, index: any) {
    if (r.big) {
      const [a, b, c] = r.big;
      const n = bigLen(a, b, c);
      let i = BigInt(intValue(index));
      if (i < 0n) i += n;
      if (i < 0n || i >= n) raiseIndexError("range index out of range");
      return normBig(a + i * c);
    }
    const n = rangeLength(r);
    if (index instanceof PySlice) {
      const [start, stop, step] = sliceIndices(index, n);
      const s = r.start + start * r.step;
      return new PyRange(s, r.start + stop * r.step, r.step * step);
    }
    let i = toIndex(index, "range");
    if (i < 0) i += n;
    if (i < 0 || i >= n) raiseIndexError("range index out of range");
    return r.start + i * r.step;
  },
  contains(r: PyRange, x: any) {
    if (r.big) {
      if (!isInt(x)) return false;
      const v = BigInt(intValue(x));
      const [a, b, c] = r.big;
      if (c > 0n ? v < a || v >= b : v > a || v <= b) return false;
      return (v - a) % c === 0n;
    }
    // a JS number (int, or raw float: never integral, so never a member)
    // takes the arithmetic path below
    if (typeof x !== "number" && !isInt(x)) {
      for (let v = r.start; r.step > 0 ? v < r.stop : v > r.stop; v += r.step) {
        if (eq(v, x)) return true;
      }
      return false;
    }
    const v = Number(intValue(x));
    if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) {
      return false;
    }
    return (v - r.start) % r.step === 0;
  },
  binaryOp(op: number, a: PyRange, b: any) {
    if (op !== Op.Eq && op !== Op.Ne) return NotImplemented;
    let same = false;
    if (b instanceof PyRange) {
      const la = rangeLength(a);
      const lb = rangeLength(b);
      same = la === lb &&
        (la === 0 || (a.start === b.start && (la === 1 || a.step === b.step)));
    }
    return op === Op.Eq ? same : !same;
  },
  getAttr(r: PyRange, name: string) {
    const i = ["start", "stop", "step"].indexOf(name);
    if (i < 0) return undefined;
    if (r.big) return normBig(r.big[i]);
    return [r.start, r.stop, r.step][i];
  },
  locals: {
    count: builtinMethod(
      "count",
      1,
      1,
      (r: PyRange, x: any) => rangeType.contains!(r, x) ? 1 : 0,
    ),
    index: builtinMethod("index", 1, 1, (r: PyRange, x: any) => {
      if (!rangeType.contains!(r, x)) raiseValueError("object not in range");
      return (Number(intValue(x)) - r.start) / r.step;
    }),
  },
});
rangeType.baseType = false;
