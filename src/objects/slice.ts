/**
 * `slice` objects and the index arithmetic every sequence uses.
 * Mirrors MicroPython's `py/objslice.c`.
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
} from "./type.ts";
import { eq, isInt, pyRepr, toIndex } from "../runtime/ops.ts";
import { raiseTypeError, raiseValueError } from "../runtime/raise.ts";
import { PyTuple } from "./tuple.ts";
import { isFloat } from "./float.ts";

/** A slice `start:stop:step` (each None when omitted). */
export class PySlice extends PyObject {
  constructor(public start: any, public stop: any, public step: any) {
    super(sliceType);
  }
}

function sliceInt(x: any): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") {
    return x < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  // as MicroPython's mp_obj_get_int words it
  if (isFloat(x)) return raiseTypeError("can't convert float to int");
  if (isInt(x) || (x !== null && typeof x === "object")) return toIndex(x);
  return raiseTypeError(
    "slice indices must be integers or None or have an __index__ method",
  );
}

/**
 * A resolved slice (see `resolveSlice`): read it right after the call,
 * before any other Python code can run.
 */
export const SL = { start: 0, stop: 0, step: 1, count: 0 };

/**
 * Resolves slice bounds (each None when omitted) against a sequence length
 * into `SL`, clamped the way CPython's `PySlice_AdjustIndices` does.
 */
export function resolveSlice(
  startV: any,
  stopV: any,
  stepV: any,
  length: number,
): void {
  let step = 1;
  if (stepV !== null) {
    step = sliceInt(stepV);
    if (step === 0) raiseValueError("slice step can't be zero");
  }
  let start: number;
  let stop: number;
  let count: number;
  if (step > 0) {
    start = startV === null ? 0 : sliceInt(startV);
    stop = stopV === null ? length : sliceInt(stopV);
    if (start < 0) start = Math.max(0, start + length);
    else if (start > length) start = length;
    if (stop < 0) stop = Math.max(0, stop + length);
    else if (stop > length) stop = length;
    count = stop > start ? Math.floor((stop - start + step - 1) / step) : 0;
  } else {
    start = startV === null ? length - 1 : sliceInt(startV);
    stop = stopV === null ? -1 : sliceInt(stopV);
    if (start < 0) start = Math.max(-1, start + length);
    else if (start >= length) start = length - 1;
    if (stopV !== null) {
      if (stop < 0) stop = Math.max(-1, stop + length);
      else if (stop >= length) stop = length - 1;
    }
    count = start > stop ? Math.floor((start - stop - step - 1) / -step) : 0;
  }
  SL.start = start;
  SL.stop = stop;
  SL.step = step;
  SL.count = count;
}

/** Resolves a slice against a sequence length: [start, stop, step, count]. */
export function sliceIndices(
  s: PySlice,
  length: number,
): [number, number, number, number] {
  resolveSlice(s.start, s.stop, s.step, length);
  return [SL.start, SL.stop, SL.step, SL.count];
}

/** The `slice` type. */
export const sliceType: PyType = defineType<PySlice>("slice", {
  makeNew(_type, args) {
    if (args.length === 1) return new PySlice(null, args[0], null);
    if (args.length === 2) return new PySlice(args[0], args[1], null);
    if (args.length === 3) return new PySlice(args[0], args[1], args[2]);
    return raiseTypeError("slice expected at most 3 arguments");
  },
  hash: () => raiseTypeError("unsupported type for __hash__: 'slice'"),
  repr: (s: PySlice) =>
    `slice(${pyRepr(s.start)}, ${pyRepr(s.stop)}, ${pyRepr(s.step)})`,
  binaryOp(op: number, a: PySlice, b: any) {
    if (op === Op.Eq || op === Op.Ne) {
      const same = b instanceof PySlice && eq(a.start, b.start) &&
        eq(a.stop, b.stop) &&
        eq(a.step, b.step);
      return op === Op.Eq ? same : !same;
    }
    return NotImplemented;
  },
  getAttr(s: PySlice, name: string) {
    if (name === "start") return s.start;
    if (name === "stop") return s.stop;
    if (name === "step") return s.step;
    return undefined;
  },
  locals: {
    indices: builtinMethod("indices", 1, 1, (s: PySlice, n: any) => {
      const [start, stop, step] = sliceIndices(s, toIndex(n));
      return new PyTuple([start, stop, step]);
    }),
  },
});
sliceType.baseType = false;
// usable as a dict key (by identity) although hash() refuses it, as in MicroPython
sliceType.identityHash = true;
