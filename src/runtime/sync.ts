/**
 * Synchronous execution of functions that do not suspend.
 *
 * Every Python function compiles to a JS generator so it can suspend. A
 * function without `with`, `try/finally`, imports, `yield`/`await` or nested
 * definitions is also compiled to a plain JS function (`PyFunction.sync`),
 * which is ten times cheaper to call. Its code object learns whether it may
 * be used: after a few generator runs during which the script never slept or
 * waited and never ran code without a plain version, calls go to the plain
 * version (`learn`).
 *
 * A sync region starts where generator code calls a plain version
 * (`enterSync`). If code inside it needs to suspend after all (a sleep, a
 * pending HAL promise, a callee that is generator-only) and it has had no
 * visible effect yet (the effect counter `SYNC.fx` is unchanged), it throws
 * `UNWIND`: the region's call is redone as a generator. A function that had
 * to suspend never runs plain again.
 *
 * Functions with loops (`CodeInfo.loops`) only run plain as a region's
 * entry, and have a third, resumable version. At a loop head, when the time
 * slice is over, and at a call site (a statement that is just a call), when
 * the callee needs a generator, the plain run throws `OSR` with its
 * variables and loop states, and the resumable version carries on from that
 * point as a generator: nothing is redone, nothing blocks. Plain code
 * without loops does bounded work (comprehensions run plain only over short
 * sequences); when the slice ends in it, generator code takes over soon
 * after, or the region is redone (`sliceRedo`).
 *
 * The documented limit: a plain function that, after an effect, calls code
 * that must wait, from a place that is not a call site (inside an
 * expression, or in a function without loops), runs that callee to
 * completion synchronously (`runBlocking`), waiting synchronously if it
 * sleeps; the host's event loop is blocked for that call, and the function
 * is not run plain again.
 *
 * The counters are engine-wide, not per board: they only ever compare
 * "before" and "after" values within one synchronous stretch of JS.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  BuiltinKind,
  IC_EPOCH,
  isBuiltin,
  objectType,
  PyType,
  typeType,
} from "../objects/type.ts";
import type { CodeInfo } from "../objects/function.ts";
import { newException, runtimeErrorType } from "../objects/exception.ts";
import { Suspend, SuspendKind, TICK } from "./suspend.ts";
import { isFunc, PyFunction } from "../objects/function.ts";
import { callN, type Frames, isGen, resumeFrames } from "./call.ts";
import { fastMethod, getAttr } from "./attr.ts";
import { initReturned, plainInit } from "../objects/class.ts";
import { PyInstance } from "../objects/object.ts";

/** Counters shared by generated code (`$SYNC`). */
export const SYNC = {
  /** Incremented by every operation with an effect visible after a redo. */
  fx: 0,
  /** `fx` when the innermost sync region started. */
  fx0: -1,
  /**
   * Incremented whenever a script really suspends (sleep, promise) or
   * starts code that has no plain version (its loops might wait for the host).
   */
  epoch: 0,
  /** The function whose call started the innermost sync region. */
  fn: null as PyFunction | null,
  /** Set when `UNWIND` is thrown because the time slice ended. */
  sliceRedo: false,
  /** The generator of the last hand-over (`OSR`) of a region. */
  handedOver: null as Generator<any, any, any> | null,
  /**
   * Whether the code running now can reach a real yield to the host: false
   * inside a blocking run (`runBlocking`, a callback run by `callSync`) and
   * inside a region nested in plain code away from a call site. There the
   * end of the time slice is ignored: nobody could yield, and handing over
   * to generators would only make the rest slower.
   */
  canYield: true,
  /** Set by a call site (`cx*`) for the region it enters. */
  site: false,
};

/**
 * Thrown by the plain version of a function with loops, at the head of
 * loop `k` when the time slice is over, or at call site `k` when the callee
 * turned out to need a generator (`g`): the function's locals (`l`) and
 * the state of the loops around that point (`s`, by loop id) let its
 * resumable version carry on from there as a generator, which can yield.
 * Plain code has no other state at those points, so nothing is redone.
 */
export class OSR {
  constructor(
    readonly k: number,
    readonly l: any[],
    readonly s: Record<number, any[]>,
    /** At a call site: the callee's generator, to finish first. */
    readonly g: Generator<any, any, any> | null = null,
  ) {}
}

/** A region's function handed over at `e`: its resumable generator. */
function handOver(f: PyFunction, e: OSR): Generator<any, any, any> {
  const g = f.resume!(e.k, e);
  SYNC.handedOver = g;
  return g;
}

