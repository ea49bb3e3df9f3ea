/**
 * The `collections` module: `namedtuple`, `deque` and `OrderedDict`.
 *
 * Mirrors MicroPython's `py/modcollections.c`, `py/objnamedtuple.c`,
 * `py/objdeque.c` and the ordered-dict parts of `py/objdict.c`, as built
 * for the unix port (EXTRA_FEATURES). Differences from CPython kept on
 * purpose, because MicroPython has them:
 * - `namedtuple` splits a field string on whitespace only (not commas);
 * - `deque(iterable, maxlen[, flags])` takes a mandatory `maxlen`, no
 *   keywords; a full deque drops from the other end, or raises
 *   `IndexError("full")` when `flags` is true; `repr` is `<deque>`;
 * - `OrderedDict` repr is `OrderedDict({...})` and two OrderedDicts compare
 *   equal only with the same order.
 * Additions beyond the unix build (present in MicroPython's full-feature
 * builds or CPython): namedtuple `_fields`, `_asdict`, `_replace`, `_make`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFn,
  builtinMethod,
  builtinMethodVar,
  defineType,
  initType,
  KwArgs,
  NotImplemented,
  Op,
  PyClassMethod,
  PyObject,
  PyType,
  STOP,
  typeType,
} from "../objects/type.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { PyTuple, tupleType } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { dictRepr, dictType, dictUpdate, PyDict } from "../objects/dict.ts";
import { isStr, strValue } from "../objects/str.ts";
import {
  eq,
  getIter,
  iterNext,
  iterToArray,
  pyRepr,
  toIndex,
  toInt,
  typeName,
} from "../runtime/ops.ts";
import { valueErrorType } from "../objects/exception.ts";
import {
  raise,
  raiseAttributeError,
  raiseIndexError,
  raiseMemoryError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";

// ------------------------------------------------------------ namedtuple

/** A type made by `namedtuple()`: a tuple subtype that knows its field names. */
class NamedTupleType extends PyType {
  fields: string[] = [];
}

/** The field names of a namedtuple instance (or of a subclass's instance). */
function fieldsOf(self: PyTuple): string[] {
  const nb = self.type.nativeBase;
  return nb instanceof NamedTupleType ? nb.fields : [];
}

function namedTupleRepr(self: PyTuple): string {
  const fields = fieldsOf(self);
  const parts = self.items.map((v, i) => `${fields[i]}=${pyRepr(v)}`);
  return `${self.type.name}(${parts.join(", ")})`;
}

function namedTupleNew(type: PyType, args: any[], kw: KwArgs | null): PyTuple {
  const nt = type.nativeBase as NamedTupleType;
  const fields = nt.fields;
  const nkw = kw === null ? 0 : kw.size;
  if (args.length + nkw !== fields.length) {
    raiseTypeError(
      `${type.name}() takes ${fields.length} positional arguments but ${
        args.length + nkw
      } were given`,
    );
  }
  const items = args.slice();
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const name = kw.names[i];
      const id = fields.indexOf(name);
      if (id < 0) raiseTypeError(`unexpected keyword argument '${name}'`);
      if (items[id] !== undefined) {
        raiseTypeError(`function got multiple values for argument '${name}'`);
      }
      items[id] = kw.values[i];
    }
  }
  const t = new PyTuple(items);
  t.type = type;
  if (type !== nt) t.dict = new Map();
  return t;
}

/** Field names from a str (split on whitespace, as MicroPython) or a tuple or list of str. */
function parseFields(spec: any): string[] {
  let names: any[];
  if (isStr(spec)) names = strValue(spec).split(/\s+/).filter((s) => s !== "");
  else if (spec instanceof PyTuple || spec instanceof PyList) {
    names = spec.items;
  } else {return raiseTypeError(
      `object '${typeName(spec)}' isn't a tuple or list`,
    );}
  return names.map((n) => {
    if (!isStr(n)) {
      raiseTypeError(`can't convert '${typeName(n)}' object to str implicitly`);
    }
    return strValue(n);
  });
}

