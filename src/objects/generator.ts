/**
 * Generators and coroutines: a Python generator wraps the JS generator
 * object of its compiled body.
 *
 * The body yields two kinds of values, told apart by class: Python values
 * (`yield x`) and `Suspend` requests (a sleep, a HAL promise, a time slice)
 * that must travel further up to the board's driver loop. Whoever resumes a
 * generator forwards the second kind. Mirrors MicroPython's `py/objgenerator.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  builtinMethodVar,
  defineType,
  PyObject,
  PyType,
  STOP,
} from "./type.ts";
import { PyTuple } from "./tuple.ts";
import type { PyFunction } from "./function.ts";
import { FunKind } from "./function.ts";
import {
  generatorExitType,
  newException,
  PyException,
  runtimeErrorType,
  stopIterationType,
  valueErrorType,
} from "./exception.ts";
import { Suspend, TICK } from "../runtime/suspend.ts";
import { serveBlocking } from "../runtime/sync.ts";
import { getIter, idHex, typeOf } from "../runtime/ops.ts";
import { raiseTypeError } from "../runtime/raise.ts";
import { callSync, resumeFrames } from "../runtime/call.ts";
import { getAttrOpt } from "../runtime/attr.ts";

/** A generator, coroutine or async generator object. */
export class PyGenerator extends PyObject {
  /** Exception set by `pend_throw`, thrown in at the next resume. */
  declare pending: any;
  declare running: boolean;
  declare finished: boolean;
  declare started: boolean;
  /** Frames the body called that are still running (see `Frames`). */
  declare sub: Generator<any, any, any>[] | null;
  constructor(
    public js: Generator<any, any, any>,
    public fn: PyFunction | null,
    public name = "",
  ) {
    super(generatorType);
    this.pending = undefined;
    this.running = false;
    this.finished = false;
    this.started = false;
    this.sub = null;
    if (fn) this.name = fn.code.name;
  }
  get kind(): FunKind {
    return this.fn ? this.fn.code.kind : FunKind.GENERATOR;
  }
}

/** The body raised `e`: the generator is done; StopIteration becomes RuntimeError. */
function genRaised(g: PyGenerator, e: unknown): never {
  g.running = false;
  g.finished = true;
  if (e instanceof PyException && e.type === stopIterationType) {
    throw newException(runtimeErrorType, "generator raised StopIteration");
  }
  throw e;
}

/** Resumes the body once (`next` with `arg`, or `throw` of `arg`). */
export function genStep(
  g: PyGenerator,
  isThrow: boolean,
  arg: any,
): IteratorResult<any, any> {
  if (g.running) {
    throw newException(valueErrorType, "generator already executing");
  }
  if (g.finished) {
    if (isThrow) throw arg;
    return { done: true, value: null };
  }
  if (g.pending !== undefined && g.pending !== null && !isThrow) {
    isThrow = true;
    arg = g.pending;
    if (arg instanceof PyType) arg = callSync(arg, []);
    g.pending = undefined;
    if (!g.started) {
      g.finished = true;
      throw arg;
    }
  }
  g.running = true;
  g.started = true;
  let r: IteratorResult<any, any>;
  try {
    r = resumeFrames(g, isThrow, arg);
  } catch (e) {
    genRaised(g, e);
  }
  g.running = false;
  if (r.done) g.finished = true;
  return r;
}

/**
 * The next value of a generator for native code (`list(g)`, `sum(g)`, a
 * `next` in plain code), or `STOP`. The caller cannot suspend, so a sleep
 * in the body blocks, as it does on a board (see runtime/sync.ts); the
 * common case (no pending throw) skips `genStep`'s generality.
 */
export function genNext(g: PyGenerator): any {
  if (g.running || g.finished || g.pending !== undefined) {
    const r = genResumeSync(g, false, null);
    return r.done ? STOP : r.value;
  }
  return stepNative(g);
}

/**
 * Resumes `g` up to its next value, skipping time-slice ticks; a sleep
 * blocks, any other suspension raises inside `g`.
 */
function stepNative(g: PyGenerator): any {
  g.running = true;
  g.started = true;
  let r: IteratorResult<any, any>;
  try {
    r = resumeFrames(g, false, null);
    if (!r.done && r.value instanceof Suspend) r = serveBlocking(g, r);
  } catch (e) {
    genRaised(g, e);
  }
  g.running = false;
  if (r.done) {
    g.finished = true;
    return STOP;
  }
  return r.value;
}

