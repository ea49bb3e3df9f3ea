/**
 * Classes defined in Python: creation (`class` statements, `type(name,
 * bases, dict)`), instantiation, and the slot table that dispatches
 * operators to special methods (`__add__`, `__getitem__`, ...). Also the
 * slots of `type` itself.
 *
 * Mirrors MicroPython's `py/objtype.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethodVar,
  c3Mro,
  isBuiltin,
  KwArgs,
  NotImplemented,
  objectType,
  Op,
  PyBuiltin,
  PyClassMethod,
  PyStaticMethod,
  PyType,
  setupRootTypes,
  STOP,
  typeType,
  UnOp,
} from "./type.ts";
import { isFunc, PyFunction } from "./function.ts";
import { instanceRepr, objectSpec, PyInstance } from "./object.ts";
import { enterSync, enterSync1, enterSync2, SYNC } from "../runtime/sync.ts";
import { newList } from "./list.ts";
import { PyTuple } from "./tuple.ts";
import {
  eq,
  hashValue,
  intValue,
  isInt,
  objectId,
  opName,
  truthy,
  typeName,
  typeOf,
} from "../runtime/ops.ts";
import { callN, callSync, isGen, runSync } from "../runtime/call.ts";
import { raiseTypeError } from "../runtime/raise.ts";
import { iterToArray } from "../runtime/ops.ts";
import { SeqIter } from "./iterators.ts";
import { isStr, strValue } from "./str.ts";
import { PyDict } from "./dict.ts";

/** A special method defined in Python (not inherited from a native type). */
function userMethod(self: any, name: string): any {
  const m = typeOf(self).lookup(name);
  if (m === undefined || isBuiltin(m)) return undefined;
  return m;
}

/** Calls a special method found on the class, honouring staticmethod/classmethod. */
export function callDunder(self: any, m: any, args: any[]): any {
  if (isFunc(m)) return callSync(m, [self, ...args]);
  if (m instanceof PyStaticMethod) return callSync(m.fn, args);
  if (m instanceof PyClassMethod) {
    return callSync(m.fn, [typeOf(self), ...args]);
  }
  const t = typeOf(m);
  if (t.descrGet) return callSync(t.descrGet(m, self, typeOf(self)), args);
  return callSync(m, [self, ...args]);
}

/** A special method run to completion (its result, never a generator). */
function finish(r: any): any {
  return isGen(r) ? runSync(r) : r;
}

// A special method called inside a sync region (by an operator in plain
// code) runs its plain version directly when it has no loops, as a method
// call in plain code does (runtime/sync.ts `callMethod1`); elsewhere it
// starts a region of its own.

function call1(m: any, self: any): any {
  if (isFunc(m) && m.simple === 1 && m.sync !== null) {
    if (m.code.syncOK && SYNC.fn !== null) return m.sync(self);
    if (m.code.entryOK) return finish(enterSync1(m, self));
  }
  return callDunder(self, m, []);
}

/** `callDunder(self, m, [a])` without the argument arrays. */
export function callDunder1(self: any, m: any, a: any): any {
  if (isFunc(m) && m.simple === 2 && m.sync !== null) {
    if (m.code.syncOK && SYNC.fn !== null) return m.sync(self, a);
    if (m.code.entryOK) return finish(enterSync2(m, self, a));
  }
  return callDunder(self, m, [a]);
}

function userRepr(self: any): string {
  const m = userMethod(self, "__repr__");
  if (m !== undefined) return checkStr(call1(m, self), "__repr__");
  const nb = typeOf(self).nativeBase;
  if (nb.repr) return nb.repr(self);
  return instanceRepr(self);
}

function userStr(self: any): string {
  const m = userMethod(self, "__str__");
  if (m !== undefined) return checkStr(call1(m, self), "__str__");
  if (userMethod(self, "__repr__") !== undefined) return userRepr(self);
  const nb = typeOf(self).nativeBase;
  if (nb.str) return nb.str(self);
  return userRepr(self);
}

