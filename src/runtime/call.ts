/**
 * Calling Python callables.
 *
 * The calling protocol: `callN(f, args, kw)` returns either the result, or a
 * JS generator object that must run to get the result: TypeScript
 * generators delegate to it (`yield*`), generated code yields it to its
 * frame driver (`Frames`). Python functions return their body's
 * generator, so a call from generated code can suspend (sleep, pending HAL
 * promise, time slice) without blocking the host. TypeScript code that
 * needs a result at once uses `callSync`, which runs such a generator to
 * completion and refuses to suspend.
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

/**
 * The frames of one running computation: the bottom frame `js` and the
 * frames it called that are still running (`sub`, innermost last).
 *
 * Generated code calls a function that has to run as a generator by
 * yielding that generator (one `yield`, where `yield*` would inline a
 * delegation loop at every call site). Whoever drives the bottom frame
 * resumes the stack with `resumeFrames`, which runs such a callee on top of
 * its caller and sends its return value (or throws its exception) back
 * into the caller: the semantics of `yield*`.
 */
export interface Frames {
  js: Generator<any, any, any>;
  sub: Generator<any, any, any>[] | null;
}

/**
 * Resumes the innermost frame (`next(arg)`, or `throw(arg)`), running
 * calls and returns between frames, until a frame yields something else (a
 * Python value or a `Suspend` request: the result) or the bottom frame
 * finishes (a done result; its exception propagates).
 */
export function resumeFrames(
  h: Frames,
  isThrow: boolean,
  arg: any,
): IteratorResult<any, any> {
  const js = h.js;
  let sub = h.sub;
  let top = sub === null || sub.length === 0 ? js : sub[sub.length - 1];
  for (;;) {
    let r: IteratorResult<any, any>;
    try {
      r = isThrow ? top.throw(arg) : top.next(arg);
    } catch (e) {
      if (top === js) throw e;
      sub!.pop();
      top = sub!.length === 0 ? js : sub![sub!.length - 1];
      isThrow = true;
      arg = e;
      continue;
    }
    if (r.done) {
      if (top === js) return r;
      sub!.pop();
      top = sub!.length === 0 ? js : sub![sub!.length - 1];
      isThrow = false;
      arg = r.value;
      continue;
    }
    const v = r.value;
    if (isGen(v)) {
      if (sub === null) sub = h.sub = [];
      sub.push(v);
      top = v;
      isThrow = false;
      arg = undefined;
      continue;
    }
    return r;
  }
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
  const h: Frames = { js: g, sub: null };
  let r = resumeFrames(h, false, undefined);
  while (!r.done) {
    const req = r.value;
    if (req === TICK) r = resumeFrames(h, false, undefined);
    else if (req instanceof Suspend) {
      r = resumeFrames(
        h,
        true,
        newRuntimeError("can't block here: blocking call in a callback"),
      );
    } else {
      r = resumeFrames(h, true, newRuntimeError("unexpected yield"));
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
