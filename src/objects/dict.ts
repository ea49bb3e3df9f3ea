/**
 * `dict` and its views. Mirrors MicroPython's `py/objdict.c`.
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
  PyClassMethod,
  PyObject,
  PyType,
  STOP,
} from "./type.ts";
import { HashTable, Token } from "./_hashtable.ts";
import {
  eq,
  getIter,
  iterNext,
  iterToArray,
  pyRepr,
  typeOf,
} from "../runtime/ops.ts";
import {
  raiseKeyError,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { PyTuple } from "./tuple.ts";
import { PySlice } from "./slice.ts";
import { callSync } from "../runtime/call.ts";
import { getAttrOpt } from "../runtime/attr.ts";

/** The dict wrapper of each attribute map, so `globals() is globals()`. */
const mapDicts = new WeakMap<Map<any, any>, PyDict>();

/** A dict. */
export class PyDict extends PyObject {
  declare t: HashTable;
  /** A fixed dict (e.g. `errno.errorcode`) refuses changes. */
  declare fixed: boolean;
  constructor(m?: Map<any, any>) {
    super(dictType);
    this.fixed = false;
    this.t = new HashTable(m);
  }

  /** The dict sharing storage with an attribute map (`__dict__`, globals). */
  static fromMap(m: Map<any, any>): PyDict {
    let d = mapDicts.get(m);
    if (d === undefined) {
      d = new PyDict(m);
      mapDicts.set(m, d);
    }
    return d;
  }

  /** The value for `key`, or `undefined`. */
  getItemOpt(key: any): any {
    return this.t.getItemOpt(key);
  }

  /** Sets `key`. */
  setItem(key: any, value: any): void {
    this.t.setItem(key, value);
  }

  /** Raises TypeError when the dict is fixed. */
  checkMutable(): void {
    if (this.fixed) {
      raiseTypeError("'dict' object doesn't support item assignment");
    }
  }

  /** Number of entries. */
  get size(): number {
    return this.t.m.size;
  }

  /** [key, value] pairs in order. */
  *entries(): Generator<[any, any]> {
    const t = this.t;
    for (const [k, v] of t.m) yield [t.pyKey(k), v];
  }
}

/** Makes a dict from [key, value] pairs. */
export function newDict(pairs: [any, any][] = []): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.setItem(k, v);
  return d;
}

/** True for OrderedDict and its subclasses (MicroPython's ordered maps). */
function isOrdered(d: PyDict): boolean {
  for (const t of d.type.mro) {
    if (t.name === "OrderedDict" && t.native) return true;
  }
  return false;
}

function dictGetItem(self: PyDict, key: any): any {
  const v = self.t.getItemOpt(key);
  if (v !== undefined) return v;
  if (self.type !== dictType) {
    const missing = self.type.lookup("__missing__");
    if (missing !== undefined) return callSync(missing, [self, key]);
  }
  return raiseKeyError(key);
}

/** Iterator over a dict's keys, values or items. */
export class PyDictIter extends PyObject {
  declare it: Iterator<[any, any]>;
  declare size: number;
  constructor(public d: PyDict, public kind: 0 | 1 | 2) {
    super(dictIterType);
    this.it = d.t.m.entries();
    this.size = d.t.m.size;
  }
}

export const dictIterType: PyType = defineType<PyDictIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyDictIter) {
    if (self.d.t.m.size !== self.size) {
      raiseRuntimeError("dictionary changed size during iteration");
    }
    const r = self.it.next();
    if (r.done) return STOP;
    const [k, v] = r.value;
    const key = self.d.t.pyKey(k);
    if (self.kind === 0) return key;
    if (self.kind === 1) return v;
    return new PyTuple([key, v]);
  },
});

/** A `dict_keys` / `dict_values` / `dict_items` view. */
export class PyDictView extends PyObject {
  constructor(public d: PyDict, public kind: 0 | 1 | 2) {
    super(dictViewTypes[kind]);
  }
}

const VIEW_NAMES = ["dict_keys", "dict_values", "dict_items"];

function viewItems(v: PyDictView): any[] {
  const out: any[] = [];
  for (const [k, val] of v.d.entries()) {
    out.push(v.kind === 0 ? k : v.kind === 1 ? val : new PyTuple([k, val]));
  }
  return out;
}

