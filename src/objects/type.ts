/**
 * The Python object model: the `PyObject` base class, `PyType` (with its slot
 * table), and the two intertwined root types `object` and `type`.
 *
 * Mirrors MicroPython's `py/obj.h` (the slot table) and `py/objtype.c`.
 *
 * Value representation (see DESIGN.md, "Values"):
 * - `int` is an integral JS `number` (safe integer, never `-0`) or a
 *   `bigint` outside that range,
 * - `float` is a JS `number` when its value is not integral (fractional or
 *   infinite), else (`2.0`, `-0.0`, NaN) a boxed `PyFloat`; an integral JS
 *   number is always an int (objects/float.ts),
 * - `bool` is a JS `boolean`, `None` is `null`, `str` is a JS `string`,
 * - everything else is an instance of a class extending `PyObject`, which
 *   carries its Python type in `type`.
 * `undefined` is never a Python value: it means "missing" (unbound local,
 * absent key) inside the engine.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

/** Keyword arguments of one call: parallel arrays of names and values. */
export class KwArgs {
  constructor(public names: string[], public values: any[]) {}
  /** The value for `name`, or `undefined`. */
  get(name: string): any {
    const i = this.names.indexOf(name);
    return i < 0 ? undefined : this.values[i];
  }
  get size(): number {
    return this.names.length;
  }
}

/** Binary operators, shared by the code generator and the `binaryOp` slot. */
export enum Op {
  Add,
  Sub,
  Mul,
  MatMul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  And,
  Or,
  Xor,
  // comparisons
  Lt,
  Gt,
  Le,
  Ge,
  Eq,
  Ne,
  // in-place forms are Op + INPLACE
}

/** Offset added to an `Op` to name its in-place form (`+=`). */
export const INPLACE = 100;

/** Unary operators. */
export enum UnOp {
  Pos,
  Neg,
  Invert,
  Not,
}

/** Returned by `iterNext` when an iterator is exhausted. */
export const STOP: unique symbol = Symbol("STOP");

/** The slot table of a type: native implementations of the protocols. */
export interface Slots {
  /** `type(...)` call: create (and initialise) an instance. */
  makeNew?: (type: PyType, args: any[], kw: KwArgs | null) => any;
  repr?: (self: any) => string;
  str?: (self: any) => string;
  hash?: (self: any) => number;
  bool?: (self: any) => boolean;
  len?: (self: any) => number;
  /** Returns `NotImplemented` when the operation does not apply. */
  binaryOp?: (op: number, lhs: any, rhs: any) => any;
  unaryOp?: (op: UnOp, self: any) => any;
  iter?: (self: any) => any;
  /** Returns the next item or `STOP`. */
  iterNext?: (self: any) => any;
  getItem?: (self: any, index: any) => any;
  setItem?: (self: any, index: any, value: any) => void;
  delItem?: (self: any, index: any) => void;
  contains?: (self: any, item: any) => boolean;
  /** Attribute hook consulted before the generic lookup; `undefined` = not found. */
  getAttr?: (self: any, name: string) => any;
  /** Attribute store hook; returns false to fall back to the generic one. */
  setAttr?: (self: any, name: string, value: any) => boolean;
  call?: (self: any, args: any[], kw: KwArgs | null) => any;
  /** Descriptor protocol: `__get__`. */
  descrGet?: (self: any, instance: any, owner: PyType) => any;
  /** Descriptor protocol: `__set__`; present makes a data descriptor. */
  descrSet?: (self: any, instance: any, value: any) => void;
  descrDelete?: (self: any, instance: any) => void;
  /** The buffer protocol: bytes-like view of the object. */
  buffer?: (self: any, writable: boolean) => Uint8Array | undefined;
  /** `__format__` for `format()`/f-strings. */
  format?: (self: any, spec: string) => string;
}

const SLOT_NAMES = [
  "makeNew",
  "repr",
  "str",
  "hash",
  "bool",
  "len",
  "binaryOp",
  "unaryOp",
  "iter",
  "iterNext",
  "getItem",
  "setItem",
  "delItem",
  "contains",
  "getAttr",
  "setAttr",
  "call",
  "descrGet",
  "descrSet",
  "descrDelete",
  "buffer",
  "format",
] as const;

