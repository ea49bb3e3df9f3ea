/**
 * Special methods of native types seen from Python: `[].__len__`,
 * `int.__add__`, `super().__getitem__(k)` in a dict subclass. Native types
 * implement these as slots; this file wraps a slot as a method on demand.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  builtinMethodVar,
  NotImplemented,
  objectType,
  Op,
  type PyBuiltin,
  type PyType,
  STOP,
  UnOp,
} from "../objects/type.ts";
import { newException, stopIterationType } from "../objects/exception.ts";
import { hashValue, pyRepr, pyStr } from "./ops.ts";
import { formatBuiltin } from "./format.ts";
import { strValue } from "../objects/str.ts";

const BINARY: Record<string, number> = {
  __add__: Op.Add,
  __sub__: Op.Sub,
  __mul__: Op.Mul,
  __matmul__: Op.MatMul,
  __truediv__: Op.TrueDiv,
  __floordiv__: Op.FloorDiv,
  __mod__: Op.Mod,
  __pow__: Op.Pow,
  __lshift__: Op.LShift,
  __rshift__: Op.RShift,
  __and__: Op.And,
  __or__: Op.Or,
  __xor__: Op.Xor,
  __lt__: Op.Lt,
  __gt__: Op.Gt,
  __le__: Op.Le,
  __ge__: Op.Ge,
  __eq__: Op.Eq,
  __ne__: Op.Ne,
};

const UNARY: Record<string, UnOp> = {
  __pos__: UnOp.Pos,
  __neg__: UnOp.Neg,
  __invert__: UnOp.Invert,
};

function make(t: PyType, name: string): PyBuiltin | undefined {
  switch (name) {
    case "__next__":
      if (!t.iterNext) return undefined;
      return builtinMethod(name, 0, 0, (self: any) => {
        const v = t.iterNext!(self);
        if (v === STOP) throw newException(stopIterationType);
        return v;
      });
    case "__iter__":
      return t.iter
        ? builtinMethod(name, 0, 0, (self: any) => t.iter!(self))
        : undefined;
    case "__len__":
      return t.len
        ? builtinMethod(name, 0, 0, (self: any) => t.len!(self))
        : undefined;
    case "__getitem__":
      return t.getItem
        ? builtinMethod(name, 1, 1, (self: any, k: any) => t.getItem!(self, k))
        : undefined;
    case "__setitem__":
      return t.setItem
        ? builtinMethod(name, 2, 2, (self: any, k: any, v: any) => {
          t.setItem!(self, k, v);
          return null;
        })
        : undefined;
    case "__delitem__":
      return t.delItem
        ? builtinMethod(name, 1, 1, (self: any, k: any) => {
          t.delItem!(self, k);
          return null;
        })
        : undefined;
    case "__contains__":
      return t.contains
        ? builtinMethod(name, 1, 1, (self: any, x: any) => t.contains!(self, x))
        : undefined;
    case "__hash__":
      if (!t.hash && !t.identityHash) return undefined;
      return builtinMethod(name, 0, 0, (self: any) => hashValue(self));
    case "__repr__":
      return builtinMethod(
        name,
        0,
        0,
        (self: any) => (t.repr ? t.repr(self) : pyRepr(self)),
      );
    case "__str__":
      return builtinMethod(
        name,
        0,
        0,
        (
          self: any,
        ) => (t.str ? t.str(self) : t.repr ? t.repr(self) : pyStr(self)),
      );
    case "__format__":
      return builtinMethod(
        name,
        1,
        1,
        (self: any, spec: any) => formatBuiltin(self, strValue(spec)),
      );
    case "__call__":
      return t.call
        ? builtinMethodVar(
          name,
          (self: any, args: any[], kw: any) => t.call!(self, args, kw),
        )
        : undefined;
    case "__bool__":
      return t.bool
        ? builtinMethod(name, 0, 0, (self: any) => t.bool!(self))
        : undefined;
  }
  let op = BINARY[name];
  let reflected = false;
  let inplace = false;
  if (op === undefined && name.startsWith("__r")) {
    op = BINARY["__" + name.slice(3)];
    reflected = op !== undefined && op < Op.Lt;
  }
  if (op === undefined && name.startsWith("__i")) {
    op = BINARY["__" + name.slice(3)];
    inplace = op !== undefined && op < Op.Lt;
  }
  if (op !== undefined) {
    if (op < Op.Lt && !t.binaryOp) return undefined;
    if (t === objectType && op !== Op.Eq && op !== Op.Ne) return undefined;
    const code = reflected ? op + 200 : inplace ? op + 100 : op;
    return builtinMethod(name, 1, 1, (self: any, other: any) => {
      if (t.binaryOp) {
        const r = t.binaryOp(code, self, other);
        if (r !== undefined) return r;
      }
      if (op === Op.Eq) return self === other ? true : NotImplemented;
      if (op === Op.Ne) return self !== other ? true : NotImplemented;
      return NotImplemented;
    });
  }
  const un = UNARY[name];
  if (un !== undefined && t.unaryOp) {
    return builtinMethod(name, 0, 0, (self: any) => t.unaryOp!(un, self));
  }
  return undefined;
}

/** The special method `name` of native type `t` as a method object, if the type supports it. */
export function slotMethod(t: PyType, name: string): PyBuiltin | undefined {
  if (t.slotMethods === null) t.slotMethods = new Map();
  if (t.slotMethods.has(name)) return t.slotMethods.get(name);
  const m = make(t, name);
  if (m !== undefined) m.owner = t;
  t.slotMethods.set(name, m);
  return m;
}