function makeViewType(kind: 0 | 1 | 2): PyType {
  return defineType<PyDictView>(VIEW_NAMES[kind], {
    repr: (self: PyDictView) =>
      `${VIEW_NAMES[kind]}([${viewItems(self).map(pyRepr).join(", ")}])`,
    len: (self: PyDictView) => self.d.size,
    hash: kind === 1
      ? undefined
      : () =>
        raiseTypeError(`unsupported type for __hash__: '${VIEW_NAMES[kind]}'`),
    iter: (self: PyDictView) => new PyDictIter(self.d, kind),
    contains(self: PyDictView, x: any) {
      if (kind === 0) return self.d.t.hasItem(x);
      if (kind === 2) {
        if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
        const v = self.d.t.getItemOpt(x.items[0]);
        return v !== undefined && eq(v, x.items[1]);
      }
      return viewItems(self).some((y) => eq(y, x));
    },
    binaryOp(op: number, lhs: PyDictView, rhs: any) {
      if (kind === 1) return NotImplemented;
      if (op === Op.Eq || op === Op.Ne) {
        if (!(rhs instanceof PyDictView) || rhs.kind !== kind) {
          return NotImplemented;
        }
        const a = viewItems(lhs);
        const same = a.length === rhs.d.size &&
          a.every((x) => dictViewContains(rhs, x));
        return op === Op.Eq ? same : !same;
      }
      return NotImplemented;
    },
  });
}

function dictViewContains(v: PyDictView, x: any): boolean {
  return v.type.contains!(v, x);
}

export const dictViewTypes: PyType[] = [
  makeViewType(0),
  makeViewType(1),
  makeViewType(2),
];

/** Updates `d` from a mapping or an iterable of pairs, then keywords. */
export function dictUpdate(d: PyDict, args: any[], kw: KwArgs | null): void {
  if (args.length > 1) raiseTypeError("function expected at most 1 arguments");
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof PyDict) {
      d.t.copyFrom(src.t);
    } else {
      const keys = getAttrOpt(src, "keys");
      if (keys !== undefined) {
        for (const k of iterToArray(callSync(keys, []))) {
          d.setItem(k, callGetItem(src, k));
        }
      } else {
        const it = getIter(src);
        for (;;) {
          const pair = iterNext(it);
          if (pair === STOP) break;
          const kv = iterToArray(pair);
          if (kv.length !== 2) {
            raiseValueError(
              "dictionary update sequence element has wrong length",
            );
          }
          d.setItem(kv[0], kv[1]);
        }
      }
    }
  }
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      d.setItem(kw.names[i], kw.values[i]);
    }
  }
}

function callGetItem(o: any, k: any): any {
  const t = typeOf(o);
  if (t.getItem) return t.getItem(o, k);
  return raiseTypeError(`'${t.name}' object isn't subscriptable`);
}

/** repr of a dict: `{'a': 1}`. */
export function dictRepr(d: PyDict): string {
  const parts: string[] = [];
  for (const [k, v] of d.entries()) parts.push(pyRepr(k) + ": " + pyRepr(v));
  return "{" + parts.join(", ") + "}";
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.t.getItemOpt(k);
    if (w === undefined || !(w === v || eq(v, w))) return false;
  }
  return true;
}