function checkStr(r: any, what: string): string {
  if (!isStr(r)) {
    raiseTypeError(`${what} returned non-string (type ${typeName(r)})`);
  }
  return strValue(r);
}

function userHash(self: any): number {
  const t = typeOf(self);
  const m = t.lookup("__hash__");
  if (m === null) raiseTypeError(`unsupported type for __hash__: '${t.name}'`);
  if (m !== undefined && !isBuiltin(m)) {
    const r = call1(m, self);
    if (!isInt(r)) raiseTypeError("__hash__ should return an int");
    return hashValue(intValue(r));
  }
  if (userMethod(self, "__eq__") !== undefined) {
    raiseTypeError(`unsupported type for __hash__: '${t.name}'`);
  }
  const nb = t.nativeBase;
  if (nb.hash) return nb.hash(self);
  return objectId(self) | 0;
}

function userBool(self: any): boolean {
  let m = userMethod(self, "__bool__");
  if (m !== undefined) {
    const r = call1(m, self);
    if (typeof r !== "boolean") raiseTypeError("__bool__ should return bool");
    return r;
  }
  m = userMethod(self, "__len__");
  if (m !== undefined) return truthy(call1(m, self));
  const nb = typeOf(self).nativeBase;
  if (nb.bool) return nb.bool(self);
  if (nb.len) return nb.len(self) !== 0;
  return true;
}

function userLen(self: any): number {
  const m = userMethod(self, "__len__");
  if (m !== undefined) {
    const r = call1(m, self);
    if (!isInt(r)) {
      raiseTypeError(
        `'${typeName(r)}' object cannot be interpreted as an integer`,
      );
    }
    return Number(intValue(r));
  }
  const nb = typeOf(self).nativeBase;
  if (nb.len) return nb.len(self);
  return raiseTypeError(`object of type '${typeName(self)}' has no len()`);
}

function userBinaryOp(op: number, lhs: any, rhs: any): any {
  const m = userMethod(lhs, opName(op));
  if (m !== undefined) return callDunder1(lhs, m, rhs);
  if (op === Op.Ne) {
    const e = userMethod(lhs, "__eq__");
    if (e !== undefined) {
      const r = callDunder1(lhs, e, rhs);
      return r === NotImplemented ? r : !truthy(r);
    }
  }
  const nb = typeOf(lhs).nativeBase;
  if (nb.binaryOp) return nb.binaryOp(op, lhs, rhs);
  return NotImplemented;
}

const UNARY_DUNDERS = ["__pos__", "__neg__", "__invert__"];

function userUnaryOp(op: UnOp, self: any): any {
  const m = userMethod(self, UNARY_DUNDERS[op]);
  if (m !== undefined) return call1(m, self);
  const nb = typeOf(self).nativeBase;
  if (nb.unaryOp) return nb.unaryOp(op, self);
  return NotImplemented;
}

function userIter(self: any): any {
  const m = userMethod(self, "__iter__");
  if (m !== undefined) return call1(m, self);
  const nb = typeOf(self).nativeBase;
  if (nb.iter) return nb.iter(self);
  if (userMethod(self, "__getitem__") !== undefined || nb.getItem) {
    return new SeqIter(self);
  }
  return raiseTypeError(`'${typeName(self)}' object isn't iterable`);
}

function userIterNext(self: any): any {
  const m = userMethod(self, "__next__");
  if (m !== undefined) return call1(m, self);
  const nb = typeOf(self).nativeBase;
  if (nb.iterNext) return nb.iterNext(self);
  return raiseTypeError(`'${typeName(self)}' object isn't an iterator`);
}

function userGetItem(self: any, index: any): any {
  const m = userMethod(self, "__getitem__");
  if (m !== undefined) return callDunder1(self, m, index);
  const nb = typeOf(self).nativeBase;
  if (nb.getItem) return nb.getItem(self, index);
  return raiseTypeError(`'${typeName(self)}' object isn't subscriptable`);
}