/** Base class of every engine object that is a Python value. */
export class PyObject {
  /** The Python type of this object. */
  declare type: PyType;
  /** Instance attribute dictionary (user classes), or null. */
  declare dict: any;
  constructor(type: PyType) {
    this.type = type;
    this.dict = null;
  }
}

/**
 * Attribute storage of types and modules: a JS Map from attribute name to
 * value. Kept separate from `PyDict` so this file has no dependencies;
 * `__dict__` exposes it as a dict view.
 */
export type AttrMap = Map<string, any>;

/** A Python type object. */
export class PyType extends PyObject implements Slots {
  name: string;
  /** `__module__`, "builtins" for built-in types. */
  module: string;
  bases: PyType[];
  mro: PyType[];
  /** The class namespace (`__dict__`). */
  attrs: AttrMap;
  /** True for types defined in TypeScript. */
  native: boolean;
  /** The nearest native type in the MRO: its instances' JS layout. */
  nativeBase: PyType;
  /** Whether Python code may subclass this type. */
  baseType: boolean;
  /** Cache of `lookup()`, cleared when this type or a base changes. */
  cache: Map<string, any>;
  /** Weak references to direct subclasses (for cache invalidation). */
  subclasses: WeakRef<PyType>[];
  /** Set when a class (or a base) defines `__getattr__`. */
  hasGetattr = false;
  /** Set when a class defines `__getattribute__`, `__setattr__`, `__delattr__`. */
  hasGetattribute = false;
  hasSetattr = false;
  hasDelattr = false;
  /** Set when instances hash/compare by identity (no `__eq__`/`__hash__` override). */
  identityHash = true;
  /** Set for classes whose instances carry a `__dict__`. */
  instanceDict = false;
  /** Set for subclasses of value types (int, str, ...) keyed by their value: no `__eq__`/`__hash__`. */
  plainValueKey = false;
  /** Set for native types whose construction has no side effect (see runtime/sync.ts). */
  pureCtor = false;
  /**
   * Set for native types whose builtin methods return their value at once
   * (never a generator to wait on): call sites may cache them (runtime/sync.ts
   * `fillCache`).
   */
  syncMethods = false;
  /** Set for immutable native types whose `__new__` takes the arguments. */
  immutable = false;
  /** Special methods wrapping native slots, made on demand (slot_methods.ts). */
  slotMethods: Map<string, PyBuiltin | undefined> | null = null;
  /** `__slots__` names, when declared. */
  slotNames: string[] | null = null;

  makeNew?: Slots["makeNew"];
  repr?: Slots["repr"];
  str?: Slots["str"];
  hash?: Slots["hash"];
  bool?: Slots["bool"];
  len?: Slots["len"];
  binaryOp?: Slots["binaryOp"];
  unaryOp?: Slots["unaryOp"];
  iter?: Slots["iter"];
  iterNext?: Slots["iterNext"];
  getItem?: Slots["getItem"];
  setItem?: Slots["setItem"];
  delItem?: Slots["delItem"];
  contains?: Slots["contains"];
  getAttr?: Slots["getAttr"];
  setAttr?: Slots["setAttr"];
  call?: Slots["call"];
  descrGet?: Slots["descrGet"];
  descrSet?: Slots["descrSet"];
  descrDelete?: Slots["descrDelete"];
  buffer?: Slots["buffer"];
  format?: Slots["format"];

  constructor(meta: PyType | null, name: string, bases: PyType[]) {
    super(meta as PyType);
    this.name = name;
    this.module = "builtins";
    this.bases = bases;
    this.mro = [];
    this.attrs = new Map();
    this.native = true;
    this.nativeBase = this;
    this.baseType = true;
    this.cache = new Map();
    this.subclasses = [];
  }