/** The `dict` type. */
export const dictType: PyType = defineType<PyDict>("dict", {
  makeNew(type, args, kw) {
    const d = new PyDict();
    if (type !== dictType) {
      d.type = type;
      d.dict = new Map();
    }
    dictUpdate(d, args, kw);
    return d;
  },
  repr: dictRepr,
  bool: (self: PyDict) => self.size !== 0,
  len: (self: PyDict) => self.size,
  hash: () => raiseTypeError("unsupported type for __hash__: 'dict'"),
  binaryOp(op: number, lhs: PyDict, rhs: any) {
    if (op === Op.Eq || op === Op.Ne) {
      if (!(rhs instanceof PyDict)) return NotImplemented;
      const r = dictEq(lhs, rhs);
      return op === Op.Eq ? r : !r;
    }
    if (op === Op.Or && rhs instanceof PyDict) {
      const d = new PyDict();
      d.t.copyFrom(lhs.t);
      d.t.copyFrom(rhs.t);
      return d;
    }
    if (op === Op.Or + 100 && rhs instanceof PyDict) {
      lhs.t.copyFrom(rhs.t);
      return lhs;
    }
    return NotImplemented;
  },
  iter: (self: PyDict) => new PyDictIter(self, 0),
  getItem: dictGetItem,
  setItem: (self: PyDict, k: any, v: any) => {
    self.checkMutable();
    if (k instanceof PySlice && !isOrdered(self)) {
      // slices are unhashable; only ordered dicts (linear lookup) take them
      raiseTypeError("unsupported type for __hash__: 'slice'");
    }
    self.t.setItem(k, v);
  },
  delItem(self: PyDict, k: any) {
    self.checkMutable();
    if (self.t.deleteItem(k) === undefined) raiseKeyError(k);
  },
  contains: (self: PyDict, k: any) => self.t.hasItem(k),
  locals: {
    __init__: builtinMethodVar("__init__", (self: PyDict, args, kw) => {
      dictUpdate(self, args, kw);
      return null;
    }),
    __getitem__: builtinMethod(
      "__getitem__",
      1,
      1,
      (self: PyDict, k: any) => dictGetItem(self, k),
    ),
    __setitem__: builtinMethod(
      "__setitem__",
      2,
      2,
      (self: PyDict, k: any, v: any) => {
        self.checkMutable();
        self.t.setItem(k, v);
        return null;
      },
    ),
    __delitem__: builtinMethod("__delitem__", 1, 1, (self: PyDict, k: any) => {
      self.checkMutable();
      if (self.t.deleteItem(k) === undefined) raiseKeyError(k);
      return null;
    }),
    keys: builtinMethod(
      "keys",
      0,
      0,
      (self: PyDict) => new PyDictView(self, 0),
    ),
    values: builtinMethod(
      "values",
      0,
      0,
      (self: PyDict) => new PyDictView(self, 1),
    ),
    items: builtinMethod(
      "items",
      0,
      0,
      (self: PyDict) => new PyDictView(self, 2),
    ),
    get: builtinMethod(
      "get",
      1,
      2,
      (self: PyDict, k: any, dflt: any = null) => {
        const v = self.t.getItemOpt(k);
        return v === undefined ? dflt : v;
      },
    ),
    pop: builtinMethod("pop", 1, 2, (self: PyDict, k: any, dflt?: any) => {
      self.checkMutable();
      const v = self.t.deleteItem(k);
      if (v !== undefined) return v;
      if (dflt === undefined) raiseKeyError(k);
      return dflt;
    }),
    popitem: builtinMethod("popitem", 0, 0, (self: PyDict) => {
      self.checkMutable();
      const m = self.t.m;
      if (m.size === 0) raiseKeyError("popitem(): dictionary is empty");
      let last: any;
      for (const k of m.keys()) last = k;
      const key = self.t.pyKey(last);
      const v = m.get(last);
      self.t.deleteItem(last instanceof Token ? last.key : key);
      return new PyTuple([key, v]);
    }),
    setdefault: builtinMethod(
      "setdefault",
      1,
      2,
      (self: PyDict, k: any, dflt: any = null) => {
        const v = self.t.getItemOpt(k);
        if (v !== undefined) return v;
        self.checkMutable();
        self.t.setItem(k, dflt);
        return dflt;
      },
    ),
    update: builtinMethodVar("update", (self: PyDict, args, kw) => {
      self.checkMutable();
      dictUpdate(self, args, kw);
      return null;
    }),
    clear: builtinMethod("clear", 0, 0, (self: PyDict) => {
      self.checkMutable();
      self.t.clearItems();
      return null;
    }),
    copy: builtinMethod("copy", 0, 0, (self: PyDict) => {
      const d = new PyDict();
      d.t.copyFrom(self.t);
      if (self.type !== dictType && self.type.nativeBase !== dictType) {
        d.type = self.type;
      }
      return d;
    }),
    fromkeys: new PyClassMethod(
      builtinMethod(
        "fromkeys",
        1,
        2,
        (cls: PyType, keys: any, v: any = null) => {
          const d = callSync(cls, []) as PyDict;
          for (const k of iterToArray(keys)) d.setItem(k, v);
          return d;
        },
      ),
    ),
  },
});