function userSetItem(self: any, index: any, value: any): void {
  const m = userMethod(self, "__setitem__");
  if (m !== undefined) {
    callDunder(self, m, [index, value]);
    return;
  }
  const nb = typeOf(self).nativeBase;
  if (nb.setItem) return nb.setItem(self, index, value);
  raiseTypeError(`'${typeName(self)}' object doesn't support item assignment`);
}

function userDelItem(self: any, index: any): void {
  const m = userMethod(self, "__delitem__");
  if (m !== undefined) {
    callDunder1(self, m, index);
    return;
  }
  const nb = typeOf(self).nativeBase;
  if (nb.delItem) return nb.delItem(self, index);
  raiseTypeError(`'${typeName(self)}' object doesn't support item deletion`);
}

function userContains(self: any, x: any): boolean {
  const m = userMethod(self, "__contains__");
  if (m !== undefined) return truthy(callDunder1(self, m, x));
  const nb = typeOf(self).nativeBase;
  if (nb.contains) return nb.contains(self, x);
  const it = userIter(self);
  for (;;) {
    const v = typeOf(it).iterNext!(it);
    if (v === STOP) return false;
    if (v === x || eq(v, x)) return true;
  }
}

function userCall(self: any, args: any[], kw: KwArgs | null): any {
  const m = userMethod(self, "__call__");
  if (m !== undefined) {
    if (isFunc(m)) return callN(m, [self, ...args], kw);
    if (m instanceof PyStaticMethod) return callN(m.fn, args, kw);
    if (m instanceof PyClassMethod) {
      return callN(m.fn, [typeOf(self), ...args], kw);
    }
    return callN(m, [self, ...args], kw);
  }
  const nb = typeOf(self).nativeBase;
  if (nb.call) return nb.call(self, args, kw);
  return raiseTypeError(`'${typeName(self)}' object isn't callable`);
}

function userDescrGet(self: any, instance: any, owner: PyType): any {
  const m = userMethod(self, "__get__");
  if (m !== undefined) {
    return callDunder(self, m, [instance ?? null, owner ?? null]);
  }
  return self;
}

function userDescrSet(self: any, instance: any, value: any): void {
  const m = userMethod(self, "__set__");
  if (m !== undefined) callDunder(self, m, [instance, value]);
  else raiseTypeError("descriptor has no __set__");
}

function userDescrDelete(self: any, instance: any): void {
  const m = userMethod(self, "__delete__");
  if (m !== undefined) callDunder1(self, m, instance);
  else raiseTypeError("descriptor has no __delete__");
}

function userFormat(self: any, spec: string): string {
  const m = userMethod(self, "__format__");
  if (m !== undefined) {
    return checkStr(callDunder1(self, m, spec), "__format__");
  }
  const nb = typeOf(self).nativeBase;
  if (nb.format) return nb.format(self, spec);
  if (spec !== "") {
    raiseTypeError("unsupported format string passed to object.__format__");
  }
  return userStr(self);
}

function has(cls: PyType, name: string): boolean {
  const v = cls.lookup(name);
  return v !== undefined && !isBuiltin(v);
}

/** Recomputes the flags that depend on which special methods a class has. */
export function updateClassFlags(cls: PyType): void {
  cls.fastAttrs = undefined;
  cls.fastSet = undefined;
  cls.hasGetattr = has(cls, "__getattr__");
  cls.hasGetattribute = has(cls, "__getattribute__");
  cls.hasSetattr = has(cls, "__setattr__");
  cls.hasDelattr = has(cls, "__delattr__");
  cls.plainValueKey = !has(cls, "__eq__") && !has(cls, "__hash__");
  cls.identityHash = cls.nativeBase.identityHash && !has(cls, "__eq__") &&
    !has(cls, "__hash__") && cls.lookup("__hash__") !== null;
  cls.descrSet = has(cls, "__set__") ? userDescrSet : cls.nativeBase.descrSet;
  cls.descrDelete = has(cls, "__delete__")
    ? userDescrDelete
    : cls.nativeBase.descrDelete;
  cls.descrGet = has(cls, "__get__") ? userDescrGet : cls.nativeBase.descrGet;
  for (const ref of cls.subclasses) {
    const sub = ref.deref();
    if (sub && !sub.native) updateClassFlags(sub);
  }
}

