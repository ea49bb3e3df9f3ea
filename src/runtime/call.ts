/**
 * Calling Python callables.
 *
 * The calling protocol: `callN(f, args, kw)` returns either the result, or a
 * JS generator object that the caller must delegate to (`yield*`) to get
 * the result. Python functions return their body's generator, so a call
 * from generated code can suspend (sleep, pending HAL promise, time slice)
 * without blocking the host. TypeScript code that needs a result at once
 * uses `callSync`, which runs such a generator to completion and refuses
 * to suspend.
 *
 * Mirrors MicroPython's `py/runtime.c` (`mp_call_function_n_kw`) and
 * `py/argcheck.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  BuiltinKind,
  isBuiltin,
  KwArgs,
  PyBuiltin,
  typeType,
} from "../objects/type.ts";
import {
  FunKind,
  isBound,
  isFunc,
  type PyFunction,
} from "../objects/function.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyDict } from "../objects/dict.ts";
import { PyGenerator } from "../objects/generator.ts";
import { typeCall } from "../objects/class.ts";
import { enterSync, enterSync1, enterSync2, enterSync3, SYNC } from "./sync.ts";
import { raiseRuntimeError, raiseTypeError } from "./raise.ts";
import { newException, runtimeErrorType } from "../objects/exception.ts";
import { isInstance, typeOf } from "./ops.ts";
import { Suspend, TICK } from "./suspend.ts";

/** Constructor whose `prototype` is %GeneratorPrototype%, for `instanceof`. */
export const GenMarker: any = function () {};
GenMarker.prototype = Object.getPrototypeOf(function* () {}).prototype;

/**
 * True when `x` is a JS generator object (a call to delegate to). Most call
 * results are not objects or are None, and for them the `instanceof` (a
 * builtin call in V8's baseline and Maglev code) is skipped.
 */
export function isGen(x: any): x is Generator<any, any, any> {
  return typeof x === "object" && x !== null && x instanceof GenMarker;
}

/** Binds call arguments to a Python function's parameter list. */
export function bindArgs(
  f: PyFunction,
  args: any[],
  kw: KwArgs | null,
): any[] {
  const c = f.code;
  const names = c.argNames;
  const nPos = names.length;
  const nargs = args.length;
  const nKwOnly = c.kwOnlyNames.length;
  const out = new Array(
    nPos + (c.varargs ? 1 : 0) + nKwOnly + (c.varkw ? 1 : 0),
  );
  if (nargs > nPos && !c.varargs) {
    raiseTypeError(
      `${c.name}() takes ${nPos} positional arguments but ${nargs} were given`,
    );
  }
  const m = nargs < nPos ? nargs : nPos;
  for (let i = 0; i < m; i++) out[i] = args[i];
  if (c.varargs) out[nPos] = new PyTuple(nargs > nPos ? args.slice(nPos) : []);
  const kwBase = nPos + (c.varargs ? 1 : 0);
  let kwDict: PyDict | null = null;
  if (c.varkw) {
    kwDict = new PyDict();
    out[kwBase + nKwOnly] = kwDict;
  }
  if (kw !== null) {
    for (let k = 0; k < kw.names.length; k++) {
      const name = kw.names[k];
      let idx = names.indexOf(name);
      if (idx >= 0 && idx < c.nPosOnly) idx = -1;
      if (idx >= 0) {
        if (out[idx] !== undefined) {
          raiseTypeError(`function got multiple values for argument '${name}'`);
        }
        out[idx] = kw.values[k];
        continue;
      }
      const ki = c.kwOnlyNames.indexOf(name);
      if (ki >= 0) {
        out[kwBase + ki] = kw.values[k];
        continue;
      }
      if (kwDict !== null) {
        kwDict.setItem(name, kw.values[k]);
        continue;
      }
      raiseTypeError(`unexpected keyword argument '${name}'`);
    }
  }
  if (m < nPos || kw !== null) {
    const defs = f.defaults;
    const firstDefault = nPos - defs.length;
    let missing = -1;
    for (let i = 0; i < nPos; i++) {
      if (out[i] === undefined) {
        if (i >= firstDefault) out[i] = defs[i - firstDefault];
        else missing = i;
      }
    }
    if (missing >= 0) {
      // MicroPython's wording: without keywords, the count of required
      // positionals; with keywords, the (last) missing one, 0-based
      if (kw === null || kw.names.length === 0) {
        raiseTypeError(
          `${c.name}() takes ${firstDefault} positional arguments but ${nargs} were given`,
        );
      }
      raiseTypeError(
        `function missing required positional argument #${missing}`,
      );
    }
  }
  for (let k = 0; k < nKwOnly; k++) {
    if (out[kwBase + k] === undefined) {
      const d = f.kwDefaults?.get(c.kwOnlyNames[k]);
      if (d === undefined) {
        // MicroPython names the argument only when keywords were passed
        raiseTypeError(
          kw !== null && kw.names.length > 0
            ? `function missing required keyword argument '${c.kwOnlyNames[k]}'`
            : "function missing keyword-only argument",
        );
      }
      out[kwBase + k] = d;
    }
  }
  return out;
}

/** Starts a Python function with bound parameters. */
function startFunction(f: PyFunction, params: any[]): any {
  if (f.code.kind === FunKind.NORMAL) {
    if (f.sync !== null && f.code.entryOK) return enterSync(f, params);
    return f.gen(...params);
  }
  return new PyGenerator(f.gen(...params), f);
}