/**
 * Resumes synchronously, skipping time-slice ticks; a blocking suspension
 * raises RuntimeError inside the generator. Returns the IteratorResult.
 */
export function genResumeSync(
  g: PyGenerator,
  isThrow: boolean,
  arg: any,
): IteratorResult<any, any> {
  let r = genStep(g, isThrow, arg);
  while (!r.done && r.value instanceof Suspend) {
    if (r.value === TICK) r = genStep(g, false, undefined);
    else {
      r = genStep(
        g,
        true,
        newException(
          runtimeErrorType,
          "can't block here: blocking call in a callback",
        ),
      );
    }
  }
  return r;
}

function stopIteration(value: any): PyException {
  return value === null || value === undefined
    ? newException(stopIterationType)
    : newException(stopIterationType, value);
}

/**
 * Resumes `g` once for a call from Python code (`next(g)`, `g.send(v)`,
 * `g.throw(e)`) and hands the step's IteratorResult to `then`. When the
 * body suspends (a sleep, a time slice), returns a JS generator instead
 * that forwards the suspensions to the caller's driver and finishes the
 * step afterwards (see runtime/call.ts); a TypeScript caller that needs
 * the value at once gets the usual `callSync` error for a blocking wait.
 */
export function genCallStep(
  g: PyGenerator,
  isThrow: boolean,
  arg: any,
  then: (r: IteratorResult<any, any>) => any,
): any {
  const r = genStep(g, isThrow, arg);
  if (!r.done && r.value instanceof Suspend) {
    return finishStep(g, r.value, then);
  }
  return then(r);
}

function* finishStep(
  g: PyGenerator,
  req: Suspend,
  then: (r: IteratorResult<any, any>) => any,
): Generator<any, any, any> {
  for (;;) {
    let sent: any;
    let thrown: any = undefined;
    try {
      sent = yield req;
    } catch (e) {
      thrown = e;
    }
    const r = thrown !== undefined
      ? genStep(g, true, thrown)
      : genStep(g, false, sent);
    if (r.done || !(r.value instanceof Suspend)) return then(r);
    req = r.value;
  }
}