/** Thrown inside a sync region to redo its call as a generator. */
export const UNWIND: { readonly unwind: true } = Object.freeze({
  unwind: true,
});

/** Generator runs without suspension before a code object may run synchronously. */
const LEARN_RUNS = 2;

/** Called when a generator-mode run of an eligible function ends. */
export function learn(ci: CodeInfo, epoch: number): void {
  if (SYNC.epoch !== epoch) {
    IC_EPOCH.v++;
    ci.blocked = true;
    ci.syncOK = false;
    ci.entryOK = false;
  } else if (!ci.blocked) {
    ci.runs = (ci.runs ?? 0) + 1;
    if (ci.runs >= LEARN_RUNS) {
      ci.entryOK = true;
      // a function with loops only ever runs plain as a region's entry,
      // where its loops can hand over to a generator (`OSR`)
      if (!ci.loops) ci.syncOK = true;
    }
  }
}

/**
 * Forgets any sync region: called by the driver loop, where no plain code
 * is running (so state left by a JS stack overflow cannot linger).
 */
export function resetRegions(): void {
  SYNC.fx0 = -1;
  SYNC.fn = null;
  SYNC.canYield = true;
  SYNC.site = false;
}

/** Stops the current sync region's function from running plain again. */
export function demoteRegion(): void {
  if (SYNC.fn !== null) block(SYNC.fn.code);
}

/**
 * A region's call is being redone as a generator. A function that had to
 * suspend never runs plain again; one that only ran past the end of the
 * time slice may (its next call is probably shorter; a recursive one's
 * inner calls are).
 */
function unwound(ci: CodeInfo): void {
  if (SYNC.sliceRedo) SYNC.sliceRedo = false;
  else block(ci);
}

/**
 * The time slice (and a grace period) ended inside plain code where there
 * is no loop head to hand over at: true when the region should be redone as
 * a generator, so it can yield (it had no effect yet). Otherwise it runs on
 * (its own work is bounded: loops hand over) but is not entered plain again.
 */
export function sliceRedo(): boolean {
  if (SYNC.fx === SYNC.fx0) {
    SYNC.sliceRedo = true;
    return true;
  }
  demoteRegion();
  return false;
}

/**
 * A plain run that must not hand over (it made a generator expression)
 * reached a loop head after the slice: redo it if it had no effect yet,
 * else finish it plain (see `sliceRedo`).
 */
export function noHandOver(): void {
  if (sliceRedo()) throw UNWIND;
}

/** Marks a code object as never to run synchronously. */
function block(ci: CodeInfo): void {
  IC_EPOCH.v++;
  ci.blocked = true;
  ci.syncOK = false;
  ci.entryOK = false;
}

/**
 * Generator code calls `f` with bound parameters: through its plain version
 * (a sync region starts). Returns a value, or the generator to delegate to
 * when the region had to be redone.
 */
export function enterSync(f: PyFunction, params: any[]): any {
  const n = params.length;
  return enter(f, n > 3 ? 4 : n, params[0], params[1], params[2], params);
}

/** `enterSync` for one argument, without allocating the parameter array. */
export function enterSync1(f: PyFunction, a: any): any {
  return enter(f, 1, a, undefined, undefined, null);
}

/** `enterSync` for two arguments. */
export function enterSync2(f: PyFunction, a: any, b: any): any {
  return enter(f, 2, a, b, undefined, null);
}

/** `enterSync` for three arguments. */
export function enterSync3(f: PyFunction, a: any, b: any, c: any): any {
  return enter(f, 3, a, b, c, null);
}

/**
 * Calls `f`'s plain version with `n` arguments: `a`, `b`, `c`, or all of
 * `params` when `n` is 4 (more than three). No array for up to three.
 */
function runPlain(
  f: PyFunction,
  n: number,
  a: any,
  b: any,
  c: any,
  params: any[] | null,
): any {
  switch (n) {
    case 0:
      return f.sync!();
    case 1:
      return f.sync!(a);
    case 2:
      return f.sync!(a, b);
    case 3:
      return f.sync!(a, b, c);
  }
  return f.sync!(...params!);
}

/** The arguments of `runPlain` as an array. */
function argArray(
  n: number,
  a: any,
  b: any,
  c: any,
  params: any[] | null,
): any[] {
  return n === 0
    ? []
    : n === 1
    ? [a]
    : n === 2
    ? [a, b]
    : n === 3
    ? [a, b, c]
    : params!;
}