  /** Finds `name` along the MRO, or `undefined`. */
  lookup(name: string): any {
    let v = this.cache.get(name);
    if (v !== undefined) return v === MISSING ? undefined : v;
    v = MISSING;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const found = mro[i].attrs.get(name);
      if (found !== undefined) {
        v = found;
        break;
      }
    }
    this.cache.set(name, v);
    return v === MISSING ? undefined : v;
  }

  /** Finds `name` along the MRO starting after `after`, for `super()`. */
  lookupAfter(name: string, after: PyType): any {
    const mro = this.mro;
    let i = mro.indexOf(after);
    if (i < 0) return undefined;
    for (i++; i < mro.length; i++) {
      const found = mro[i].attrs.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** True when `this` is `other` or a subclass of it. */
  isSubclass(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Whether any class in the MRO has a data descriptor (cached; see attr.ts). */
  dataDescrs: boolean | undefined = undefined;
  /**
   * Instances' attributes may be read (`fastAttrs`) or written (`fastSet`)
   * straight in their `AttrMap` (cached; see attr.ts). Only ever set to
   * true for a type whose instances are `PyInstance`s (attr.ts sets them
   * when it meets one, and an object's type cannot be changed): generated
   * code relies on that and tests only `o?.type?.fastAttrs === true`
   * before reading the attribute's property (attrmap.ts `attrKey`).
   */
  fastAttrs: boolean | undefined = undefined;
  fastSet: boolean | undefined = undefined;
  /** Cached `__init__` lookup for instantiation (see class.ts). */
  initCache: unknown = undefined;

  /** Clears the lookup caches of this type and every subclass. */
  invalidate(): void {
    IC_EPOCH.v++;
    this.cache.clear();
    this.dataDescrs = undefined;
    this.fastAttrs = undefined;
    this.fastSet = undefined;
    this.initCache = undefined;
    const live: WeakRef<PyType>[] = [];
    for (const ref of this.subclasses) {
      const sub = ref.deref();
      if (sub) {
        sub.invalidate();
        live.push(ref);
      }
    }
    this.subclasses = live;
  }
}

const MISSING = Symbol("missing");

/**
 * The epoch of the method call sites' inline caches (runtime/sync.ts): a
 * cached method is used only while the epoch it was cached in lasts. Any
 * change to a class (or its bases), or a function losing its plain
 * version, starts a new epoch.
 */
export const IC_EPOCH: { v: number } = { v: 0 };

/**
 * A function implemented in TypeScript (`builtin_function_or_method`).
 *
 * Calling conventions (`kind`):
 * - `FIXED`: `fn(a, b, ...)` with `min`..`max` positional arguments;
 * - `VAR`: `fn(args, kw)` with the positional array and keywords.
 * A method (`isMethod`) receives `self` first; `min`/`max` exclude it.
 * `fn` may return a generator object to suspend the caller (see call.ts).
 */
export class PyBuiltin extends PyObject {
  constructor(
    public name: string,
    public fn: (...args: any[]) => any,
    public min: number,
    public max: number,
    public kind: BuiltinKind,
    public isMethod: boolean,
  ) {
    super(builtinFunctionType);
  }
  /** For methods: the type whose `self` they expect (set by `initType`). */
  owner: PyType | null = null;
  /** Set for builtins without side effects (see runtime/sync.ts). */
  pure = false;
  /** Set for builtins that always consume their whole iterable argument. */
  consumesAll = false;
}

/**
 * `x instanceof PyBuiltin`, told by the type only builtins carry (V8's
 * baseline and Maglev code run `instanceof` as a builtin call).
 */
export function isBuiltin(x: any): x is PyBuiltin {
  return x?.type === builtinFunctionType;
}

/**
 * `x instanceof PyType`: a class is an object whose type (`type` or a
 * metaclass) has `type` as its native base (see `isBuiltin`).
 */
export function isType(x: any): x is PyType {
  return x?.type?.nativeBase === typeType;
}

/** How a `PyBuiltin` receives its arguments. */
export enum BuiltinKind {
  FIXED,
  VAR,
}

/** Defines a builtin function with fixed positional arity. */
export function builtinFn(
  name: string,
  min: number,
  max: number,
  fn: (...args: any[]) => any,
): PyBuiltin {
  return new PyBuiltin(name, fn, min, max, BuiltinKind.FIXED, false);
}

/** Defines a builtin function taking `(args, kw)`. */
export function builtinVar(
  name: string,
  fn: (args: any[], kw: KwArgs | null) => any,
): PyBuiltin {
  return new PyBuiltin(name, fn, 0, Infinity, BuiltinKind.VAR, false);
}

/** Defines a method with fixed arity; `fn(self, ...)`. */
export function builtinMethod(
  name: string,
  min: number,
  max: number,
  fn: (self: any, ...args: any[]) => any,
): PyBuiltin {
  return new PyBuiltin(name, fn, min, max, BuiltinKind.FIXED, true);
}

/** Defines a method taking `(self, args, kw)`. */
export function builtinMethodVar(
  name: string,
  fn: (self: any, args: any[], kw: KwArgs | null) => any,
): PyBuiltin {
  return new PyBuiltin(name, fn, 0, Infinity, BuiltinKind.VAR, true);
}

/** `staticmethod`: wraps a callable so class access returns it unbound. */
export class PyStaticMethod extends PyObject {
  constructor(public fn: any) {
    super(staticMethodType);
  }
}

/** `classmethod`: binds to the class rather than the instance. */
export class PyClassMethod extends PyObject {
  constructor(public fn: any) {
    super(classMethodType);
  }
}

/** Computes the C3 linearisation of a class with the given bases. */
export function c3Mro(cls: PyType, bases: PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) return null;
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** Options of `defineType`: the slots plus the Python-visible namespace. */
export interface TypeSpec<T> extends Slots {
  base?: PyType;
  bases?: PyType[];
  /** Methods and attributes visible from Python (`locals_dict`). */
  locals?: Record<string, any>;
  /** False for types Python code cannot subclass (e.g. `bool`). */
  baseType?: boolean;
  module?: string;
  /** Marker for the instance type (unused at run time). */
  _instance?: T;
}

/** The `object` type: root of every MRO. */
export const objectType: PyType = new PyType(null, "object", []);
objectType.mro = [objectType];

/** The `type` type: the metaclass of every built-in and ordinary class. */
export const typeType: PyType = new PyType(null, "type", [objectType]);
typeType.mro = [typeType, objectType];
objectType.type = typeType;
typeType.type = typeType;

/**
 * Defines a native type with its slots and Python-visible attributes.
 * Slots not given are inherited from the base.
 */
export function defineType<T = any>(name: string, spec: TypeSpec<T>): PyType {
  const bases = spec.bases ?? [spec.base ?? objectType];
  const t = new PyType(typeType, name, bases);
  initType(t, bases, spec);
  return t;
}

/** Fills in an existing type object (used for `object` and `type`). */
export function initType(
  t: PyType,
  bases: PyType[],
  spec: TypeSpec<any>,
): void {
  t.bases = bases;
  if (t !== objectType) {
    t.mro = c3Mro(t, bases) ?? [t, ...bases[0].mro];
  }
  if (spec.module) t.module = spec.module;
  if (spec.baseType === false) t.baseType = false;
  const base = bases[0];
  for (const slot of SLOT_NAMES) {
    const own = (spec as any)[slot];
    if (own !== undefined) (t as any)[slot] = own;
    else if (base && (base as any)[slot] !== undefined) {
      (t as any)[slot] = (base as any)[slot];
    }
  }
  if (spec.locals) addLocals(t, spec.locals);
  if (base) {
    t.identityHash = spec.hash ? false : base.identityHash;
    t.immutable = base.immutable;
    base.subclasses.push(new WeakRef(t));
  }
  if (!spec.makeNew && base && base.makeNew) t.makeNew = base.makeNew;
}

/** Adds Python-visible attributes (methods) to a native type. */
export function addLocals(t: PyType, locals: Record<string, any>): void {
  for (const [k, v] of Object.entries(locals)) {
    if (v instanceof PyBuiltin && v.isMethod && v.owner === null) v.owner = t;
    t.attrs.set(k, v);
  }
  t.invalidate();
}

/** Defines `object`'s and `type`'s slots; called once by `object.ts`. */
export function setupRootTypes(
  objectSpec: TypeSpec<any>,
  typeSpec: TypeSpec<any>,
): void {
  initType(objectType, [], objectSpec);
  initType(typeType, [objectType], typeSpec);
}

/** The type of builtin functions and methods. */
export const builtinFunctionType: PyType = defineType("function", {});
builtinFunctionType.baseType = false;
/** `staticmethod` (slots filled in by function.ts). */
export const staticMethodType: PyType = defineType("staticmethod", {});
/** `classmethod` (slots filled in by function.ts). */
export const classMethodType: PyType = defineType("classmethod", {});

/** The type of `NotImplemented`. */
export const notImplementedType: PyType = defineType("NotImplementedType", {
  repr: () => "NotImplemented",
});
notImplementedType.baseType = false;

/** `NotImplemented`: returned by `binaryOp` slots that do not apply. */
export const NotImplemented: PyObject = new PyObject(notImplementedType);