/** The value of a `next`/send/throw step, or raises StopIteration. */
export function sentValue(r: IteratorResult<any, any>): any {
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

/** `gen.send(v)`: the next yielded value, or raises StopIteration. */
export function genSend(g: PyGenerator, v: any): any {
  if (!g.started && v !== null) {
    raiseTypeError("can't send non-None value to a just-started generator");
  }
  return genCallStep(g, false, v, sentValue);
}

/** `gen.throw(exc)`. */
export function genThrow(g: PyGenerator, exc: any): any {
  return genCallStep(g, true, exc, sentValue);
}

/** `gen.close()`. */
export function genClose(g: PyGenerator): any {
  if (g.finished || !g.started) {
    g.finished = true;
    return null;
  }
  try {
    const r = genResumeSync(g, true, newException(generatorExitType));
    if (!r.done) {
      throw newException(runtimeErrorType, "generator ignored GeneratorExit");
    }
    return r.value ?? null;
  } catch (e) {
    if (
      e instanceof PyException &&
      (e.type.isSubclass(generatorExitType) ||
        e.type.isSubclass(stopIterationType))
    ) {
      return null;
    }
    throw e;
  }
}

/** Converts `throw(type[, value])` arguments into an exception instance. */
function toExc(args: any[]): any {
  let exc = args[0];
  // one argument goes in as is (a delegate's throw() may accept anything)
  if (
    args.length === 1 ||
    (args.length === 2 && args[1] === null && !(exc instanceof PyType))
  ) return exc;
  const value = args.length > 1 ? args[1] : null;
  if (exc instanceof PyType) {
    if (value instanceof PyException && value.type.isSubclass(exc)) exc = value;
    else if (value === null) exc = callSync(exc, []);
    else if (value instanceof PyTuple) exc = callSync(exc, value.items);
    else exc = callSync(exc, [value]);
  }
  if (!(exc instanceof PyException)) {
    raiseTypeError("exceptions must derive from BaseException");
  }
  return exc;
}

/** The `generator` type (also the type of coroutines, as in MicroPython). */
export const generatorType: PyType = defineType<PyGenerator>("generator", {
  repr: (g: PyGenerator) =>
    `<generator object '${g.name}' at ${idHex(g).slice(2)}>`,
  iter: (g: PyGenerator) => g,
  iterNext: genNext,
  getAttr(g: PyGenerator, name: string) {
    if (name === "__name__") return g.name;
    return undefined;
  },
  locals: {
    send: builtinMethod("send", 1, 1, genSend),
    throw: builtinMethodVar(
      "throw",
      (g: PyGenerator, args: any[]) => genThrow(g, toExc(args)),
    ),
    close: builtinMethod("close", 0, 0, genClose),
    pend_throw: builtinMethod(
      "pend_throw",
      1,
      1,
      (g: PyGenerator, exc: any) => {
        if (g.running) {
          throw newException(valueErrorType, "generator already executing");
        }
        const prev = g.pending ?? null;
        g.pending = exc;
        return prev;
      },
    ),
    __next__: builtinMethod(
      "__next__",
      0,
      0,
      (g: PyGenerator) => genSend(g, null),
    ),
  },
});
generatorType.baseType = false;

/**
 * `yield from x` / `await x`: a JS generator the body delegates to. Every
 * value x's body yields (Python values and suspensions alike) passes up, and
 * what the consumer sends or throws goes down. Returns x's return value.
 */
export function* yieldFrom(x: any): Generator<any, any, any> {
  if (!(x instanceof PyGenerator)) {
    const aw = typeOf(x).lookup("__await__");
    if (aw !== undefined) x = callSync(aw, [x]);
  }
  if (x instanceof PyGenerator) {
    let r = genStep(x, false, null);
    for (;;) {
      if (r.done) return r.value ?? null;
      let sent: any;
      let thrown: any = undefined;
      try {
        sent = yield r.value;
      } catch (e) {
        thrown = e;
      }
      if (thrown !== undefined) {
        if (thrown instanceof PyType && thrown.isSubclass(generatorExitType)) {
          thrown = callSync(thrown, []);
        }
        if (
          thrown instanceof PyException &&
          thrown.type.isSubclass(generatorExitType)
        ) {
          genClose(x);
          throw thrown;
        }
        r = genStep(x, true, thrown);
      } else r = genStep(x, false, sent);
    }
  }
  const it = getIter(x);
  let r = iterStep(it, "__next__", null);
  for (;;) {
    if (r.done) return r.value;
    let sent: any;
    let thrown: any = undefined;
    try {
      sent = yield r.value;
    } catch (e) {
      thrown = e;
    }
    if (thrown !== undefined) {
      if (
        thrown instanceof PyException &&
        thrown.type.isSubclass(generatorExitType)
      ) {
        const close = getAttrOpt(it, "close");
        if (close !== undefined) callSync(close, []);
        throw thrown;
      }
      const thr = getAttrOpt(it, "throw");
      if (thr === undefined) throw thrown;
      r = iterStep(it, "throw", thrown);
    } else if (sent === null || sent === undefined) {
      r = iterStep(it, "__next__", null);
    } else r = iterStep(it, "send", sent);
  }
}

/** One step of a generic iterator for `yield from`: next, send or throw. */
function iterStep(
  it: any,
  how: string,
  arg: any,
): { done: boolean; value: any } {
  try {
    let v: any;
    if (how === "__next__") {
      const t = typeOf(it);
      if (!t.iterNext) raiseTypeError(`'${t.name}' object isn't an iterator`);
      if (t.native) v = t.iterNext(it);
      else {
        const m = t.lookup("__next__");
        v = m !== undefined ? callSync(m, [it]) : t.iterNext(it);
      }
    } else {
      const m = getAttrOpt(it, how);
      if (m === undefined) {
        if (how === "send") {
          raiseTypeError(`'${typeOf(it).name}' object has no attribute 'send'`);
        }
        throw arg;
      }
      v = callSync(m, [arg]);
    }
    if (v === STOP) return { done: true, value: null };
    return { done: false, value: v };
  } catch (e) {
    if (e instanceof PyException && e.type.isSubclass(stopIterationType)) {
      return {
        done: true,
        value: e.args.items.length ? e.args.items[0] : null,
      };
    }
    throw e;
  }
}

/**
 * The next item for a `for` loop: the value, `STOP`, or (when a generator
 * suspended) a JS generator to delegate to that forwards the suspension and
 * returns the value or `STOP`.
 */
export function genForNext(g: PyGenerator): any {
  const r = genStep(g, false, null);
  if (r.done) return STOP;
  const v = r.value;
  if (v instanceof Suspend) return finishStep(g, v, forValue);
  return v;
}

/** The item of a `for` loop's step, or `STOP`. */
function forValue(r: IteratorResult<any, any>): any {
  return r.done ? STOP : r.value;
}
