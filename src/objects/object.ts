/**
 * `object` (the root type's slots), instances of user classes, and the
 * singleton types `NoneType` and `ellipsis`.
 *
 * Mirrors MicroPython's `py/objobject.c`, `py/objnone.c` and
 * `py/objsingleton.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  builtinMethodVar,
  defineType,
  KwArgs,
  objectType,
  PyObject,
  PyStaticMethod,
  PyType,
} from "./type.ts";
import { raiseTypeError } from "../runtime/raise.ts";
import { genericDelAttr, genericSetAttr } from "../runtime/attr.ts";
import { idHex } from "../runtime/ops.ts";
import { AttrMap } from "./attrmap.ts";

/**
 * An instance of a user-defined class whose native base is `object`: its
 * own attribute map (`dict` is itself).
 */
export class PyInstance extends AttrMap {
  constructor(type: PyType) {
    super(type);
    // plain object() instances have no __dict__, as in Python
    this.dict = type === objectType ? null : this;
  }
}

/** Allocates an instance of `type` through its native base. */
export function allocInstance(type: PyType): any {
  const base = type.nativeBase;
  if (base === objectType) return new PyInstance(type);
  if (base.makeNew) {
    const o = base.makeNew(type, [], null);
    return o;
  }
  return raiseTypeError(`can't create '${type.name}' instances`);
}

/** The `NoneType` type; `None` itself is JS `null`. */
export const noneType: PyType = defineType("NoneType", {
  repr: () => "None",
  bool: () => false,
  hash: () => 0x5a5a,
});
noneType.baseType = false;

/** The `ellipsis` type and its singleton `Ellipsis`. */
export const ellipsisType: PyType = defineType("ellipsis", {
  repr: () => "Ellipsis",
});
ellipsisType.baseType = false;

/** `...`. */
export const Ellipsis: PyObject = new PyObject(ellipsisType);

/** Repr of a user instance without `__repr__`: `<A object at 7f...>`. */
export function instanceRepr(self: any): string {
  return `<${self.type.name} object at ${idHex(self).slice(2)}>`;
}

/** Slot and method table of `object`, installed into `objectType`. */
export const objectSpec = {
  makeNew(type: PyType, args: any[]) {
    if (type === objectType && args.length > 0) {
      raiseTypeError("function takes 0 positional arguments but 1 were given");
    }
    return allocInstance(type);
  },
  repr(self: any) {
    if (self.type === objectType) return "<object>";
    return instanceRepr(self);
  },
  locals: {
    __init__: builtinMethodVar("__init__", () => null),
    __new__: new PyStaticMethod(
      builtinMethodVar(
        "__new__",
        (cls: any, args: any[], kw: KwArgs | null) => {
          if (!(cls instanceof PyType) || cls.native) {
            raiseTypeError("__new__ arg must be a user-type");
          }
          // immutable native bases (int, str, tuple, bytes...) take their value here
          const nb = cls.nativeBase;
          if (nb !== objectType && nb.immutable && nb.makeNew) {
            return nb
              .makeNew(cls, args, kw);
          }
          return allocInstance(cls);
        },
      ),
    ),
    __setattr__: builtinMethod(
      "__setattr__",
      2,
      2,
      (self: any, name: any, value: any) => {
        genericSetAttr(self, name, value);
        return null;
      },
    ),
    __delattr__: builtinMethod("__delattr__", 1, 1, (self: any, name: any) => {
      genericDelAttr(self, name);
      return null;
    }),
  },
};