/** Creates the namedtuple type `name` with `fields` (per call, per interpreter). */
function makeNamedTuple(
  name: string,
  fields: string[],
  odType: PyType,
): PyType {
  const t = new NamedTupleType(typeType, name, [tupleType]);
  t.fields = fields;
  initType(t, [tupleType], {
    makeNew: namedTupleNew,
    repr: namedTupleRepr,
    getAttr(self: PyTuple, attr: string) {
      const i = fieldsOf(self).indexOf(attr);
      return i < 0 ? undefined : self.items[i];
    },
    setAttr(self: PyTuple, attr: string) {
      if (self.dict && !fieldsOf(self).includes(attr)) return false;
      return raiseAttributeError("can't set attribute");
    },
    locals: {
      _fields: new PyTuple(fields.slice()),
      _asdict: builtinMethod("_asdict", 0, 0, (self: PyTuple) => {
        const d = new PyDict();
        d.type = odType;
        fieldsOf(self).forEach((f, i) => d.setItem(f, self.items[i]));
        return d;
      }),
      _replace: builtinMethodVar(
        "_replace",
        (self: PyTuple, args: any[], kw: KwArgs | null) => {
          if (args.length > 0) {
            raiseTypeError(
              "function takes 1 positional arguments but 2 were given",
            );
          }
          const fields = fieldsOf(self);
          const items = self.items.slice();
          if (kw !== null) {
            for (let i = 0; i < kw.names.length; i++) {
              const id = fields.indexOf(kw.names[i]);
              if (id < 0) {
                raiseValueError(
                  `got unexpected field names: ['${kw.names[i]}']`,
                );
              }
              items[id] = kw.values[i];
            }
          }
          const r = new PyTuple(items);
          r.type = self.type;
          if (self.dict) r.dict = new Map();
          return r;
        },
      ),
      _make: new PyClassMethod(
        builtinMethod(
          "_make",
          1,
          1,
          (cls: PyType, iterable: any) =>
            namedTupleNew(cls, iterToArray(iterable), null),
        ),
      ),
    },
  });
  t.immutable = true;
  return t;
}

// ----------------------------------------------------------------- deque

/** Largest `maxlen` accepted (the ring is allocated up front, as in MicroPython). */
const MAX_DEQUE = 1 << 24;

/** A fixed-capacity ring buffer, as `py/objdeque.c`. */
export class PyDeque extends PyObject {
  items: any[];
  iGet = 0;
  iPut = 0;
  constructor(
    type: PyType,
    public alloc: number,
    public checkOverflow: boolean,
  ) {
    super(type);
    this.items = new Array(alloc).fill(null);
  }
  get length(): number {
    const n = this.iPut - this.iGet;
    return n < 0 ? n + this.alloc : n;
  }
}

function dequeAppend(self: PyDeque, x: any): null {
  let next = self.iPut + 1;
  if (next === self.alloc) next = 0;
  if (self.checkOverflow && next === self.iGet) raiseIndexError("full");
  self.items[self.iPut] = x;
  self.iPut = next;
  if (self.iGet === next && ++self.iGet === self.alloc) self.iGet = 0;
  return null;
}

function dequeAppendLeft(self: PyDeque, x: any): null {
  const next = self.iGet === 0 ? self.alloc - 1 : self.iGet - 1;
  if (self.checkOverflow && next === self.iPut) raiseIndexError("full");
  self.iGet = next;
  self.items[next] = x;
  if (self.iPut === next) {
    self.iPut = self.iPut === 0 ? self.alloc - 1 : self.iPut - 1;
  }
  return null;
}

function dequeExtend(self: PyDeque, iterable: any): null {
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) dequeAppend(self, x);
  return null;
}

/** Ring position of index `index` (Python semantics, negative from the end). */
function dequeSlot(self: PyDeque, index: any): number {
  const n = self.length;
  let i = toIndex(index, "deque");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raiseIndexError("deque index out of range");
  i += self.iGet;
  return i >= self.alloc ? i - self.alloc : i;
}

/** Iterator over a deque (as MicroPython's, it follows the live ring). */
class PyDequeIter extends PyObject {
  constructor(public d: PyDeque, public cur: number) {
    super(dequeIterType);
  }
}

const dequeIterType: PyType = defineType<PyDequeIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyDequeIter) {
    const d = self.d;
    if (self.cur === d.iPut) return STOP;
    const v = d.items[self.cur];
    if (++self.cur === d.alloc) self.cur = 0;
    return v;
  },
});

