/**
 * How exceptions print: `repr`, `str`, tracebacks, and the attributes
 * every exception has (`args`, `value`, `errno`).
 *
 * Mirrors MicroPython's `py/objexcept.c` (`mp_obj_exception_print`) and
 * `mp_obj_print_exception`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethodVar,
  initType,
  KwArgs,
  PyBuiltin,
} from "../objects/type.ts";
import { callSync } from "./call.ts";
import { raiseAttributeError } from "./raise.ts";
import {
  baseExceptionType,
  osErrorType,
  PyException,
} from "../objects/exception.ts";
import { PyTuple, tupleRepr } from "../objects/tuple.ts";
import { pyRepr, pyStr } from "./ops.ts";
import { errorcodeName } from "../modules/errno.ts";

/** `repr(exc)`: `ValueError('x',)` in MicroPython style. */
export function exceptionRepr(e: PyException): string {
  const items = e.args.items;
  if (items.length === 0) return e.type.name + "()";
  if (items.length === 1) return e.type.name + "(" + pyRepr(items[0]) + ",)";
  return e.type.name + tupleRepr(items);
}

/** `str(exc)`. */
export function exceptionStr(e: PyException): string {
  const items = e.args.items;
  if (items.length === 0) return "";
  if (items.length === 1) {
    const a = items[0];
    if (e.type.isSubclass(osErrorType) && Number.isInteger(a)) {
      const name = errorcodeName(a);
      if (name) return `[Errno ${a}] ${name}`;
    }
    return pyStr(a);
  }
  if (
    e.type.isSubclass(osErrorType) && items.length === 2 &&
    Number.isInteger(items[0])
  ) {
    const name = errorcodeName(items[0]);
    if (name) return `[Errno ${items[0]}] ${name}: ${pyStr(items[1])}`;
  }
  return tupleRepr(items);
}

/**
 * The `ExcType: message` line of a traceback. As in MicroPython, a user
 * `__repr__` replaces the whole line, and `__str__` is not consulted.
 */
export function exceptionLine(e: PyException): string {
  if (!e.type.native) {
    const r = e.type.lookup("__repr__");
    if (r !== undefined && !(r instanceof PyBuiltin)) {
      try {
        return pyStr(callSync(r, [e]));
      } catch {
        return e.type.name;
      }
    }
  }
  return `${e.type.name}: ${exceptionStr(e)}`;
}

/** The full traceback text MicroPython prints for an uncaught exception. */
export function formatTraceback(e: PyException): string {
  if (e.tb.length === 0) return exceptionLine(e) + "\n";
  let out = "Traceback (most recent call last):\n";
  for (let i = e.tb.length - 1; i >= 0; i--) {
    const t = e.tb[i];
    out += t.name === ""
      ? `  File "${t.file}", line ${t.line}\n`
      : `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
  }
  return out + exceptionLine(e) + "\n";
}

function excGetAttr(e: PyException, name: string): any {
  switch (name) {
    case "args":
      return e.args;
    case "value":
      return e.args.items.length > 0 ? e.args.items[0] : null;
    case "errno":
      return e.args.items.length > 0 ? e.args.items[0] : null;
    case "strerror":
      return e.args.items.length > 1 ? e.args.items[1] : null;
    case "__cause__":
      return e.cause;
    case "__context__":
      return e.context;
    case "__traceback__":
      return null;
  }
  if (e.dict) {
    const v = e.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Installs `args`/`value`/`errno` and `__init__` on BaseException. */
export function setupExceptionAttrs(): void {
  initType(baseExceptionType, baseExceptionType.bases, {
    makeNew: baseExceptionType.makeNew,
    repr: baseExceptionType.repr,
    str: baseExceptionType.str,
    getAttr: excGetAttr,
    setAttr(e: PyException, name: string, value: any) {
      if (name === "args") {
        e.args = value instanceof PyTuple ? value : new PyTuple([value]);
        return true;
      }
      if (name === "__cause__") {
        e.cause = value;
        return true;
      }
      if (name === "__traceback__" || name === "__context__") return true;
      // instances of the built-in exception types have no __dict__
      if (e.type.native) {
        raiseAttributeError(
          `'${e.type.name}' object has no attribute '${name}'`,
        );
      }
      if (!e.dict) e.dict = new Map();
      e.dict.set(name, value);
      return true;
    },
    locals: {
      __init__: builtinMethodVar(
        "__init__",
        (self: PyException, args: any[], _kw: KwArgs | null) => {
          self.args = new PyTuple(args);
          return null;
        },
      ),
      with_traceback: builtinMethodVar(
        "with_traceback",
        (self: PyException) => self,
      ),
    },
  });
  baseExceptionType.immutable = true;
  // subclasses copied the slots at definition time: refresh them
  const refresh = (t: typeof baseExceptionType) => {
    for (const ref of t.subclasses) {
      const sub = ref.deref();
      if (sub && sub.native) {
        sub.getAttr = excGetAttr;
        sub.setAttr = baseExceptionType.setAttr;
        sub.immutable = true;
        refresh(sub);
      }
    }
  };
  refresh(baseExceptionType);
}
