/**
 * `set` and `frozenset`. Mirrors MicroPython's `py/objset.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  builtinMethodVar,
  defineType,
  NotImplemented,
  Op,
  PyObject,
  PyType,
  STOP,
} from "./type.ts";
import { HashTable } from "./_hashtable.ts";
import { getIter, hashValue, iterNext, pyRepr } from "../runtime/ops.ts";
import { raiseKeyError, raiseTypeError } from "../runtime/raise.ts";

/** A set or frozenset (`type` tells which). */
export class PySet extends PyObject {
  declare t: HashTable;
  constructor(type: PyType = setType) {
    super(type);
    this.t = new HashTable();
  }
  /** Adds an item. */
  add(x: any): void {
    this.t.setItem(x, true);
  }
  /** Items in insertion order. */
  items(): any[] {
    return this.t.keyArray();
  }
  get size(): number {
    return this.t.m.size;
  }
}

/** Makes a set from items. */
export function newSet(items: any[], type: PyType = setType): PySet {
  const s = new PySet(type);
  for (const x of items) s.add(x);
  return s;
}

/** Adds every item of an iterable. */
export function setAddAll(s: PySet, x: any): void {
  if (x instanceof PySet) {
    for (const k of x.items()) s.add(k);
    return;
  }
  const it = getIter(x);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return;
    s.add(v);
  }
}

function toSet(x: any): PySet {
  if (x instanceof PySet) return x;
  const s = new PySet();
  setAddAll(s, x);
  return s;
}

function isSetLike(x: any): x is PySet {
  return x instanceof PySet;
}

function like(self: PySet): PySet {
  return new PySet(
    self.type.nativeBase === frozensetType ? frozensetType : setType,
  );
}

function union(a: PySet, b: PySet): PySet {
  const r = like(a);
  for (const x of a.items()) r.add(x);
  for (const x of b.items()) r.add(x);
  return r;
}

function intersection(a: PySet, b: PySet): PySet {
  const r = like(a);
  for (const x of a.items()) if (b.t.hasItem(x)) r.add(x);
  return r;
}

function difference(a: PySet, b: PySet): PySet {
  const r = like(a);
  for (const x of a.items()) if (!b.t.hasItem(x)) r.add(x);
  return r;
}

function symDifference(a: PySet, b: PySet): PySet {
  const r = like(a);
  for (const x of a.items()) if (!b.t.hasItem(x)) r.add(x);
  for (const x of b.items()) if (!a.t.hasItem(x)) r.add(x);
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  for (const x of a.items()) if (!b.t.hasItem(x)) return false;
  return true;
}

function replaceContents(self: PySet, r: PySet): PySet {
  self.t = r.t;
  return self;
}

function setBinaryOp(op: number, lhs: PySet, rhs: any): any {
  if (!isSetLike(rhs)) return NotImplemented;
  const mutable = lhs.type.nativeBase === setType;
  switch (op) {
    case Op.Or:
      return union(lhs, rhs);
    case Op.And:
      return intersection(lhs, rhs);
    case Op.Sub:
      return difference(lhs, rhs);
    case Op.Xor:
      return symDifference(lhs, rhs);
    case Op.Or + 100:
      return mutable ? replaceContents(lhs, union(lhs, rhs)) : NotImplemented;
    case Op.And + 100:
      return mutable
        ? replaceContents(lhs, intersection(lhs, rhs))
        : NotImplemented;
    case Op.Sub + 100:
      return mutable
        ? replaceContents(lhs, difference(lhs, rhs))
        : NotImplemented;
    case Op.Xor + 100:
      return mutable
        ? replaceContents(lhs, symDifference(lhs, rhs))
        : NotImplemented;
    case Op.Eq:
      return lhs.size === rhs.size && isSubset(lhs, rhs);
    case Op.Ne:
      return !(lhs.size === rhs.size && isSubset(lhs, rhs));
    case Op.Le:
      return isSubset(lhs, rhs);
    case Op.Lt:
      return lhs.size < rhs.size && isSubset(lhs, rhs);
    case Op.Ge:
      return isSubset(rhs, lhs);
    case Op.Gt:
      return lhs.size > rhs.size && isSubset(rhs, lhs);
  }
  return NotImplemented;
}

/** Iterator over a set. */
export class PySetIter extends PyObject {
  declare i: number;
  declare items: any[];
  constructor(s: PySet) {
    super(setIterType);
    this.i = 0;
    this.items = s.items();
  }
}

export const setIterType: PyType = defineType<PySetIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PySetIter) {
    if (self.i < self.items.length) return self.items[self.i++];
    return STOP;
  },
});

function setRepr(self: PySet): string {
  const name = self.type.nativeBase === frozensetType ? "frozenset" : "set";
  const items = self.items();
  if (items.length === 0) return name + "()";
  const body = "{" + items.map(pyRepr).join(", ") + "}";
  return name === "set" ? body : name + "(" + body + ")";
}

