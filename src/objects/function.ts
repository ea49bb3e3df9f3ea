/**
 * Functions: Python-defined functions (`PyFunction`), bound methods,
 * `staticmethod`, `classmethod` and `property`.
 *
 * Mirrors MicroPython's `py/objfun.c`, `py/objboundmeth.c` and
 * `py/objproperty.c`. Builtin functions (`PyBuiltin`) are declared in
 * type.ts so every object file can define methods at load time.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFunctionType,
  builtinMethod,
  classMethodType,
  defineType,
  initType,
  NotImplemented,
  PyBuiltin,
  PyClassMethod,
  PyObject,
  PyStaticMethod,
  PyType,
  staticMethodType,
} from "./type.ts";
import { raiseAttributeError, raiseTypeError } from "../runtime/raise.ts";
import { callSync } from "../runtime/call.ts";
import { hashValue, idHex, objectId, pyRepr, typeOf } from "../runtime/ops.ts";
import { PyTuple } from "./tuple.ts";
import { PyDict } from "./dict.ts";

/** What kind of code a `def` compiled to. */
export enum FunKind {
  NORMAL,
  GENERATOR,
  COROUTINE,
  ASYNC_GENERATOR,
}

/** Static facts about a compiled function (the code object). */
export interface CodeInfo {
  name: string;
  qualname: string;
  file: string;
  line: number;
  kind: FunKind;
  /** Positional parameter names (positional-only first). */
  argNames: string[];
  nPosOnly: number;
  kwOnlyNames: string[];
  varargs: boolean;
  varkw: boolean;
  /** Has a plain (non-suspending) version (see runtime/sync.ts). */
  plain?: boolean;
  /** Learning state of sync execution (see runtime/sync.ts). */
  runs?: number;
  blocked?: boolean;
  /** May be called plain from plain code. */
  syncOK?: boolean;
  /** May be entered plain from generator code (starting a sync region). */
  entryOK?: boolean;
  /**
   * Has loops: its plain version may only start a sync region, and it has
   * a third, resumable version (see runtime/sync.ts, `OSR`).
   */
  loops?: boolean;
}

/**
 * `x instanceof PyFunction`, told by the type only functions carry: V8's
 * baseline and Maglev code run `instanceof` as a builtin call, a property
 * load inline.
 */
export function isFunc(x: any): x is PyFunction {
  return x?.type === functionType;
}

/** `x instanceof PyBoundMethod`, by its type (see `isFunc`). */
export function isBound(x: any): x is PyBoundMethod {
  return x?.type === boundMethodType;
}

/** A function defined in Python. */
export class PyFunction extends PyObject {
  /**
   * Positional arity when a call with exactly that many positional
   * arguments can go straight to `gen` (no defaults needed, no `*args`,
   * no keyword-only, a plain function); otherwise -1.
   *
   * No other object has a `simple` field (instance attributes are stored
   * under `$`-prefixed keys, attrmap.ts), so call paths test
   * `f?.simple === n` alone instead of `f instanceof PyFunction` (a builtin
   * call in V8's baseline and Maglev code).
   */
  declare simple: number;
  constructor(
    public code: CodeInfo,
    /** The compiled body: a JS generator function over the bound params. */
    public gen: (...args: any[]) => Generator<any, any, any>,
    /** Defaults of the last positional parameters. */
    public defaults: any[],
    /** Defaults of keyword-only parameters. */
    public kwDefaults: Map<string, any> | null,
    /** The module's globals (`__globals__`). */
    public globals: Map<string, any>,
    /** The plain (non-suspending) version of the body, when it has one. */
    public sync: ((...args: any[]) => any) | null = null,
    /**
     * For a function with loops: a generator continuing a plain run from
     * the loop head where it stopped (`resume(loopId, state)`).
     */
    public resume:
      | ((k: number, st: any) => Generator<any, any, any>)
      | null = null,
  ) {
    super(functionType);
    this.simple = code.kind === FunKind.NORMAL && !code.varargs &&
        !code.varkw && code.kwOnlyNames.length === 0
      ? code.argNames.length
      : -1;
  }
}

/** A method bound to an instance (or a class, for classmethods). */
export class PyBoundMethod extends PyObject {
  constructor(public self: any, public func: any) {
    super(boundMethodType);
  }
}

/** A `property` object. */
export class PyProperty extends PyObject {
  constructor(
    public fget: any,
    public fset: any,
    public fdel: any,
    public doc: any = null,
  ) {
    super(propertyType);
  }
}

