/**
 * The `tuple` type. Mirrors MicroPython's `py/objtuple.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { defineType, Op, PyObject, PyType, STOP } from "./type.ts";
import { NotImplemented } from "./type.ts";
import { sliceIndices } from "./slice.ts";
import {
  compareSeq,
  hashValue,
  iterToArray,
  pyRepr,
  seqCount,
  seqIndex,
  seqRepeatCount,
  toIndex,
} from "../runtime/ops.ts";
import {
  raiseIndexError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { PySlice } from "./slice.ts";
import { checkAlloc, WORD } from "../runtime/heap.ts";
import { builtinMethod } from "./type.ts";

/** A tuple: an immutable JS array of Python values. */
export class PyTuple extends PyObject {
  constructor(public items: any[]) {
    super(tupleType);
  }
}

/** Makes a tuple (of the given subtype, when subclassed). */
export function newTuple(items: any[], type?: PyType): PyTuple {
  const t = new PyTuple(items);
  if (type && type !== tupleType) {
    t.type = type;
    t.dict = new Map();
  }
  return t;
}

/** Iterator over an array snapshot (shared by tuple and list iteration). */
export class PyArrayIter extends PyObject {
  declare i: number;
  constructor(public items: any[]) {
    super(arrayIterType);
    this.i = 0;
  }
}

export const arrayIterType: PyType = defineType<PyArrayIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyArrayIter) {
    const items = self.items;
    if (self.i < items.length) return items[self.i++];
    return STOP;
  },
});

/** repr of a tuple: `(1,)`, `(1, 2)`, `()`. */
export function tupleRepr(items: any[]): string {
  if (items.length === 1) return "(" + pyRepr(items[0]) + ",)";
  return "(" + items.map(pyRepr).join(", ") + ")";
}

function tupleGetItem(self: PyTuple, index: any): any {
  const items = self.items;
  // fast path for a small int (a raw float or large int takes toIndex)
  if (typeof index === "number" && (index | 0) === index) {
    const i = index < 0 ? index + items.length : index;
    if (i >= 0 && i < items.length) return items[i];
    return raiseIndexError("tuple index out of range");
  }
  if (index instanceof PySlice) {
    const [start, stop, step, len] = sliceIndices(index, items.length);
    if (step === 1) return new PyTuple(items.slice(start, stop));
    const out = new Array(len);
    for (let i = 0, j = start; i < len; i++, j += step) out[i] = items[j];
    return new PyTuple(out);
  }
  let i = toIndex(index, "tuple");
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length || !Number.isInteger(i)) {
    raiseIndexError("tuple index out of range");
  }
  return items[i];
}

function tupleBinaryOp(op: number, lhs: PyTuple, rhs: any): any {
  switch (op) {
    case Op.Add:
    case Op.Add + 100:
      if (rhs instanceof PyTuple) {
        return new PyTuple(lhs.items.concat(rhs.items));
      }
      return NotImplemented;
    case Op.Mul:
    case Op.Mul + 100:
    case Op.Mul + 200: {
      const n = seqRepeatCount(rhs);
      if (n === undefined) return NotImplemented;
      checkAlloc(n * lhs.items.length * WORD);
      const out: any[] = [];
      for (let i = 0; i < n; i++) for (const x of lhs.items) out.push(x);
      return new PyTuple(out);
    }
    case Op.Eq:
    case Op.Ne:
    case Op.Lt:
    case Op.Le:
    case Op.Gt:
    case Op.Ge:
      if (!(rhs instanceof PyTuple)) {
        return NotImplemented;
      }
      return compareSeq(op, lhs.items, rhs.items);
  }
  return NotImplemented;
}

/** Hash of a tuple, combining its items' hashes. */
export function tupleHash(self: PyTuple): number {
  let h = 0x345678;
  for (const x of self.items) {
    h = (Math.imul(h ^ hashValue(x), 1000003) + 82520) | 0;
  }
  return h;
}

export const tupleType: PyType = defineType<PyTuple>("tuple", {
  makeNew(type, args) {
    if (args.length > 1) {
      raiseTypeError("function takes at most 1 positional arguments");
    }
    const items = args.length === 0 ? [] : iterToArray(args[0]);
    return newTuple(items, type);
  },
  repr: (self: PyTuple) => tupleRepr(self.items),
  hash: tupleHash,
  bool: (self: PyTuple) => self.items.length !== 0,
  len: (self: PyTuple) => self.items.length,
  binaryOp: tupleBinaryOp,
  iter: (self: PyTuple) => new PyArrayIter(self.items),
  getItem: tupleGetItem,
  contains: (self: PyTuple, x: any) => seqIndex(self.items, x, 0) >= 0,
  locals: {
    count: builtinMethod(
      "count",
      1,
      1,
      (self: PyTuple, x: any) => seqCount(self.items, x),
    ),
    index: builtinMethod(
      "index",
      1,
      3,
      (self: PyTuple, x: any, start?: any, stop?: any) =>
        seqIndexMethod(self.items, x, start, stop, "tuple"),
    ),
  },
});
tupleType.identityHash = false;
tupleType.immutable = true;

/** `seq.index(x[, start[, stop]])` for tuples and lists. */
export function seqIndexMethod(
  items: any[],
  x: any,
  start: any,
  stop: any,
  what: string,
): number {
  const n = items.length;
  let s = start === undefined ? 0 : toIndex(start, what);
  let e = stop === undefined ? n : toIndex(stop, what);
  if (s < 0) s = Math.max(0, s + n);
  if (e < 0) e = Math.max(0, e + n);
  const i = seqIndex(items.slice(0, Math.min(e, n)), x, s);
  if (i < 0) {
    raiseValueError("object not in sequence");
  }
  return i;
}

/** The empty tuple. */
export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

/** Shorthand for building a tuple from values. */
export function tuple(...items: any[]): PyTuple {
  return new PyTuple(items);
}

/** Guard for internal use. */
export function isTuple(x: unknown): x is PyTuple {
  return x instanceof PyTuple;
}
