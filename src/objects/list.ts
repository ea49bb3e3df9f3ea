/**
 * The `list` type. Mirrors MicroPython's `py/objlist.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  builtinMethodVar,
  defineType,
  KwArgs,
  NotImplemented,
  Op,
  PyObject,
  PyType,
  STOP,
} from "./type.ts";
import {
  compareSeq,
  getIter,
  iterNext,
  iterToArray,
  lt,
  pyRepr,
  seqCount,
  seqIndex,
  seqRepeatCount,
  toIndex,
  truthy,
} from "../runtime/ops.ts";
import {
  raiseIndexError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { PySlice, resolveSlice, SL, sliceIndices } from "./slice.ts";
import { PyTuple, seqIndexMethod } from "./tuple.ts";
import { callSync } from "../runtime/call.ts";
import { checkAlloc, checkHeapLock, heap, WORD } from "../runtime/heap.ts";

/** A list: a JS array of Python values. */
export class PyList extends PyObject {
  constructor(public items: any[]) {
    super(listType);
  }
}

/** Makes a list. */
export function newList(items: any[]): PyList {
  return new PyList(items);
}

/** Iterator over a live list (sees appends, stops at the current end). */
export class PyListIter extends PyObject {
  declare i: number;
  constructor(public list: PyList) {
    super(listIterType);
    this.i = 0;
  }
}

export const listIterType: PyType = defineType<PyListIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyListIter) {
    const items = self.list.items;
    if (self.i < items.length) return items[self.i++];
    return STOP;
  },
});

function normIndex(self: PyList, index: any, what = "list"): number {
  const n = self.items.length;
  let i = typeof index === "number" && (index | 0) === index
    ? index
    : toIndex(index, what);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raiseIndexError(`${what} index out of range`);
  return i;
}

function listGetItem(self: PyList, index: any): any {
  // fast path for a small int (a raw float or large int takes normIndex)
  if (typeof index === "number" && (index | 0) === index) {
    const items = self.items;
    const i = index < 0 ? index + items.length : index;
    if (i >= 0 && i < items.length) return items[i];
    return raiseIndexError("list index out of range");
  }
  if (index instanceof PySlice) {
    return listGetSlice(self, index.start, index.stop, index.step);
  }
  return self.items[normIndex(self, index)];
}

/** `self[start:stop:step]` (each None when omitted). */
export function listGetSlice(
  self: PyList,
  startV: any,
  stopV: any,
  stepV: any,
): PyList {
  if (heap.locked) checkHeapLock();
  const items = self.items;
  resolveSlice(startV, stopV, stepV, items.length);
  const { start, stop, step, count } = SL;
  if (step === 1) return new PyList(items.slice(start, stop));
  const out = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return new PyList(out);
}

function listSetItem(self: PyList, index: any, value: any): void {
  if (typeof index === "number" && (index | 0) === index) {
    const items = self.items;
    const i = index < 0 ? index + items.length : index;
    if (i >= 0 && i < items.length) {
      items[i] = value;
      return;
    }
    raiseIndexError("list index out of range");
  }
  if (index instanceof PySlice) {
    listSetSlice(self, index.start, index.stop, index.step, value);
    return;
  }
  self.items[normIndex(self, index)] = value;
}

