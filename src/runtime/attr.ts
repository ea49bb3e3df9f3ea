/**
 * Attribute access: `getattr`, `setattr`, `delattr` and the method-call
 * shortcut that avoids allocating bound methods.
 *
 * Order of lookup (as in CPython, and MicroPython's `mp_load_method`):
 * data descriptors on the type, then the instance dict, then other class
 * attributes (functions bind, descriptors `__get__`), then `__getattr__`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  isBuiltin,
  isType,
  objectType,
  PyBuiltin,
  PyClassMethod,
  PyStaticMethod,
  PyType,
  typeType,
} from "../objects/type.ts";
import { isFunc, PyBoundMethod, PyFunction } from "../objects/function.ts";
import { PyDict } from "../objects/dict.ts";
import { PyTuple } from "../objects/tuple.ts";
import { attributeErrorType, PyException } from "../objects/exception.ts";
import { raiseAttributeError, raiseTypeError } from "./raise.ts";
import { typeOf } from "./ops.ts";
import { callN, callSync } from "./call.ts";
import { superGetAttr, superType } from "../objects/super.ts";
import { slotMethod } from "./slot_methods.ts";
import { enterSync, enterSync1, enterSync2, enterSync3 } from "./sync.ts";
import { PyModule } from "../objects/module.ts";
import { attrKey } from "../objects/attrmap.ts";

/** Binds a class attribute found for `obj` (functions → bound methods). */
export function bindAttr(d: any, obj: any, t: PyType): any {
  if (typeof d !== "object" || d === null) return d;
  if (isFunc(d)) return new PyBoundMethod(obj, d);
  if (isBuiltin(d)) return d.isMethod ? new PyBoundMethod(obj, d) : d;
  const dt: PyType = d.type;
  if (dt.descrGet) return dt.descrGet(d, obj, t);
  return d;
}

/** Looks up `name` on a class object (no instance): class attributes and the metaclass. */
export function typeGetAttr(cls: PyType, name: string): any {
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (typeof v !== "object" || v === null) return v;
    if (isFunc(v) || isBuiltin(v)) return v;
    if (v instanceof PyStaticMethod) return v.fn;
    if (v instanceof PyClassMethod) return new PyBoundMethod(cls, v.fn);
    const vt: PyType = v.type;
    if (vt.descrGet && !vt.native) return vt.descrGet(v, null, cls);
    return v;
  }
  switch (name) {
    case "__name__":
      return cls.name;
    case "__qualname__":
      return cls.name;
    case "__bases__":
      return new PyTuple(cls.bases.slice());
    case "__mro__":
      return new PyTuple(cls.mro.slice());
    case "__dict__":
      return PyDict.fromMap(cls.attrs);
    case "__module__":
      return cls.module;
    case "__class__":
      return cls.type;
    case "__doc__":
      return null;
  }
  if (name.length > 4 && name.startsWith("__") && name.endsWith("__")) {
    const sm = slotMethod(cls.native ? cls : cls.nativeBase, name);
    if (sm !== undefined) return sm;
  }
  // metaclass attributes (e.g. methods of a user metaclass)
  const meta = cls.type;
  if (meta !== undefined) {
    const m = meta.lookup(name);
    if (m !== undefined) return bindAttr(m, cls, meta);
  }
  return undefined;
}

/** True when some class in `t`'s MRO has a data descriptor (property...). */
export function hasDataDescrs(t: PyType): boolean {
  let v = t.dataDescrs;
  if (v === undefined) {
    v = false;
    for (const c of t.mro) {
      for (const d of c.attrs.values()) {
        if (typeof d === "object" && d !== null && d.type !== undefined) {
          const dt: PyType = d.type;
          if (dt.descrSet !== undefined || dt.descrDelete !== undefined) {
            v = true;
            break;
          }
        }
      }
      if (v) break;
    }
    t.dataDescrs = v;
  }
  return v;
}

/** `getattr(o, name)` returning `undefined` when missing (no AttributeError). */
export function getAttrOpt(o: any, name: string): any {
  const t = typeOf(o);
  if (t.hasGetattribute) {
    const ga = t.lookup("__getattribute__");
    try {
      return callSync(ga, [o, name]);
    } catch (e) {
      if (e instanceof PyException && e.type.isSubclass(attributeErrorType)) {
        return undefined;
      }
      throw e;
    }
  }
  if (isType(o)) return typeGetAttr(o, name);
  if (o?.type === superType) return superGetAttr(o, name);
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && d !== null) {
    const dt: PyType = d.type;
    if (dt.descrSet !== undefined || dt.descrDelete !== undefined) {
      return dt.descrGet ? dt.descrGet(d, o, t) : d;
    }
  }
  if (t.getAttr !== undefined) {
    const v = t.getAttr(o, name);
    if (v !== undefined) return v;
  }
  if (typeof o === "object" && o !== null && o.dict) {
    const v = o.dict.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindAttr(d, o, t);
  if (name === "__class__") return t;
  if (name.length > 4 && name.startsWith("__") && name.endsWith("__")) {
    const sm = slotMethod(t.native ? t : t.nativeBase, name);
    if (sm !== undefined) return new PyBoundMethod(o, sm);
  }
  if (name === "__dict__" && typeof o === "object" && o !== null && o.dict) {
    return PyDict.fromMap(o.dict);
  }
  if (t.hasGetattr) {
    const ga = t.lookup("__getattr__");
    if (ga !== undefined) {
      try {
        return callSync(ga, [o, name]);
      } catch (e) {
        if (e instanceof PyException && e.type.isSubclass(attributeErrorType)) {
          return undefined;
        }
        throw e;
      }
    }
  }
  return undefined;
}