function functionGetAttr(self: PyFunction, name: string): any {
  switch (name) {
    case "__name__":
      return self.code.name;
    case "__qualname__":
      return self.code.qualname;
    case "__globals__":
      return PyDict.fromMap(self.globals);
    case "__module__":
      return self.globals.get("__name__") ?? null;
    case "__defaults__":
      return self.defaults.length ? new PyTuple(self.defaults) : null;
  }
  if (self.dict) {
    const v = self.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The `function` type of Python-defined functions. */
export const functionType: PyType = defineType<PyFunction>("function", {
  repr: (self: PyFunction) => `<function ${self.code.name} at ${idHex(self)}>`,
  descrGet: (self: PyFunction, instance: any) =>
    instance === null || instance === undefined
      ? self
      : new PyBoundMethod(instance, self),
  getAttr: functionGetAttr,
  setAttr(self: PyFunction, name: string, value: any) {
    if (
      name === "__globals__" || name === "__name__" || name === "__qualname__"
    ) {
      raiseAttributeError("readonly attribute");
    }
    if (!self.dict) self.dict = new Map();
    self.dict.set(name, value);
    return true;
  },
});
functionType.baseType = false;

/** The `bound_method` type. */
export const boundMethodType: PyType = defineType<PyBoundMethod>(
  "bound_method",
  {
    repr: (self: PyBoundMethod) =>
      `<bound_method ${idHex(self).slice(2)} ${pyRepr(self.self)}.${
        pyRepr(self.func)
      }>`,
    getAttr(self: PyBoundMethod, name: string) {
      if (name === "__self__") return self.self;
      if (name === "__func__") return self.func;
      if (name === "__name__") {
        return self.func instanceof PyFunction
          ? self.func.code.name
          : self.func.name;
      }
      return undefined;
    },
    binaryOp(op: number, a: PyBoundMethod, b: any) {
      if (op === 17 /* Op.Eq */) {
        return b instanceof PyBoundMethod && a.self === b.self &&
          a.func === b.func;
      }
      if (op === 18 /* Op.Ne */) {
        return !(b instanceof PyBoundMethod && a.self === b.self &&
          a.func === b.func);
      }
      return NotImplemented;
    },
    hash: (self: PyBoundMethod) =>
      (objectId(self.self) ^ hashValue(self.func)) | 0,
  },
);
boundMethodType.baseType = false;

// builtin functions: repr and binding
initType(builtinFunctionType, builtinFunctionType.bases, {
  repr: () => "<function>",
  descrGet: (self: PyBuiltin, instance: any) =>
    self.isMethod && instance !== null && instance !== undefined
      ? new PyBoundMethod(instance, self)
      : self,
  getAttr(self: PyBuiltin, name: string) {
    if (name === "__name__") return self.name;
    return undefined;
  },
});

initType(staticMethodType, staticMethodType.bases, {
  repr: () => "<staticmethod>",
  makeNew(_type, args) {
    if (args.length !== 1) raiseTypeError("staticmethod expects 1 argument");
    return new PyStaticMethod(args[0]);
  },
  descrGet: (self: PyStaticMethod) => self.fn,
  getAttr(self: PyStaticMethod, name: string) {
    if (name === "__func__") return self.fn;
    return undefined;
  },
});

initType(classMethodType, classMethodType.bases, {
  repr: () => "<classmethod>",
  makeNew(_type, args) {
    if (args.length !== 1) raiseTypeError("classmethod expects 1 argument");
    return new PyClassMethod(args[0]);
  },
  descrGet: (self: PyClassMethod, instance: any, owner: PyType) =>
    new PyBoundMethod(owner ?? typeOf(instance), self.fn),
  getAttr(self: PyClassMethod, name: string) {
    if (name === "__func__") return self.fn;
    return undefined;
  },
});

function propertyCopy(
  self: PyProperty,
  which: "fget" | "fset" | "fdel",
  fn: any,
): PyProperty {
  const p = new PyProperty(self.fget, self.fset, self.fdel, self.doc);
  p[which] = fn;
  return p;
}

/** The `property` type. */
export const propertyType: PyType = defineType<PyProperty>("property", {
  makeNew(_type, args, kw) {
    const get = (i: number, name: string) => {
      const v = i < args.length ? args[i] : kw?.get(name);
      return v === undefined ? null : v;
    };
    return new PyProperty(
      get(0, "fget"),
      get(1, "fset"),
      get(2, "fdel"),
      get(3, "doc"),
    );
  },
  descrGet(self: PyProperty, instance: any) {
    if (instance === null || instance === undefined) return self;
    if (self.fget === null) raiseAttributeError("unreadable attribute");
    return callSync(self.fget, [instance]);
  },
  descrSet(self: PyProperty, instance: any, value: any) {
    if (self.fset === null) raiseAttributeError("can't set attribute");
    callSync(self.fset, [instance, value]);
  },
  descrDelete(self: PyProperty, instance: any) {
    if (self.fdel === null) raiseAttributeError("can't delete attribute");
    callSync(self.fdel, [instance]);
  },
  getAttr(self: PyProperty, name: string) {
    if (name === "fget") return self.fget;
    if (name === "fset") return self.fset;
    if (name === "fdel") return self.fdel;
    if (name === "__doc__") return self.doc;
    return undefined;
  },
  locals: {
    getter: builtinMethod(
      "getter",
      1,
      1,
      (self: PyProperty, fn: any) => propertyCopy(self, "fget", fn),
    ),
    setter: builtinMethod(
      "setter",
      1,
      1,
      (self: PyProperty, fn: any) => propertyCopy(self, "fset", fn),
    ),
    deleter: builtinMethod(
      "deleter",
      1,
      1,
      (self: PyProperty, fn: any) => propertyCopy(self, "fdel", fn),
    ),
  },
});