/** Calls a builtin with positional args (`self` first for methods). */
export function callBuiltin(b: PyBuiltin, args: any[], kw: KwArgs | null): any {
  if (b.kind === BuiltinKind.FIXED) {
    if (kw !== null && kw.names.length > 0) {
      raiseTypeError("function doesn't take keyword arguments");
    }
    const n = b.isMethod ? args.length - 1 : args.length;
    if (n < b.min || n > b.max) argCountError(b, n);
    return b.fn(...args);
  }
  if (b.isMethod) {
    if (args.length === 0) raiseTypeError("function takes at least 1 argument");
    return b.fn(args[0], args.slice(1), kw);
  }
  return b.fn(args, kw);
}

function argCountError(b: PyBuiltin, n: number): never {
  if (b.isMethod) {
    // MicroPython counts `self` in these messages
    return argCountErrorCounts(b.min + 1, b.max + 1, n + 1);
  }
  return argCountErrorCounts(b.min, b.max, n);
}

function argCountErrorCounts(min: number, max: number, n: number): never {
  const b = { min, max };
  if (b.min === b.max) {
    raiseTypeError(
      `function takes ${b.min} positional arguments but ${n} were given`,
    );
  }
  if (n < b.min) {
    raiseTypeError(
      `function missing ${b.min - n} required positional arguments`,
    );
  }
  raiseTypeError(`function expected at most ${b.max} arguments, got ${n}`);
}

/** Calls any callable: returns the result or a generator to delegate to. */
export function callN(f: any, args: any[], kw: KwArgs | null): any {
  if (isFunc(f)) {
    if (kw === null && f.simple === args.length) {
      if (f.sync !== null && f.code.entryOK) return enterSync(f, args);
      return f.gen(...args);
    }
    return startFunction(f, bindArgs(f, args, kw));
  }
  if (isBuiltin(f)) {
    if (f.isMethod && f.owner !== null && args.length > 0) {
      if (!isInstance(args[0], f.owner)) {
        raiseTypeError(
          `argument should be a '${f.owner.name}' not a '${
            typeOf(args[0]).name
          }'`,
        );
      }
    }
    return callBuiltin(f, args, kw);
  }
  if (isBound(f)) {
    const fn = f.func;
    if (isBuiltin(fn)) {
      if (fn.kind === BuiltinKind.FIXED && kw === null) {
        const n = args.length;
        if (n < fn.min || n > fn.max) argCountError(fn, n);
        return fn.fn(f.self, ...args);
      }
    }
    return callN(fn, [f.self, ...args], kw);
  }
  if (f?.type === typeType) return typeCall(f, args, kw);
  const t = typeOf(f);
  if (t.call) return t.call(f, args, kw);
  return raiseTypeError(`'${t.name}' object isn't callable`);
}

/** `f()` from generated code. */
export function call0(f: any): any {
  if (f?.simple === 0) {
    return f.sync !== null && f.code.entryOK ? enterSync(f, []) : f.gen();
  }
  return callN(f, [], null);
}

/** `f(a)` from generated code. */
export function call1(f: any, a: any): any {
  if (f?.simple === 1) {
    return f.sync !== null && f.code.entryOK ? enterSync1(f, a) : f.gen(a);
  }
  if (isBuiltin(f) && f.kind === BuiltinKind.FIXED && !f.isMethod) {
    if (f.min <= 1 && f.max >= 1) return f.fn(a);
  }
  return callN(f, [a], null);
}

/** `f(a, b)` from generated code. */
export function call2(f: any, a: any, b: any): any {
  if (f?.simple === 2) {
    return f.sync !== null && f.code.entryOK
      ? enterSync2(f, a, b)
      : f.gen(a, b);
  }
  if (isBuiltin(f) && f.kind === BuiltinKind.FIXED && !f.isMethod) {
    if (f.min <= 2 && f.max >= 2) return f.fn(a, b);
  }
  return callN(f, [a, b], null);
}

/** `f(a, b, c)` from generated code. */
export function call3(f: any, a: any, b: any, c: any): any {
  if (f?.simple === 3) {
    return f.sync !== null && f.code.entryOK
      ? enterSync3(f, a, b, c)
      : f.gen(a, b, c);
  }
  return callN(f, [a, b, c], null);
}

/**
 * Runs a generator returned by a call to completion, for TypeScript code
 * that needs the value now. Time-slice ticks are skipped; any other
 * suspension raises `RuntimeError` inside the Python code.
 */
export function runSync(g: Generator<any, any, any>): any {
  const saved = SYNC.canYield;
  SYNC.canYield = false;
  try {
    return runSyncNow(g);
  } finally {
    SYNC.canYield = saved;
  }
}

function runSyncNow(g: Generator<any, any, any>): any {
  let r = g.next();
  while (!r.done) {
    const req = r.value;
    if (req === TICK) r = g.next();
    else if (req instanceof Suspend) {
      r = g.throw(
        newRuntimeError("can't block here: blocking call in a callback"),
      );
    } else {
      r = g.throw(newRuntimeError("unexpected yield"));
    }
  }
  return r.value;
}

function newRuntimeError(msg: string): any {
  return newException(runtimeErrorType, msg);
}

/** Calls a callable and returns its result synchronously. */
export function callSync(f: any, args: any[], kw: KwArgs | null = null): any {
  const r = callN(f, args, kw);
  return isGen(r) ? runSync(r) : r;
}

/** Raises if called while a sync call needs to suspend. */
export function cannotSuspend(): never {
  return raiseRuntimeError("can't block here");
}