/** The AttributeError for a missing attribute. */
export function noAttribute(o: any, name: string): never {
  if (isType(o)) {
    raiseAttributeError(`type object '${o.name}' has no attribute '${name}'`);
  }
  const t = typeOf(o);
  if (t.name === "module") {
    raiseAttributeError(
      `module '${(o as any).name}' has no attribute '${name}'`,
    );
  }
  return raiseAttributeError(`'${t.name}' object has no attribute '${name}'`);
}

/** `o.name`. */
export function getAttr(o: any, name: string): any {
  // an instance of a Python class over object (a PyInstance) with a __dict__
  if (o?.type?.nativeBase === objectType && o.dict !== null) {
    // fast path: an instance attribute, no data descriptor can shadow it
    const t = o.type;
    let fast = t.fastAttrs;
    if (fast === undefined) {
      fast = t.fastAttrs = !t.hasGetattribute && !hasDataDescrs(t);
    }
    if (fast) {
      const v = (o as any)[attrKey(name)];
      if (v !== undefined) return v;
    }
  }
  const t = typeOf(o);
  if (t.hasGetattr && !t.hasGetattribute && !isType(o)) {
    // let __getattr__ raise its own AttributeError
    const v = getAttrNoHook(o, name, t);
    if (v !== undefined) return v;
    return callSync(t.lookup("__getattr__"), [o, name]);
  }
  if (t.hasGetattribute) {
    return callSync(t.lookup("__getattribute__"), [o, name]);
  }
  const v = getAttrOpt(o, name);
  if (v === undefined) return noAttribute(o, name);
  return v;
}

function getAttrNoHook(o: any, name: string, t: PyType): any {
  const saved = t.hasGetattr;
  t.hasGetattr = false;
  try {
    return getAttrOpt(o, name);
  } finally {
    t.hasGetattr = saved;
  }
}

/**
 * `o.name(args)`: calls the method without allocating a bound method when
 * the attribute is a plain function on the type. Returns the call's result
 * or a generator to delegate to (see call.ts).
 */
export function callMethod(o: any, name: string, args: any[]): any {
  const t = typeOf(o);
  const nb = t.nativeBase;
  if (!t.hasGetattribute && nb !== typeType && nb !== superType) {
    const d = t.lookup(name);
    if (
      d !== undefined &&
      (isFunc(d) || (isBuiltin(d) && d.isMethod)) &&
      (typeof o !== "object" || o === null || !o.dict || !o.dict.has(name))
    ) {
      if (isFunc(d)) {
        if (d.simple === args.length + 1) {
          if (d.sync !== null && d.code.entryOK) {
            return args.length === 0
              ? enterSync1(d, o)
              : args.length === 1
              ? enterSync2(d, o, args[0])
              : enterSync(d, [o, ...args]);
          }
          return d.gen(o, ...args);
        }
        return callN(d, [o, ...args], null);
      }
      if (d.kind === 0 /* FIXED */) {
        const n = args.length;
        if (n >= d.min && n <= d.max) return d.fn(o, ...args);
      }
      return callN(d, [o, ...args], null);
    }
  }
  return callN(getAttr(o, name), args, null);
}

/** Generic instance attribute store (`object.__setattr__`). */
export function genericSetAttr(o: any, name: string, value: any): void {
  if (typeof name !== "string") raiseTypeError("attribute name must be string");
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && d !== null) {
    const dt: PyType = d.type;
    if (dt.descrSet !== undefined) {
      dt.descrSet(d, o, value);
      return;
    }
  }
  if (t.setAttr !== undefined && t.setAttr(o, name, value)) return;
  if (typeof o === "object" && o !== null && o.dict) {
    o.dict.set(name, value);
    return;
  }
  if (d !== undefined) {
    raiseAttributeError(`'${t.name}' object attribute '${name}' is read-only`);
  }
  noAttribute(o, name);
}