function installUserSlots(cls: PyType): void {
  const nb = cls.nativeBase;
  cls.makeNew = nb.makeNew;
  cls.repr = userRepr;
  cls.str = userStr;
  cls.hash = userHash;
  cls.bool = userBool;
  cls.len = userLen;
  cls.binaryOp = userBinaryOp;
  cls.unaryOp = userUnaryOp;
  cls.iter = userIter;
  cls.iterNext = userIterNext;
  cls.getItem = userGetItem;
  cls.setItem = userSetItem;
  cls.delItem = userDelItem;
  cls.contains = userContains;
  cls.call = userCall;
  cls.getAttr = nb.getAttr;
  cls.setAttr = nb.setAttr;
  cls.buffer = nb.buffer;
  cls.format = userFormat;
  updateClassFlags(cls);
}

/** Creates a class: what a `class` statement and `type(n, b, d)` do. */
export function createClass(
  meta: PyType,
  name: string,
  bases: any[],
  ns: Map<string, any>,
): PyType {
  if (bases.length === 0) bases = [objectType];
  let nativeBase: PyType = objectType;
  for (const b of bases) {
    if (!(b instanceof PyType)) raiseTypeError("bases must be types");
    if (!b.baseType) {
      raiseTypeError(`type '${b.name}' is not an acceptable base type`);
    }
    const nb = b.nativeBase;
    if (nb !== objectType) {
      if (
        nativeBase !== objectType && nativeBase !== nb &&
        !nb.isSubclass(nativeBase) && !nativeBase.isSubclass(nb)
      ) {
        raiseTypeError("multiple bases have instance lay-out conflict");
      }
      if (nativeBase === objectType || nb.isSubclass(nativeBase)) {
        nativeBase = nb;
      }
    }
  }
  const cls = new PyType(meta, name, bases as PyType[]);
  cls.native = false;
  cls.nativeBase = nativeBase;
  cls.immutable = nativeBase.immutable;
  const mro = c3Mro(cls, bases as PyType[]);
  if (mro === null) {
    raiseTypeError("Cannot create a consistent method resolution order (MRO)");
  }
  cls.mro = mro!;
  const mod = ns.get("__module__");
  if (typeof mod === "string") cls.module = mod;
  for (const [k, v] of ns) {
    if ((k === "__new__") && v instanceof PyFunction) {
      ns.set(k, new PyStaticMethod(v));
    } else if (
      (k === "__init_subclass__" || k === "__class_getitem__") &&
      v instanceof PyFunction
    ) {
      ns.set(k, new PyClassMethod(v));
    }
  }
  cls.attrs = ns;
  cls.instanceDict = true;
  for (const b of bases as PyType[]) b.subclasses.push(new WeakRef(cls));
  installUserSlots(cls);
  // __set_name__ on descriptors (a snapshot: a call may change the class)
  for (const [k, v] of [...ns]) {
    if (typeof v === "object" && v !== null && !(v instanceof PyFunction)) {
      const sn = typeOf(v).lookup("__set_name__");
      if (sn !== undefined && !(sn instanceof PyBuiltin)) {
        callSync(sn, [v, cls, k]);
      }
    }
  }
  return cls;
}

