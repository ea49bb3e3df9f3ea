/**
 * Module objects. Mirrors MicroPython's `py/objmodule.c`.
 *
 * A module's namespace is a JS Map shared with the code that runs in it
 * (its globals), so `import m; m.x` sees what `m`'s code assigned.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { defineType, PyObject, PyType } from "./type.ts";
import { PyDict } from "./dict.ts";
import { callSync } from "../runtime/call.ts";
import { raiseAttributeError } from "../runtime/raise.ts";
import { attributeErrorType, PyException } from "./exception.ts";
import { GlobalsMap } from "../runtime/globals.ts";

/** A module. */
export class PyModule extends PyObject {
  /** Built-in modules (but `builtins`) refuse new attributes, as in MicroPython. */
  declare readonly: boolean;
  constructor(
    public name: string,
    public attrs: Map<string, any> = new GlobalsMap(),
  ) {
    super(moduleType);
    this.readonly = false;
    if (!attrs.has("__name__")) attrs.set("__name__", name);
  }
}

/** Makes a module from a name and a table of attributes. */
export function newModule(
  name: string,
  attrs: Record<string, any> = {},
): PyModule {
  const m = new PyModule(name);
  for (const [k, v] of Object.entries(attrs)) m.attrs.set(k, v);
  return m;
}

/** The `module` type. */
export const moduleType: PyType = defineType<PyModule>("module", {
  repr(m: PyModule) {
    const file = m.attrs.get("__file__");
    if (typeof file === "string") return `<module '${m.name}' from '${file}'>`;
    return `<module '${m.name}'>`;
  },
  getAttr(m: PyModule, name: string) {
    const v = m.attrs.get(name);
    if (v !== undefined) return v;
    if (name === "__dict__") return PyDict.fromMap(m.attrs);
    const ga = m.attrs.get("__getattr__");
    if (ga !== undefined) {
      try {
        return callSync(ga, [name]);
      } catch (e) {
        if (e instanceof PyException && e.type.isSubclass(attributeErrorType)) {
          return undefined;
        }
        throw e;
      }
    }
    return undefined;
  },
  setAttr(m: PyModule, name: string, value: any) {
    if (m.readonly && !m.attrs.has(name)) {
      raiseAttributeError(`'module' object has no attribute '${name}'`);
    }
    m.attrs.set(name, value);
    return true;
  },
});
moduleType.baseType = false;
