/**
 * `range`. Mirrors MicroPython's `py/objrange.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinMethod, defineType, NotImplemented, Op, PyObject, PyType, STOP } from "./type.ts";
import { eq, isInt, intValue, toIndex, typeName } from "../runtime/ops.ts";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../runtime/raise.ts";
import { PySlice, sliceIndices } from "./slice.ts";

/** A range object. */
export class PyRange extends PyObject {
  constructor(public start: number, public stop: number, public step: number) {
    super(rangeType);
  }
}

/** Number of items in a range. */
export function rangeLength(r: PyRange): number {
  if (r.step > 0) return r.stop > r.start ? Math.floor((r.stop - r.start + r.step - 1) / r.step) : 0;
  return r.start > r.stop ? Math.floor((r.start - r.stop - r.step - 1) / -r.step) : 0;
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

function rangeArg(x: any): number {
  if (typeof x === "number") return x;
  if (isInt(x)) {
    const v = intValue(x);
    if (typeof v === "bigint") raiseValueError("range too large");
    return v as number;
  }
  if (x !== null && typeof x === "object") return toIndex(x);
  return raiseTypeError(`can't convert ${typeName(x)} to int`);
}

/** The `range` type. */
export const rangeType: PyType = defineType<PyRange>("range", {
  makeNew(_type, args) {
    let start = 0;
    let stop: number;
    let step = 1;
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
    return new PyRange(start, stop, step);
  },
  repr(r: PyRange) {
    if (r.step === 1) return `range(${r.start}, ${r.stop})`;
    return `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  bool: (r: PyRange) => rangeLength(r) > 0,
  len: rangeLength,
  iter: (r: PyRange) => new PyRangeIter(r.start, r.stop, r.step),
  getItem(r: PyRange, index: any) {
    const n = rangeLength(r);
    if (index instanceof PySlice) {
      const [start, , step, len] = sliceIndices(index, n);
      const s = r.start + start * r.step;
      const st = r.step * step;
      return new PyRange(s, s + len * st, st);
    }
    let i = toIndex(index, "range");
    if (i < 0) i += n;
    if (i < 0 || i >= n) raiseIndexError("range index out of range");
    return r.start + i * r.step;
  },
  contains(r: PyRange, x: any) {
    if (typeof x !== "number" && !isInt(x)) {
      for (let v = r.start; r.step > 0 ? v < r.stop : v > r.stop; v += r.step) {
        if (eq(v, x)) return true;
      }
      return false;
    }
    const v = Number(intValue(x));
    if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0;
  },
  binaryOp(op: number, a: PyRange, b: any) {
    if (op !== Op.Eq && op !== Op.Ne) return NotImplemented;
    let same = false;
    if (b instanceof PyRange) {
      const la = rangeLength(a);
      const lb = rangeLength(b);
      same = la === lb && (la === 0 || (a.start === b.start && (la === 1 || a.step === b.step)));
    }
    return op === Op.Eq ? same : !same;
  },
  getAttr(r: PyRange, name: string) {
    if (name === "start") return r.start;
    if (name === "stop") return r.stop;
    if (name === "step") return r.step;
    return undefined;
  },
  locals: {
    count: builtinMethod("count", 1, 1, (r: PyRange, x: any) =>
      rangeType.contains!(r, x) ? 1 : 0),
    index: builtinMethod("index", 1, 1, (r: PyRange, x: any) => {
      if (!rangeType.contains!(r, x)) raiseValueError("object not in range");
      return (Number(intValue(x)) - r.start) / r.step;
    }),
  },
});
rangeType.baseType = false;