/** Runs `__init_subclass__` of the nearest base that defines it. */
export function initSubclass(cls: PyType, kw: KwArgs | null): void {
  for (let i = 1; i < cls.mro.length; i++) {
    const v = cls.mro[i].attrs.get("__init_subclass__");
    if (v !== undefined) {
      const fn = v instanceof PyClassMethod ? v.fn : v;
      callSync(fn, [cls], kw);
      return;
    }
  }
  if (kw !== null && kw.size > 0) {
    raiseTypeError("__init_subclass__() takes no keyword arguments");
  }
}

/** What instantiation of a plain class needs, cached on the class. */
interface InitInfo {
  /** The Python `__init__`, or null when the class has none. */
  init: PyFunction | null;
}

/** The fast instantiation info of `cls`, or null when it needs the general path. */
function initInfo(cls: PyType): InitInfo | null {
  if (cls.nativeBase !== objectType) return null;
  const newM = cls.lookup("__new__");
  if (newM instanceof PyStaticMethod && !(newM.fn instanceof PyBuiltin)) {
    return null;
  }
  const init = cls.lookup("__init__");
  if (init === undefined || init instanceof PyBuiltin) return { init: null };
  if (init instanceof PyFunction && init.code.kind === 0) return { init };
  return null;
}

/**
 * For plain code instantiating `cls` with `n` arguments: the `__init__` to
 * call plain on a new `PyInstance` (null: no `__init__`), or undefined when
 * the general path is needed.
 */
export function plainInit(
  cls: PyType,
  n: number,
): PyFunction | null | undefined {
  let ic = cls.initCache as InitInfo | null | undefined;
  if (ic === undefined) ic = cls.initCache = initInfo(cls);
  if (ic === null) return undefined;
  const init = ic.init;
  if (init === null) return null;
  return init.simple === n + 1 && init.sync !== null && init.code.syncOK
    ? init
    : undefined;
}

/** `__init__` returned something else than None. */
export function initReturned(r: any): never {
  return raiseTypeError(`__init__() should return None, not '${typeName(r)}'`);
}

/** Instantiates a class: `__new__` then `__init__`. */
export function typeCall(cls: PyType, args: any[], kw: KwArgs | null): any {
  if (cls.native) {
    if (
      cls === typeType && args.length === 1 && (kw === null || kw.size === 0)
    ) {
      return typeOf(args[0]);
    }
    if (!cls.makeNew) raiseTypeError(`can't create '${cls.name}' instances`);
    return cls.makeNew(cls, args, kw);
  }
  // fast path: a plain class (object base, no __new__) with a Python __init__
  let ic = cls.initCache as InitInfo | null | undefined;
  if (ic === undefined) ic = cls.initCache = initInfo(cls);
  if (ic !== null && kw === null) {
    const obj = new PyInstance(cls);
    const init = ic.init;
    if (init === null) return obj;
    if (init.simple === args.length + 1) {
      let r: any;
      if (init.sync !== null && init.code.entryOK) {
        r = args.length === 0
          ? enterSync1(init, obj)
          : args.length === 1
          ? enterSync2(init, obj, args[0])
          : enterSync(init, [obj, ...args]);
      } else r = init.gen(obj, ...args);
      if (isGen(r)) return finishInit(r, obj);
      if (r !== null) {
        raiseTypeError(`__init__() should return None, not '${typeName(r)}'`);
      }
      return obj;
    }
  }
  const init = cls.lookup("__init__");
  const userInit = init !== undefined && !(init instanceof PyBuiltin);
  const newM = cls.lookup("__new__");
  if (newM instanceof PyStaticMethod && !(newM.fn instanceof PyBuiltin)) {
    const r = callN(newM.fn, [cls, ...args], kw);
    if (isGen(r)) {
      return newThenInit(r, cls, args, kw, userInit ? init : undefined);
    }
    return runInit(r, cls, args, kw, userInit ? init : undefined);
  }
  const nb = cls.nativeBase;
  if (!nb.makeNew) raiseTypeError(`can't create '${cls.name}' instances`);
  let obj: any;
  if (userInit && !nb.immutable) obj = nb.makeNew(cls, [], null);
  else if (!userInit && nb === objectType) {
    // MicroPython ignores arguments to a class without __init__
    obj = nb.makeNew(cls, [], null);
  } else obj = nb.makeNew(cls, args, userInit ? null : kw);
  if (!userInit) return obj;
  return runInit(obj, cls, args, kw, init);
}