/** `collections.deque`. */
export const dequeType: PyType = defineType<PyDeque>("deque", {
  makeNew(type: PyType, args: any[], kw: KwArgs | null) {
    if (kw !== null && kw.size > 0) {
      raiseTypeError("function doesn't take keyword arguments");
    }
    if (args.length < 2) {
      raiseTypeError(
        `function missing ${2 - args.length} required positional arguments`,
      );
    }
    if (args.length > 3) {
      raiseTypeError(
        `function expected at most 3 arguments, got ${args.length}`,
      );
    }
    const maxlen = toInt(args[1]);
    if (maxlen < 0) raise(valueErrorType);
    if (maxlen >= MAX_DEQUE) {
      raiseMemoryError(
        `memory allocation failed, allocating ${(maxlen + 1) * 8} bytes`,
      );
    }
    const flags = args.length > 2 ? toInt(args[2]) : 0;
    const d = new PyDeque(type, maxlen + 1, (flags & 1) !== 0);
    if (type !== dequeType) d.dict = new Map();
    dequeExtend(d, args[0]);
    return d;
  },
  repr: () => "<deque>",
  bool: (self: PyDeque) => self.iGet !== self.iPut,
  len: (self: PyDeque) => self.length,
  hash: () => raiseTypeError("unsupported type for __hash__: 'deque'"),
  iter: (self: PyDeque) => new PyDequeIter(self, self.iGet),
  getItem: (self: PyDeque, index: any) => self.items[dequeSlot(self, index)],
  setItem(self: PyDeque, index: any, value: any) {
    self.items[dequeSlot(self, index)] = value;
  },
  locals: {
    append: builtinMethod("append", 1, 1, dequeAppend),
    appendleft: builtinMethod("appendleft", 1, 1, dequeAppendLeft),
    extend: builtinMethod("extend", 1, 1, dequeExtend),
    pop: builtinMethod("pop", 0, 0, (self: PyDeque) => {
      if (self.iGet === self.iPut) raiseIndexError("empty");
      self.iPut = self.iPut === 0 ? self.alloc - 1 : self.iPut - 1;
      const v = self.items[self.iPut];
      self.items[self.iPut] = null;
      return v;
    }),
    popleft: builtinMethod("popleft", 0, 0, (self: PyDeque) => {
      if (self.iGet === self.iPut) raiseIndexError("empty");
      const v = self.items[self.iGet];
      self.items[self.iGet] = null;
      if (++self.iGet === self.alloc) self.iGet = 0;
      return v;
    }),
  },
});

// ----------------------------------------------------------- OrderedDict

/** True for an OrderedDict (or an instance of a subclass of it). */
function isOrdered(x: any, odType: PyType): boolean {
  return x instanceof PyDict && x.type.isSubclass(odType);
}

function orderedEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  const ea = [...a.entries()];
  const eb = [...b.entries()];
  for (let i = 0; i < ea.length; i++) {
    if (!eq(ea[i][0], eb[i][0]) || !eq(ea[i][1], eb[i][1])) return false;
  }
  return true;
}

/** Creates the `OrderedDict` type (a `dict` subtype; per interpreter). */
function makeOrderedDict(): PyType {
  const od: PyType = defineType<PyDict>("OrderedDict", {
    base: dictType,
    makeNew(type: PyType, args: any[], kw: KwArgs | null) {
      const d = new PyDict();
      d.type = type;
      if (type !== od) d.dict = new Map();
      dictUpdate(d, args, kw);
      return d;
    },
    repr: (self: PyDict) => `OrderedDict(${dictRepr(self)})`,
    binaryOp(op: number, lhs: PyDict, rhs: any) {
      if ((op === Op.Eq || op === Op.Ne) && isOrdered(rhs, od)) {
        const r = orderedEq(lhs, rhs);
        return op === Op.Eq ? r : !r;
      }
      return dictType.binaryOp
        ? dictType.binaryOp(op, lhs, rhs)
        : NotImplemented;
    },
  });
  od.module = "collections";
  return od;
}

/** The `collections` module. */
export const collectionsModule: ModuleFactory = defineModule(
  "collections",
  () => {
    const od = makeOrderedDict();
    return {
      namedtuple: builtinFn("namedtuple", 2, 2, (name: any, fields: any) => {
        if (!isStr(name)) {
          raiseTypeError(
            `can't convert '${typeName(name)}' object to str implicitly`,
          );
        }
        return makeNamedTuple(strValue(name), parseFields(fields), od);
      }),
      deque: dequeType,
      OrderedDict: od,
    };
  },
);