/**
 * Starts a sync region for `f` (see `runPlain` for the arguments). A region
 * entered from inside another one (plain code, or a callback run by it)
 * cannot hand over unless a call site asked for it (`SYNC.site`): nobody up
 * the stack could yield.
 */
function enter(
  f: PyFunction,
  n: number,
  a: any,
  b: any,
  c: any,
  params: any[] | null,
): any {
  const saved = SYNC.fx0;
  const savedFn = SYNC.fn;
  const savedYield = SYNC.canYield;
  if (savedFn !== null && !SYNC.site) SYNC.canYield = false;
  SYNC.site = false;
  SYNC.fx0 = SYNC.fx;
  SYNC.fn = f;
  try {
    const r = runPlain(f, n, a, b, c, params);
    SYNC.fx0 = saved;
    SYNC.fn = savedFn;
    SYNC.canYield = savedYield;
    return r;
  } catch (e) {
    SYNC.fx0 = saved;
    SYNC.fn = savedFn;
    SYNC.canYield = savedYield;
    return regionThrew(f, e, argArray(n, a, b, c, params));
  }
}

/**
 * A region's plain run threw `e`: redo it as a generator (`UNWIND`), carry
 * on in its resumable version (`OSR`), or pass the exception on.
 */
function regionThrew(f: PyFunction, e: unknown, params: any[]): any {
  if (e === UNWIND) {
    unwound(f.code);
    return f.gen(...params);
  }
  if (e instanceof OSR) return handOver(f, e);
  throw e;
}

/**
 * Inside a sync region, a call returned a generator (it wants to be able to
 * suspend): redo the region if nothing visible happened yet, else run the
 * generator to completion right here.
 */
export function syncFallback(g: Generator<any, any, any>): any {
  // a nested region that only ran past the time slice is no reason to
  // stop running the outer function plain
  const slice = g === SYNC.handedOver;
  if (SYNC.fx === SYNC.fx0) {
    if (slice) SYNC.sliceRedo = true;
    throw UNWIND;
  }
  // the region's function had an effect first: it must not run plain again
  if (SYNC.fn !== null && !slice) block(SYNC.fn.code);
  return runBlocking(g);
}

const blockingWait = new Int32Array(new SharedArrayBuffer(4));

/** Sleeps synchronously (plain code that cannot suspend). */
function blockingSleep(ms: number): void {
  if (ms > 0) Atomics.wait(blockingWait, 0, 0, ms);
}

/**
 * Runs a generator to completion synchronously: time slices are skipped and
 * sleeps block; waiting for a promise is impossible here.
 */
export function runBlocking(g: Generator<any, any, any>): any {
  const saved = SYNC.canYield;
  SYNC.canYield = false;
  try {
    return runBlockingNow(g);
  } finally {
    SYNC.canYield = saved;
  }
}

function runBlockingNow(g: Generator<any, any, any>): any {
  const h: Frames = { js: g, sub: null };
  let r = serveBlocking(h, resumeFrames(h, false, undefined));
  while (!r.done) {
    r = serveBlocking(
      h,
      resumeFrames(
        h,
        true,
        newException(
          runtimeErrorType,
          "can't wait for an asynchronous operation here",
        ),
      ),
    );
  }
  return r.value;
}

/**
 * Serves the requests in `r` (a result of `resumeFrames(h, ...)`) for code
 * that cannot suspend: time-slice ticks are skipped, sleeps block, and
 * waiting for anything else raises RuntimeError inside the frames. Returns
 * the first result that is no such request (a yielded Python value, or
 * done).
 */
export function serveBlocking(
  h: Frames,
  r: IteratorResult<any, any>,
): IteratorResult<any, any> {
  while (!r.done && r.value instanceof Suspend) {
    const req = r.value;
    if (req === TICK) r = resumeFrames(h, false, undefined);
    else if (req.kind === SuspendKind.SLEEP) {
      blockingSleep(req.arg);
      r = resumeFrames(h, false, undefined);
    } else {
      r = resumeFrames(
        h,
        true,
        newException(
          runtimeErrorType,
          "can't wait for an asynchronous operation here",
        ),
      );
    }
  }
  return r;
}

// ------------------------------------------------------------------------
// Calls made from plain (sync) code: they return values, never generators.

/** A value from a call that may have returned a generator. */
export function syncv(x: any): any {
  return isGen(x) ? syncFallback(x) : x;
}