function runInit(
  obj: any,
  cls: PyType,
  args: any[],
  kw: KwArgs | null,
  init: any,
): any {
  if (init === undefined || !typeOf(obj).isSubclass(cls)) return obj;
  const r = callN(init, [obj, ...args], kw);
  if (isGen(r)) return finishInit(r, obj);
  if (r !== null) {
    raiseTypeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

function* finishInit(
  g: Generator<any, any, any>,
  obj: any,
): Generator<any, any, any> {
  const r = yield* g;
  if (r !== null) {
    raiseTypeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

function* newThenInit(
  g: Generator<any, any, any>,
  cls: PyType,
  args: any[],
  kw: KwArgs | null,
  init: any,
): Generator<any, any, any> {
  const obj = yield* g;
  const r = runInit(obj, cls, args, kw, init);
  if (isGen(r)) return yield* r;
  return r;
}

/** `A.x = v` on a class. */
export function typeSetAttr(cls: PyType, name: string, value: any): void {
  if (cls.native) {
    raiseTypeError(
      `can't set attributes of built-in/extension type '${cls.name}'`,
    );
  }
  cls.attrs.set(name, value);
  cls.invalidate();
  if (name.startsWith("__")) updateClassFlags(cls);
}

function typeRepr(cls: PyType): string {
  return `<class '${
    cls.module && cls.module !== "builtins" && !cls.native &&
      cls.module !== "__main__"
      ? cls.module + "."
      : ""
  }${cls.name}'>`;
}

/** Installs the slots of `object` and `type` (run once at start-up). */
export function setupClasses(): void {
  setupRootTypes(objectSpec, {
    makeNew(meta: PyType, args: any[], kw: KwArgs | null) {
      if (args.length === 1 && meta === typeType) return typeOf(args[0]);
      if (args.length !== 3) raiseTypeError("type() takes 1 or 3 arguments");
      const [name, bases, dict] = args;
      if (!isStr(name)) raiseTypeError("type() argument 1 must be str");
      if (!(bases instanceof PyTuple)) {
        raiseTypeError("type() argument 2 must be tuple");
      }
      if (!(dict instanceof PyDict)) {
        raiseTypeError("type() argument 3 must be dict");
      }
      const ns = new Map<string, any>();
      for (const [k, v] of (dict as PyDict).entries()) ns.set(k, v);
      const cls = createClass(meta, strValue(name), iterToArray(bases), ns);
      initSubclass(cls, kw);
      return cls;
    },
    repr: typeRepr,
    call: (cls: PyType, args: any[], kw: KwArgs | null) =>
      typeCall(cls, args, kw),
    setAttr(cls: any, name: string, value: any) {
      typeSetAttr(cls, name, value);
      return true;
    },
    locals: {
      __new__: new PyStaticMethod(
        builtinMethodVar("__new__", (meta: any, args: any[]) => {
          if (args.length !== 3) {
            raiseTypeError("type() takes 1 or 3 arguments");
          }
          const [name, bases, dict] = args;
          const ns = new Map<string, any>();
          if (dict instanceof PyDict) {
            for (const [k, v] of dict.entries()) ns.set(k, v);
          }
          return createClass(meta, strValue(name), iterToArray(bases), ns);
        }),
      ),
      mro: builtinMethodVar("mro", (cls: any) => newList(cls.mro.slice())),
    },
  });
  typeType.hash = (x: any) => objectId(x) | 0;
  // type(name, bases, dict) takes its arguments in __new__, like immutables
  typeType.immutable = true;
  typeType.identityHash = true;
}
