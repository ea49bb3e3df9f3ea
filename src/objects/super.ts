/**
 * `super`. Mirrors MicroPython's `super` in `py/objtype.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  defineType,
  PyClassMethod,
  PyObject,
  PyStaticMethod,
  PyType,
} from "./type.ts";
import { bindAttr } from "../runtime/attr.ts";
import { typeOf } from "../runtime/ops.ts";
import { raiseTypeError } from "../runtime/raise.ts";
import { PyBoundMethod } from "./function.ts";
import { slotMethod } from "../runtime/slot_methods.ts";

/** A `super(cls, obj)` proxy. */
export class PySuper extends PyObject {
  constructor(public cls: PyType, public obj: any) {
    super(superType);
  }
}

/** Attribute lookup on a super proxy: the MRO after `cls`. */
export function superGetAttr(s: PySuper, name: string): any {
  const objType = s.obj instanceof PyType && s.obj.isSubclass(s.cls)
    ? s.obj
    : typeOf(s.obj);
  let v = objType.lookupAfter(name, s.cls);
  if (v === undefined) {
    // a native base's special method (e.g. dict.__setitem__ for a dict subclass)
    if (name.length > 4 && name.startsWith("__") && name.endsWith("__")) {
      const mro = objType.mro;
      for (let i = mro.indexOf(s.cls) + 1; i < mro.length; i++) {
        if (mro[i].native) {
          v = slotMethod(mro[i], name);
          if (v !== undefined) break;
        }
      }
    }
    if (v === undefined) return undefined;
  }
  if (s.obj instanceof PyType && objType === s.obj) {
    // super() inside a classmethod / __new__: bind to the class
    if (v instanceof PyClassMethod) return new PyBoundMethod(s.obj, v.fn);
    if (v instanceof PyStaticMethod) return v.fn;
    return v;
  }
  return bindAttr(v, s.obj, objType);
}

/** The `super` type. */
export const superType: PyType = defineType<PySuper>("super", {
  makeNew(_type, args) {
    if (args.length !== 2) raiseTypeError("super() requires 2 arguments here");
    const [cls, obj] = args;
    if (!(cls instanceof PyType)) {
      raiseTypeError("super() argument 1 must be type");
    }
    const ok = obj instanceof PyType
      ? obj.isSubclass(cls)
      : typeOf(obj).isSubclass(cls);
    if (!ok) {
      raiseTypeError(
        "super(type, obj): obj must be an instance or subtype of type",
      );
    }
    return new PySuper(cls, obj);
  },
  repr: (s: PySuper) =>
    `<super: <class '${s.cls.name}'>, <${typeOf(s.obj).name} object>>`,
});
superType.baseType = false;