const common = {
  repr: setRepr,
  bool: (self: PySet) => self.size !== 0,
  len: (self: PySet) => self.size,
  binaryOp: setBinaryOp,
  iter: (self: PySet) => new PySetIter(self),
  contains: (self: PySet, x: any) => {
    if (x instanceof PySet && x.type.nativeBase === setType) {
      return self.t.hasItem(newSet(x.items(), frozensetType));
    }
    return self.t.hasItem(x);
  },
};

function commonMethods(): Record<string, any> {
  return {
    copy: builtinMethod("copy", 0, 0, (self: PySet) => {
      const r = like(self);
      for (const x of self.items()) r.add(x);
      return r;
    }),
    union: builtinMethodVar("union", (self: PySet, args: any[]) => {
      let r = union(self, like(self));
      for (const a of args) r = union(r, toSet(a));
      return r;
    }),
    intersection: builtinMethodVar(
      "intersection",
      (self: PySet, args: any[]) => {
        let r = union(self, like(self));
        for (const a of args) r = intersection(r, toSet(a));
        return r;
      },
    ),
    difference: builtinMethodVar("difference", (self: PySet, args: any[]) => {
      let r = union(self, like(self));
      for (const a of args) r = difference(r, toSet(a));
      return r;
    }),
    symmetric_difference: builtinMethod(
      "symmetric_difference",
      1,
      1,
      (self: PySet, x: any) => symDifference(self, toSet(x)),
    ),
    issubset: builtinMethod(
      "issubset",
      1,
      1,
      (self: PySet, x: any) => isSubset(self, toSet(x)),
    ),
    issuperset: builtinMethod(
      "issuperset",
      1,
      1,
      (self: PySet, x: any) => isSubset(toSet(x), self),
    ),
    isdisjoint: builtinMethod("isdisjoint", 1, 1, (self: PySet, x: any) => {
      const o = toSet(x);
      for (const k of self.items()) if (o.t.hasItem(k)) return false;
      return true;
    }),
  };
}

function setMakeNew(type: PyType, args: any[]): PySet {
  if (args.length > 1) {
    raiseTypeError("function takes at most 1 positional arguments");
  }
  const s = new PySet(type);
  if (type.native === false) s.dict = new Map();
  if (args.length) setAddAll(s, args[0]);
  return s;
}

/** The `set` type. */
export const setType: PyType = defineType<PySet>("set", {
  ...common,
  makeNew: setMakeNew,
  hash: () => raiseTypeError("unsupported type for __hash__: 'set'"),
  locals: {
    ...commonMethods(),
    add: builtinMethod("add", 1, 1, (self: PySet, x: any) => {
      self.add(x);
      return null;
    }),
    clear: builtinMethod("clear", 0, 0, (self: PySet) => {
      self.t.clearItems();
      return null;
    }),
    discard: builtinMethod("discard", 1, 1, (self: PySet, x: any) => {
      self.t.deleteItem(x);
      return null;
    }),
    remove: builtinMethod("remove", 1, 1, (self: PySet, x: any) => {
      if (self.t.deleteItem(x) === undefined) raiseKeyError(x);
      return null;
    }),
    pop: builtinMethod("pop", 0, 0, (self: PySet) => {
      const m = self.t.m;
      if (m.size === 0) raiseKeyError("pop from an empty set");
      const first = m.keys().next().value;
      const key = self.t.pyKey(first);
      self.t.deleteItem(key);
      return key;
    }),
    update: builtinMethodVar("update", (self: PySet, args: any[]) => {
      for (const a of args) setAddAll(self, a);
      return null;
    }),
    intersection_update: builtinMethodVar(
      "intersection_update",
      (self: PySet, args: any[]) => {
        let r = union(self, like(self));
        for (const a of args) r = intersection(r, toSet(a));
        replaceContents(self, r);
        return null;
      },
    ),
    difference_update: builtinMethodVar(
      "difference_update",
      (self: PySet, args: any[]) => {
        let r = union(self, like(self));
        for (const a of args) r = difference(r, toSet(a));
        replaceContents(self, r);
        return null;
      },
    ),
    symmetric_difference_update: builtinMethod(
      "symmetric_difference_update",
      1,
      1,
      (self: PySet, x: any) => {
        replaceContents(self, symDifference(self, toSet(x)));
        return null;
      },
    ),
  },
});

/** The `frozenset` type. */
export const frozensetType: PyType = defineType<PySet>("frozenset", {
  ...common,
  makeNew: setMakeNew,
  hash(self: PySet) {
    let h = 0;
    for (const x of self.items()) h ^= hashValue(x);
    return h | 0;
  },
  locals: { ...commonMethods() },
});
frozensetType.identityHash = false;
frozensetType.immutable = true;