// Each call below returns the callee's value, or the generator it needs to
// run as (it has to wait, or it is a function with loops that handed over).
// `cs*` then falls back (`syncv`: redo or block); `cx*`, used at the
// resumable call sites of functions with loops (a statement that is just a
// call: `f(x)`, `y = f(x)`, `return f(x)`), returns it so that the caller
// hands over too (`OSR` at the call site): nothing blocks, nothing is redone.
// A function with loops runs plain as a nested region, which may hand over
// only when entered from a call site (`site`).

/**
 * Plain code is about to call `f` on the general path: a call of anything
 * but a Python function (which counts its own effects), a pure builtin or
 * a class without side effects of its own counts as an effect.
 */
export function countCall(f: any): void {
  if (
    !isFunc(f) && !(isBuiltin(f) && f.pure) &&
    !(f?.type === typeType && (!f.native || f.pureCtor))
  ) SYNC.fx++;
}

/**
 * A new instance of plain class `f` with its plain `__init__` run on `n`
 * arguments (as for `runPlain`), or undefined when `f` cannot be
 * instantiated plain with them (see class.ts `plainInit`).
 */
function newPlain(
  f: PyType,
  n: number,
  a: any,
  b: any,
  c: any,
  params: any[] | null,
): PyInstance | undefined {
  const init = plainInit(f, n === 4 ? params!.length : n);
  if (init === undefined) return undefined;
  const o = new PyInstance(f);
  if (init !== null) {
    const s = init.sync!;
    const r = n === 0
      ? s(o)
      : n === 1
      ? s(o, a)
      : n === 2
      ? s(o, a, b)
      : n === 3
      ? s(o, a, b, c)
      : s(o, ...params!);
    if (r !== null) initReturned(r);
  }
  return o;
}

/** The general case: effects are counted, arguments go through `callN`. */
function callGeneric(f: any, args: any[], site: boolean): any {
  if (isFunc(f)) {
    if (f.sync !== null && f.code.syncOK) {
      const n = args.length;
      if (f.simple === n) return f.sync(...args);
      // trailing parameters left to their defaults
      const d = f.defaults;
      const first = n - (f.simple - d.length);
      if (f.simple > n && first >= 0) {
        return f.sync(...args, ...d.slice(first));
      }
    }
  } else if (f?.type === typeType && !f.native) {
    const n = args.length;
    const o = newPlain(f, n > 3 ? 4 : n, args[0], args[1], args[2], args);
    if (o !== undefined) return o;
  } else countCall(f);
  if (!site) return callN(f, args, null);
  SYNC.site = true;
  try {
    return callN(f, args, null);
  } finally {
    SYNC.site = false;
  }
}

function call0(f: any, site: boolean): any {
  if (f?.simple === 0) {
    if (f.sync !== null) {
      if (f.code.syncOK) return f.sync();
      if (f.code.entryOK) {
        SYNC.site = site;
        return enterSync(f, []);
      }
    }
    return f.gen();
  }
  return callGeneric(f, [], site);
}

function call1(f: any, a: any, site: boolean): any {
  if (f?.simple === 1) {
    if (f.sync !== null) {
      if (f.code.syncOK) return f.sync(a);
      if (f.code.entryOK) {
        SYNC.site = site;
        return enterSync1(f, a);
      }
    }
    return f.gen(a);
  }
  if (
    isBuiltin(f) && f.kind === BuiltinKind.FIXED && !f.isMethod &&
    f.min <= 1 && f.max >= 1
  ) {
    if (!f.pure) SYNC.fx++;
    return f.fn(a);
  }
  if (f?.type === typeType && !f.native) {
    const o = newPlain(f, 1, a, undefined, undefined, null);
    if (o !== undefined) return o;
  }
  return callGeneric(f, [a], site);
}

function call2(f: any, a: any, b: any, site: boolean): any {
  if (f?.simple === 2) {
    if (f.sync !== null) {
      if (f.code.syncOK) return f.sync(a, b);
      if (f.code.entryOK) {
        SYNC.site = site;
        return enterSync2(f, a, b);
      }
    }
    return f.gen(a, b);
  }
  if (
    isBuiltin(f) && f.kind === BuiltinKind.FIXED && !f.isMethod &&
    f.min <= 2 && f.max >= 2
  ) {
    if (!f.pure) SYNC.fx++;
    return f.fn(a, b);
  }
  if (f?.type === typeType && !f.native) {
    const o = newPlain(f, 2, a, b, undefined, null);
    if (o !== undefined) return o;
  }
  return callGeneric(f, [a, b], site);
}