/** `o.name = value`. */
export function setAttr(o: any, name: string, value: any): void {
  // a PyInstance with a __dict__, told as in `getAttr`
  if (o?.type?.nativeBase === objectType && o.dict !== null) {
    const t = o.type;
    let fast = t.fastSet;
    if (fast === undefined) {
      fast = t.fastSet = !t.hasSetattr && !hasDataDescrs(t);
    }
    if (fast && typeof name === "string") {
      (o as any)[attrKey(name)] = value;
      return;
    }
  }
  if (typeof name !== "string") raiseTypeError("attribute name must be string");
  const t = typeOf(o);
  if (t.hasSetattr) {
    callSync(t.lookup("__setattr__"), [o, name, value]);
    return;
  }
  if (isType(o)) {
    typeSetAttrHook(o, name, value);
    return;
  }
  genericSetAttr(o, name, value);
}

/** Generic attribute delete (`object.__delattr__`). */
export function genericDelAttr(o: any, name: string): void {
  if (typeof name !== "string") raiseTypeError("attribute name must be string");
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && d !== null) {
    const dt: PyType = d.type;
    if (dt.descrDelete !== undefined) {
      dt.descrDelete(d, o);
      return;
    }
  }
  if (typeof o === "object" && o !== null && o.dict && o.dict.has(name)) {
    o.dict.delete(name);
    return;
  }
  noAttribute(o, name);
}

/** `del o.name`. */
export function delAttr(o: any, name: string): void {
  const t = typeOf(o);
  if (t.hasDelattr) {
    callSync(t.lookup("__delattr__"), [o, name]);
    return;
  }
  if (o instanceof PyModule) {
    if (o.readonly) noAttribute(o, name);
    if (!o.attrs.delete(name)) noAttribute(o, name);
    return;
  }
  if (isType(o)) {
    if (!o.attrs.has(name)) noAttribute(o, name);
    if (o.native) {
      raiseTypeError(
        `can't set attributes of built-in/extension type '${o.name}'`,
      );
    }
    o.attrs.delete(name);
    o.invalidate();
    classFlagsHook(o);
    return;
  }
  genericDelAttr(o, name);
}

/** `hasattr`-style check. */
export function hasAttr(o: any, name: string): boolean {
  return getAttrOpt(o, name) !== undefined;
}

import {
  typeSetAttr as typeSetAttrHook,
  updateClassFlags as classFlagsHook,
} from "../objects/class.ts";

export { callN };

/**
 * The method a call `o.name(...)` can invoke directly (a function or a
 * builtin method on the type, not shadowed by the instance), or undefined.
 */
export function fastMethod(
  o: any,
  name: string,
): PyFunction | PyBuiltin | undefined {
  const t = typeOf(o);
  // classes and super objects look attributes up their own way
  const nb = t.nativeBase;
  if (t.hasGetattribute || nb === typeType || nb === superType) {
    return undefined;
  }
  const d = t.lookup(name);
  if (
    d !== undefined &&
    (isFunc(d) || (isBuiltin(d) && d.isMethod)) &&
    (typeof o !== "object" || o === null || !o.dict || !o.dict.has(name))
  ) return d;
  return undefined;
}

/** `o.name()` from generated code. */
export function callMethod0(o: any, name: string): any {
  const d = fastMethod(o, name);
  if (d !== undefined) {
    if (isFunc(d)) {
      if (d.simple === 1) {
        return d.sync !== null && d.code.entryOK ? enterSync1(d, o) : d.gen(o);
      }
      return callN(d, [o], null);
    }
    if (d.kind === 0 && d.min === 0) return d.fn(o);
    return callN(d, [o], null);
  }
  return callN(getAttr(o, name), [], null);
}

/** `o.name(a)` from generated code. */
export function callMethod1(o: any, name: string, a: any): any {
  const d = fastMethod(o, name);
  if (d !== undefined) {
    if (isFunc(d)) {
      if (d.simple === 2) {
        return d.sync !== null && d.code.entryOK
          ? enterSync2(d, o, a)
          : d.gen(o, a);
      }
      return callN(d, [o, a], null);
    }
    if (d.kind === 0 && d.min <= 1 && d.max >= 1) return d.fn(o, a);
    return callN(d, [o, a], null);
  }
  return callN(getAttr(o, name), [a], null);
}

/** `o.name(a, b)` from generated code. */
export function callMethod2(o: any, name: string, a: any, b: any): any {
  const d = fastMethod(o, name);
  if (d !== undefined) {
    if (isFunc(d)) {
      if (d.simple === 3) {
        return d.sync !== null && d.code.entryOK
          ? enterSync3(d, o, a, b)
          : d.gen(o, a, b);
      }
      return callN(d, [o, a, b], null);
    }
    if (d.kind === 0 && d.min <= 2 && d.max >= 2) return d.fn(o, a, b);
    return callN(d, [o, a, b], null);
  }
  return callN(getAttr(o, name), [a, b], null);
}