/** `self[start:stop:step] = value` (each bound None when omitted). */
export function listSetSlice(
  self: PyList,
  startV: any,
  stopV: any,
  stepV: any,
  value: any,
): void {
  const items = self.items;
  // another native list can be read while this one changes; anything else
  // is copied first (it may be this list, or be changed by iterating it)
  const src = value?.type === listType && value !== self
    ? value.items
    : value === self
    ? items.slice()
    : iterToArray(value);
  resolveSlice(startV, stopV, stepV, items.length);
  const { start, stop, step, count } = SL;
  if (step === 1) {
    const n = Math.max(0, stop - start);
    if (n === src.length) {
      for (let i = 0; i < n; i++) items[start + i] = src[i];
    } else if (src.length < 10000) items.splice(start, n, ...src);
    else self.items = items.slice(0, start).concat(src, items.slice(start + n));
    return;
  }
  if (src.length !== count) {
    raiseValueError(
      `attempt to assign sequence of size ${src.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, j = start; i < count; i++, j += step) items[j] = src[i];
}

function listDelItem(self: PyList, index: any): void {
  if (index instanceof PySlice) {
    const items = self.items;
    const [start, stop, step, len] = sliceIndices(index, items.length);
    if (step === 1) {
      if (stop > start) items.splice(start, stop - start);
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
    self.items = items.filter((_, k) => !drop.has(k));
    return;
  }
  self.items.splice(normIndex(self, index), 1);
}

function listBinaryOp(op: number, lhs: PyList, rhs: any): any {
  switch (op) {
    case Op.Add:
      if (rhs instanceof PyList) return new PyList(lhs.items.concat(rhs.items));
      return NotImplemented;
    case Op.Add + 100:
      listExtend(lhs, rhs);
      return lhs;
    case Op.Mul:
    case Op.Mul + 200: {
      const n = seqRepeatCount(rhs);
      if (n === undefined) return NotImplemented;
      checkAlloc(n * lhs.items.length * WORD);
      const out: any[] = [];
      for (let i = 0; i < n; i++) for (const x of lhs.items) out.push(x);
      return new PyList(out);
    }
    case Op.Mul + 100: {
      const n = seqRepeatCount(rhs);
      if (n === undefined) return NotImplemented;
      const src = lhs.items.slice();
      lhs.items.length = 0;
      for (let i = 0; i < n; i++) for (const x of src) lhs.items.push(x);
      return lhs;
    }
    case Op.Eq:
    case Op.Ne:
    case Op.Lt:
    case Op.Le:
    case Op.Gt:
    case Op.Ge:
      if (!(rhs instanceof PyList)) {
        return NotImplemented;
      }
      return compareSeq(op, lhs.items, rhs.items);
  }
  return NotImplemented;
}

/** `list.extend(iterable)`. */
export function listExtend(self: PyList, x: any): void {
  if (heap.locked) checkHeapLock();
  if (x instanceof PyList || x instanceof PyTuple) {
    const src = x.items;
    const items = self.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const it = getIter(x);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return;
    self.items.push(v);
    if ((self.items.length & 0xffff) === 0) {
      checkAlloc(self.items.length * WORD);
    }
  }
}

/** Sorts an array in place with Python semantics (`key`, `reverse`, `<` only). */
export function sortArray(items: any[], key: any, reverse: boolean): void {
  if (key !== null && key !== undefined) {
    const keyed = items.map((x) => [callSync(key, [x]), x]);
    stableSort(keyed, (a, b) => lt(a[0], b[0]), reverse);
    for (let i = 0; i < items.length; i++) items[i] = keyed[i][1];
    return;
  }
  stableSort(items, lt, reverse);
}

function stableSort(
  a: any[],
  less: (x: any, y: any) => boolean,
  reverse: boolean,
): void {
  if (reverse) {
    // reverse, stable ascending sort, reverse: equal items keep their order
    a.reverse();
    a.sort((x, y) => (less(x, y) ? -1 : less(y, x) ? 1 : 0));
    a.reverse();
    return;
  }
  a.sort((x, y) => (less(x, y) ? -1 : less(y, x) ? 1 : 0));
}

function listSort(self: PyList, args: any[], kw: KwArgs | null): null {
  if (args.length > 0) {
    raiseTypeError("function takes 1 positional arguments but 2 were given");
  }
  if (kw !== null) {
    for (const n of kw.names) {
      if (n !== "key" && n !== "reverse") {
        raiseTypeError(`unexpected keyword argument '${n}'`);
      }
    }
  }
  const key = kw?.get("key") ?? null;
  const reverse = truthy(kw?.get("reverse") ?? false);
  const items = self.items;
  self.items = [];
  try {
    sortArray(items, key, reverse);
  } finally {
    self.items = items;
  }
  return null;
}

/** The `list` type. */
export const listType: PyType = defineType<PyList>("list", {
  makeNew(type, args) {
    if (args.length > 1) {
      raiseTypeError("function takes at most 1 positional arguments");
    }
    const l = new PyList(args.length ? iterToArray(args[0]) : []);
    if (type !== listType) {
      l.type = type;
      l.dict = new Map();
    }
    return l;
  },
  repr: (self: PyList) => "[" + self.items.map(pyRepr).join(", ") + "]",
  bool: (self: PyList) => self.items.length !== 0,
  len: (self: PyList) => self.items.length,
  binaryOp: listBinaryOp,
  iter: (self: PyList) => new PyListIter(self),
  getItem: listGetItem,
  setItem: listSetItem,
  delItem: listDelItem,
  contains: (self: PyList, x: any) => seqIndex(self.items, x, 0) >= 0,
  hash: () => raiseTypeError("unsupported type for __hash__: 'list'"),
  locals: {
    __init__: builtinMethod("__init__", 0, 1, (self: PyList, x?: any) => {
      self.items = x === undefined ? [] : iterToArray(x);
      return null;
    }),
    append: builtinMethod("append", 1, 1, (self: PyList, x: any) => {
      self.items.push(x);
      return null;
    }),
    extend: builtinMethod("extend", 1, 1, (self: PyList, x: any) => {
      listExtend(self, x);
      return null;
    }),
    insert: builtinMethod("insert", 2, 2, (self: PyList, i: any, x: any) => {
      const n = self.items.length;
      let idx = toIndex(i, "list");
      if (idx < 0) idx = Math.max(0, idx + n);
      if (idx > n) idx = n;
      self.items.splice(idx, 0, x);
      return null;
    }),
    pop: builtinMethod("pop", 0, 1, (self: PyList, i?: any) => {
      const n = self.items.length;
      if (n === 0) raiseIndexError("pop from empty list");
      if (i === undefined) return self.items.pop();
      let idx = toIndex(i, "list");
      if (idx < 0) idx += n;
      if (idx < 0 || idx >= n) raiseIndexError("list index out of range");
      return self.items.splice(idx, 1)[0];
    }),
    remove: builtinMethod("remove", 1, 1, (self: PyList, x: any) => {
      const i = seqIndex(self.items, x, 0);
      if (i < 0) raiseValueError("object not in sequence");
      self.items.splice(i, 1);
      return null;
    }),
    clear: builtinMethod("clear", 0, 0, (self: PyList) => {
      self.items.length = 0;
      return null;
    }),
    copy: builtinMethod(
      "copy",
      0,
      0,
      (self: PyList) => new PyList(self.items.slice()),
    ),
    count: builtinMethod(
      "count",
      1,
      1,
      (self: PyList, x: any) => seqCount(self.items, x),
    ),
    index: builtinMethod(
      "index",
      1,
      3,
      (self: PyList, x: any, start?: any, stop?: any) =>
        seqIndexMethod(self.items, x, start, stop, "list"),
    ),
    reverse: builtinMethod("reverse", 0, 0, (self: PyList) => {
      self.items.reverse();
      return null;
    }),
    sort: builtinMethodVar("sort", listSort),
  },
});