function call3(f: any, a: any, b: any, c: any, site: boolean): any {
  if (f?.simple === 3) {
    if (f.sync !== null) {
      if (f.code.syncOK) return f.sync(a, b, c);
      if (f.code.entryOK) {
        SYNC.site = site;
        return enterSync3(f, a, b, c);
      }
    }
    return f.gen(a, b, c);
  }
  if (f?.type === typeType && !f.native) {
    const o = newPlain(f, 3, a, b, c, null);
    if (o !== undefined) return o;
  }
  return callGeneric(f, [a, b, c], site);
}

/** `o.name(...args)`: the method on the type when it may be called directly. */
function callMethod(o: any, name: string, args: any[], site: boolean): any {
  const d = fastMethod(o, name);
  if (d === undefined) return callGeneric(getAttr(o, name), args, site);
  if (isFunc(d)) {
    if (d.simple === args.length + 1 && d.sync !== null) {
      if (d.code.syncOK) return d.sync(o, ...args);
      if (d.code.entryOK) {
        SYNC.site = site;
        return enterSync(d, [o, ...args]);
      }
    }
    return callGeneric(d, [o, ...args], site);
  }
  if (!d.pure) SYNC.fx++;
  if (
    d.kind === BuiltinKind.FIXED && args.length >= d.min && args.length <= d.max
  ) {
    return d.fn(o, ...args);
  }
  return callN(d, [o, ...args], null);
}

function callMethod0(o: any, name: string, site: boolean): any {
  const d = fastMethod(o, name);
  if (isFunc(d)) {
    if (d.simple === 1 && d.sync !== null) {
      if (d.code.syncOK) return d.sync(o);
      if (d.code.entryOK) {
        SYNC.site = site;
        return enterSync1(d, o);
      }
    }
  } else if (d !== undefined && d.kind === BuiltinKind.FIXED && d.min === 0) {
    if (!d.pure) SYNC.fx++;
    return d.fn(o);
  }
  return callMethod(o, name, [], site);
}

function callMethod1(o: any, name: string, a: any, site: boolean): any {
  const d = fastMethod(o, name);
  if (isFunc(d)) {
    if (d.simple === 2 && d.sync !== null) {
      if (d.code.syncOK) return d.sync(o, a);
      if (d.code.entryOK) {
        SYNC.site = site;
        return enterSync2(d, o, a);
      }
    }
  } else if (
    d !== undefined && d.kind === BuiltinKind.FIXED && d.min <= 1 && d.max >= 1
  ) {
    if (!d.pure) SYNC.fx++;
    return d.fn(o, a);
  }
  return callMethod(o, name, [a], site);
}

function callMethod2(o: any, name: string, a: any, b: any, site: boolean): any {
  const d = fastMethod(o, name);
  if (isFunc(d)) {
    if (d.simple === 3 && d.sync !== null) {
      if (d.code.syncOK) return d.sync(o, a, b);
      if (d.code.entryOK) {
        SYNC.site = site;
        return enterSync3(d, o, a, b);
      }
    }
  } else if (
    d !== undefined && d.kind === BuiltinKind.FIXED && d.min <= 2 && d.max >= 2
  ) {
    if (!d.pure) SYNC.fx++;
    return d.fn(o, a, b);
  }
  return callMethod(o, name, [a, b], site);
}

/** `f()` in plain code. */
export const cs0 = (f: any): any => syncv(call0(f, false));
/** `f(a)` in plain code. */
export const cs1 = (f: any, a: any): any => syncv(call1(f, a, false));
/** `f(a, b)` in plain code. */
export const cs2 = (f: any, a: any, b: any): any =>
  syncv(call2(f, a, b, false));
/** `f(a, b, c)` in plain code. */
export const cs3 = (f: any, a: any, b: any, c: any): any =>
  syncv(call3(f, a, b, c, false));
/** `f(...args)` in plain code (more than three positional arguments). */
export const csN = (f: any, args: any[]): any =>
  syncv(callGeneric(f, args, false));

/**
 * The inline cache of a method call site `o.name(...)` in plain code. While
 * `e` is the current `IC_EPOCH`, an instance of exactly type `t` whose own
 * attributes do not shadow `name` calls `f(o, ...args)`: the plain version
 * of a Python method, or a builtin method of a list, dict... (`fillCache`).
 * Generated code tests this itself and calls `f` directly, skipping the
 * lookup. The first type seen fills the cache; other types take the
 * general path without replacing it (a polymorphic site stays cheap).
 */
export interface MethodCache {
  t: PyType | null;
  f: ((...args: any[]) => any) | null;
  e: number;
}

/** A new, empty method cache (one per call site, made at module load). */
export function methodCache(): MethodCache {
  return { t: null, f: null, e: -1 };
}

/**
 * Fills `ic` for `o.name(...)` with `n` arguments when the method allows: a
 * Python method's plain version, for an instance of a Python class over
 * `object` with a __dict__; or a builtin method of a native type whose
 * methods never wait (`syncMethods`: list, dict...), counting an effect
 * unless the method is pure.
 */
function fillCache(ic: MethodCache, o: any, name: string, n: number): void {
  if (ic.e === IC_EPOCH.v) return;
  const t = o?.type;
  if (t?.syncMethods === true) {
    const b = fastMethod(o, name);
    if (
      isBuiltin(b) && b.kind === BuiltinKind.FIXED && b.min <= n && n <= b.max
    ) {
      ic.t = t;
      ic.f = b.pure ? b.fn : withEffect(b.fn, n);
      ic.e = IC_EPOCH.v;
    }
    return;
  }
  if (t?.nativeBase !== objectType || o.dict === null) return;
  const d = fastMethod(o, name);
  if (
    isFunc(d) && d.simple === n + 1 && d.sync !== null &&
    d.code.syncOK && !t.hasGetattribute
  ) {
    ic.t = t;
    ic.f = d.sync;
    ic.e = IC_EPOCH.v;
  }
}

/** `fn` called with `n` arguments after `self`, counted as an effect of plain code. */
function withEffect(
  fn: (...args: any[]) => any,
  n: number,
): (...args: any[]) => any {
  switch (n) {
    case 0:
      return (o) => (SYNC.fx++, fn(o));
    case 1:
      return (o, a) => (SYNC.fx++, fn(o, a));
    case 2:
      return (o, a, b) => (SYNC.fx++, fn(o, a, b));
  }
  return (o, ...args) => (SYNC.fx++, fn(o, ...args));
}

// Method calls from plain code: `csm*` (a value) and, at resumable call
// sites, `cmx*` (may return the generator to hand over to); both fill the
// site's cache first.

/** `o.name()` in plain code. */
export const csm0 = (o: any, name: string, ic: MethodCache): any => (
  fillCache(ic, o, name, 0), syncv(callMethod0(o, name, false))
);
/** `o.name(a)` in plain code. */
export const csm1 = (o: any, name: string, a: any, ic: MethodCache): any => (
  fillCache(ic, o, name, 1), syncv(callMethod1(o, name, a, false))
);
/** `o.name(a, b)` in plain code. */
export const csm2 = (
  o: any,
  name: string,
  a: any,
  b: any,
  ic: MethodCache,
): any => (fillCache(ic, o, name, 2), syncv(callMethod2(o, name, a, b, false)));
/** `o.name(...args)` in plain code. */
export const csm = (
  o: any,
  name: string,
  args: any[],
  ic: MethodCache,
): any => (
  fillCache(ic, o, name, args.length), syncv(callMethod(o, name, args, false))
);
/** `o.name()` at a call site. */
export const cmx0 = (o: any, name: string, ic: MethodCache): any => (
  fillCache(ic, o, name, 0), callMethod0(o, name, true)
);
/** `o.name(a)` at a call site. */
export const cmx1 = (o: any, name: string, a: any, ic: MethodCache): any => (
  fillCache(ic, o, name, 1), callMethod1(o, name, a, true)
);
/** `o.name(a, b)` at a call site. */
export const cmx2 = (
  o: any,
  name: string,
  a: any,
  b: any,
  ic: MethodCache,
): any => (fillCache(ic, o, name, 2), callMethod2(o, name, a, b, true));

/** `f()` at a call site. */
export const cx0 = (f: any): any => call0(f, true);
/** `f(a)` at a call site. */
export const cx1 = (f: any, a: any): any => call1(f, a, true);
/** `f(a, b)` at a call site. */
export const cx2 = (f: any, a: any, b: any): any => call2(f, a, b, true);
/** `f(a, b, c)` at a call site. */
export const cx3 = (f: any, a: any, b: any, c: any): any =>
  call3(f, a, b, c, true);
