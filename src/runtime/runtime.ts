/**
 * The helper table handed to generated code (`$rt`): one function per
 * operation the code generator emits, with fast paths for small ints,
 * strings, lists and ranges in front of the generic slot dispatch.
 *
 * Most helpers are shared by every board; the few that need a board's state
 * (globals fallback to builtins, imports, the REPL display hook) are bound
 * per interpreter in `createRuntime`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  IC_EPOCH,
  isBuiltin,
  KwArgs,
  NotImplemented,
  Op,
  PyBuiltin,
  PyType,
  STOP,
  typeType,
  UnOp,
} from "../objects/type.ts";
import { Ellipsis } from "../objects/object.ts";
import { EMPTY_TUPLE, PyTuple, tupleType } from "../objects/tuple.ts";
import { listIterType, listType, PyList, PyListIter } from "../objects/list.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import { frozensetType, newSet, setType } from "../objects/set.ts";
import { rangeIterType, rangeLength, rangeType } from "../objects/range.ts";
import { complexBinaryOp, complexType, PyComplex } from "../objects/complex.ts";
import { PySlice } from "../objects/slice.ts";
import { type CodeInfo, FunKind, PyFunction } from "../objects/function.ts";
import {
  genForNext,
  genNext,
  PyGenerator,
  yieldFrom,
} from "../objects/generator.ts";
import { createClass, initSubclass } from "../objects/class.ts";
import { reversedNext, reversedType } from "../objects/iterators.ts";
import { PySuper } from "../objects/super.ts";
import { intAdd, intFloorDiv, intMod, intMul, intSub } from "../objects/int.ts";
import {
  floatFloorDiv,
  floatMod,
  floatType,
  isIntegral,
  newFloat,
  PyFloat,
} from "../objects/float.ts";
import { compareCodePoints } from "../objects/str.ts";
import {
  assertionErrorType,
  baseExceptionType,
  nameErrorType,
  newException,
  PyException,
  runtimeErrorType,
  typeErrorType,
} from "../objects/exception.ts";
import {
  binaryOp,
  compareOp,
  getIter,
  instanceBinaryOp,
  iterNext,
  iterToArray,
  pyRepr,
  pyStr,
  truthy,
  typeOf,
  unaryOp,
} from "./ops.ts";
import {
  callMethod,
  callMethod0,
  callMethod1,
  callMethod2,
  delAttr,
  getAttr,
  setAttr,
} from "./attr.ts";
import {
  call0,
  call1,
  call2,
  call3,
  callN,
  callSync,
  GenMarker,
  isGen,
  runSync,
} from "./call.ts";
import {
  raiseNameError,
  raiseTypeError,
  raiseUnbound,
  raiseValueError,
} from "./raise.ts";
import { TICK } from "./suspend.ts";
import { formatValue } from "./format.ts";
import {
  contains,
  delItem,
  getItem,
  getSlice,
  setItem,
  setSlice,
} from "./subscr.ts";
import { toPyException } from "./errors.ts";
import { GLOBALS_AWARE } from "../compiler/helpers.ts";
import { checkHeapLock, heap } from "./heap.ts";
import {
  cmx0,
  cmx1,
  cmx2,
  countCall,
  cs0,
  cs1,
  cs2,
  cs3,
  csm,
  csm0,
  csm1,
  csm2,
  csN,
  cx0,
  cx1,
  cx2,
  cx3,
  learn,
  methodCache,
  noHandOver,
  OSR,
  SYNC,
  syncv,
  UNWIND,
} from "./sync.ts";
import { asciiRepr } from "./ascii.ts";
import type { Interp } from "../state.ts";
import { cellOf } from "./globals.ts";
import { createViperRuntime } from "./viper.ts";

const MAX = Number.MAX_SAFE_INTEGER;

// The fast paths in this file recognise exact builtin types by `x?.type`
// (a str, number or None has none) rather than `instanceof`, which V8's
// baseline and Maglev code run as a builtin call; only objects of the
// type's own JS class carry a builtin type, and instances of subclasses
// (whose operators may be overridden) take the general paths.

/** A native float (not a subclass, whose operators may be overridden). */
function isF(x: any): x is PyFloat {
  return x?.type === floatType;
}

/**
 * `a op b` for two JS numbers past the int32 fast path: `r` is the double
 * result; ints give an int (a bigint past 2**53), a float operand a float.
 */
function numOp(op: Op, r: number, a: number, b: number): any {
  // ints never give a fractional or infinite result: a float operand did
  if (!isIntegral(r) && r === r) return r;
  if (Number.isInteger(a) && Number.isInteger(b)) {
    if (r <= MAX && r >= -MAX) return r + 0;
    return op === Op.Add
      ? intAdd(a, b)
      : op === Op.Sub
      ? intSub(a, b)
      : intMul(a, b);
  }
  return newFloat(r);
}

/** A native complex. */
function isC(x: any): x is PyComplex {
  return x?.type === complexType;
}

/**
 * A native complex and a small int or native float, in either order: the
 * complex arithmetic can run at once, skipping the operator dispatch (no
 * Python-level method of either side can be involved).
 */
function realComplex(a: any, b: any): boolean {
  return isC(a) ? numVal(b) === numVal(b) : isC(b) && numVal(a) === numVal(a);
}

function add(a: any, b: any): any {
  if (typeof a === "number") {
    if (typeof b === "number") {
      if ((a | 0) === a && (b | 0) === b) return a + b;
      return numOp(Op.Add, a + b, a, b);
    }
    if (isF(b)) return newFloat(a + b.value);
  } else if (isF(a)) {
    if (isF(b)) return newFloat(a.value + b.value);
    if (typeof b === "number") return newFloat(a.value + b);
  } else if (typeof a === "string") {
    if (typeof b === "string") return a + b;
  } else {
    const ta = a?.type;
    if (ta === complexType) {
      if (isC(b)) return new PyComplex(a.real + b.real, a.imag + b.imag);
    } else if (ta === listType) {
      if (b?.type === listType) return new PyList(a.items.concat(b.items));
    } else if (ta?.fastAttrs === true) return instanceBinaryOp(Op.Add, a, b);
  }
  if (realComplex(a, b)) return complexBinaryOp(Op.Add, a, b);
  if (bigPair(a, b)) return intAdd(a, b);
  return binaryOp(Op.Add, a, b);
}

function sub(a: any, b: any): any {
  if (typeof a === "number") {
    if (typeof b === "number") {
      if ((a | 0) === a && (b | 0) === b) return a - b;
      return numOp(Op.Sub, a - b, a, b);
    }
    if (isF(b)) return newFloat(a - b.value);
  } else if (isF(a)) {
    if (isF(b)) return newFloat(a.value - b.value);
    if (typeof b === "number") return newFloat(a.value - b);
  } else if (a?.type?.fastAttrs === true) {
    return instanceBinaryOp(Op.Sub, a, b);
  } else if (isC(a) && isC(b)) {
    return new PyComplex(a.real - b.real, a.imag - b.imag);
  }
  if (realComplex(a, b)) return complexBinaryOp(Op.Sub, a, b);
  if (bigPair(a, b)) return intSub(a, b);
  return binaryOp(Op.Sub, a, b);
}

function mul(a: any, b: any): any {
  if (typeof a === "number") {
    if (typeof b === "number") {
      const r = a * b;
      if ((a | 0) === a && (b | 0) === b && r <= MAX && r >= -MAX) {
        return r + 0;
      }
      return numOp(Op.Mul, r, a, b);
    }
    if (isF(b)) return newFloat(a * b.value);
  } else if (isF(a)) {
    if (isF(b)) return newFloat(a.value * b.value);
    if (typeof b === "number") return newFloat(a.value * b);
  } else if (a?.type?.fastAttrs === true) {
    return instanceBinaryOp(Op.Mul, a, b);
  } else if (isC(a) && isC(b)) {
    return new PyComplex(
      a.real * b.real - a.imag * b.imag,
      a.real * b.imag + a.imag * b.real,
    );
  }
  if (realComplex(a, b)) return complexBinaryOp(Op.Mul, a, b);
  if (bigPair(a, b)) return intMul(a, b);
  return binaryOp(Op.Mul, a, b);
}

/** Both are ints as JS numbers or bigints, at least one a bigint. */
function bigPair(a: any, b: any): boolean {
  const ta = typeof a;
  const tb = typeof b;
  return (ta === "bigint" &&
    (tb === "bigint" || (tb === "number" && Number.isInteger(b)))) ||
    (ta === "number" && tb === "bigint" && Number.isInteger(a));
}

function floordiv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    if (Number.isInteger(a) && Number.isInteger(b)) return intFloorDiv(a, b);
    return newFloat(floatFloorDiv(a, b));
  }
  if (bigPair(a, b) && b !== 0 && b !== 0n) return intFloorDiv(a, b);
  return binaryOp(Op.FloorDiv, a, b);
}

function mod(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    if (Number.isInteger(a) && Number.isInteger(b)) return intMod(a, b);
    return newFloat(floatMod(a, b));
  }
  if (bigPair(a, b) && b !== 0 && b !== 0n) return intMod(a, b);
  return binaryOp(Op.Mod, a, b);
}

function truediv(a: any, b: any): any {
  if (typeof a === "number") {
    if (typeof b === "number" && b !== 0) return newFloat(a / b);
    if (isF(b) && b.value !== 0) return newFloat(a / b.value);
  } else if (isF(a)) {
    if (isF(b) && b.value !== 0) return newFloat(a.value / b.value);
    if (typeof b === "number" && b !== 0) return newFloat(a.value / b);
  } else if (a?.type?.fastAttrs === true) {
    return instanceBinaryOp(Op.TrueDiv, a, b);
  }
  return binaryOp(Op.TrueDiv, a, b);
}

function bitand(a: any, b: any): any {
  if (
    typeof a === "number" && typeof b === "number" && (a | 0) === a &&
    (b | 0) === b
  ) return a & b;
  return binaryOp(Op.And, a, b);
}

function bitor(a: any, b: any): any {
  if (
    typeof a === "number" && typeof b === "number" && (a | 0) === a &&
    (b | 0) === b
  ) return a | b;
  return binaryOp(Op.Or, a, b);
}

function bitxor(a: any, b: any): any {
  if (
    typeof a === "number" && typeof b === "number" && (a | 0) === a &&
    (b | 0) === b
  ) return a ^ b;
  return binaryOp(Op.Xor, a, b);
}

function lshift(a: any, b: any): any {
  if (
    typeof a === "number" && typeof b === "number" && b >= 0 && b < 31 &&
    (b | 0) === b && a >= 0 && a < 0x100000 && (a | 0) === a
  ) {
    return a * (1 << b); // at most 2**50: exact
  }
  return binaryOp(Op.LShift, a, b);
}

function rshift(a: any, b: any): any {
  if (
    typeof a === "number" && typeof b === "number" && b >= 0 && b < 32 &&
    (b | 0) === b &&
    (a | 0) === a
  ) return a >> b;
  return binaryOp(Op.RShift, a, b);
}

function binHelper(op: Op): (a: any, b: any) => any {
  return (a: any, b: any) => binaryOp(op, a, b);
}

function inplace(
  op: Op,
  fast: (a: any, b: any) => any,
): (a: any, b: any) => any {
  return (a: any, b: any) => {
    if (
      typeof a === "number" || typeof a === "string" ||
      typeof a === "bigint" || a instanceof PyFloat || isC(a)
    ) return fast(a, b);
    // may mutate `a` in place (list +=): an effect for plain code
    SYNC.fx++;
    return binaryOp(op + 100, a, b);
  };
}

/**
 * The value of a small int or native float as a JS number, or NaN for
 * anything else (a NaN float too: it takes the general path).
 */
function numVal(x: any): number {
  if (typeof x === "number") return x;
  if (x?.type === floatType) return x.value;
  return NaN;
}

/**
 * `a < b` etc. past the number fast path: two strs by code point, else
 * the operator dispatch.
 */
function order(op: number, a: any, b: any): any {
  if (typeof a === "string" && typeof b === "string") {
    const c = compareCodePoints(a, b);
    return op === Op.Lt
      ? c < 0
      : op === Op.Le
      ? c <= 0
      : op === Op.Gt
      ? c > 0
      : c >= 0;
  }
  return compareOp(op, a, b);
}

function lt(a: any, b: any): any {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x < y;
  }
  return order(Op.Lt, a, b);
}
function le(a: any, b: any): any {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x <= y;
  }
  return order(Op.Le, a, b);
}
function gt(a: any, b: any): any {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x > y;
  }
  return order(Op.Gt, a, b);
}
function ge(a: any, b: any): any {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x >= y;
  }
  return order(Op.Ge, a, b);
}
function eqOp(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  if (a === null || b === null) {
    if (a === b) return true;
    const o = a === null ? b : a;
    if (typeof o !== "object" || o.type.native) return false;
  }
  return compareOp(Op.Eq, a, b);
}
function neOp(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (typeof a === "string" && typeof b === "string") return a !== b;
  return compareOp(Op.Ne, a, b);
}

function ltb(a: any, b: any): boolean {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x < y;
  }
  return truthyFast(order(Op.Lt, a, b));
}
function leb(a: any, b: any): boolean {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x <= y;
  }
  return truthyFast(order(Op.Le, a, b));
}
function gtb(a: any, b: any): boolean {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x > y;
  }
  return truthyFast(order(Op.Gt, a, b));
}
function geb(a: any, b: any): boolean {
  const x = numVal(a);
  if (x === x) {
    const y = numVal(b);
    if (y === y) return x >= y;
  }
  return truthyFast(order(Op.Ge, a, b));
}
function eqb(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  return truthyFast(eqOp(a, b));
}
function neb(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (typeof a === "string" && typeof b === "string") return a !== b;
  return truthyFast(neOp(a, b));
}

/** `iter(x)` in plain code: advancing an iterator we did not create is an effect. */
function iters(x: any): any {
  if (x?.type === listType) return new PyListIter(x);
  const it = getIter(x);
  if (it === x) SYNC.fx++;
  return it;
}

/** Marks an iterator `nextFast` does not step itself. */
const SLOW = Symbol("slow");

/** The next item of a list or range iterator (`STOP` at the end), else `SLOW`. */
function nextFast(it: any): any {
  const t = it?.type;
  if (t === listIterType) {
    const items = (it as PyListIter).list.items;
    if (it.i < items.length) return items[it.i++];
    return STOP;
  }
  if (t === rangeIterType) {
    const c = it.cur;
    if (it.step > 0 ? c < it.stop : c > it.stop) {
      it.cur = c + it.step;
      return c;
    }
    return STOP;
  }
  if (t === reversedType) return reversedNext(it);
  return SLOW;
}

/** `next(it)` in plain code (a generator may run Python code with effects). */
function nexts(it: any): any {
  const v = nextFast(it);
  if (v !== SLOW) return v;
  if (it instanceof PyGenerator) {
    SYNC.fx++;
    return genNext(it);
  }
  if (!typeOf(it).native) SYNC.fx++;
  return iterNext(it);
}

/** True when `f(genexp)` may build a list instead of a generator. */
function eager(f: any): boolean {
  if (
    f === tupleType || f === listType || f === setType ||
    f === frozensetType || f === dictType
  ) return true;
  return isBuiltin(f) && f.consumesAll;
}

function truthyFast(x: any): boolean {
  if (x === true) return true;
  if (x === false || x === null) return false;
  return truthy(x);
}

function iter(x: any): any {
  if (x?.type === listType) return new PyListIter(x);
  return getIter(x);
}

/** Longest sequence a call-free comprehension loops over plainly. */
const PLAIN_SEQ_MAX = 20000;

/**
 * The items of a short native list, tuple or int range, for a call-free
 * comprehension to loop over without an iterator (or null).
 */
function plainSeq(x: any): any[] | null {
  const t = x?.type;
  if (t === listType || t === tupleType) {
    return x.items.length <= PLAIN_SEQ_MAX ? x.items : null;
  }
  if (t === rangeType && x.big === null) {
    const n = rangeLength(x);
    if (n > PLAIN_SEQ_MAX) return null;
    const out = new Array(n);
    for (let i = 0, v = x.start; i < n; i++, v += x.step) out[i] = v;
    return out;
  }
  return null;
}

function next(it: any): any {
  const v = nextFast(it);
  if (v !== SLOW) return v;
  if (it instanceof PyGenerator) return genForNext(it);
  return iterNext(it);
}

function unpack(v: any, n: number): any[] {
  const vt = v?.type;
  const exact = vt === tupleType || vt === listType;
  if (exact && v.items.length === n) return v.items;
  let items: any[];
  if (exact) items = v.items;
  else {
    items = [];
    const it = getIter(v);
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) break;
      items.push(x);
      if (items.length > n) break;
    }
  }
  if (items.length > n) {
    raiseValueError(`too many values to unpack (expected ${n})`);
  }
  if (items.length < n) {
    raiseValueError(`need more than ${items.length} values to unpack`);
  }
  return items;
}

function unpackEx(v: any, before: number, after: number): any[] {
  const items = iterToArray(v);
  if (items.length < before + after) {
    raiseValueError(`need more than ${items.length} values to unpack`);
  }
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

function spread(x: any): any[] {
  const t = x?.type;
  if (t === tupleType || t === listType) {
    return x.items;
  }
  return iterToArray(x);
}

function dictMerge(d: PyDict, m: any): void {
  if (m instanceof PyDict) {
    d.t.copyFrom(m.t);
    return;
  }
  const keys = callMethodSync(m, "keys");
  for (const k of iterToArray(keys)) d.setItem(k, getItem(m, k));
}

function callMethodSync(o: any, name: string): any {
  const r = callMethod(o, name, []);
  return isGen(r) ? runSync(r) : r;
}

function callKw(
  f: any,
  pos: any[],
  names: string[],
  vals: any[],
  dstars: any[] | null,
): any {
  if (dstars !== null) {
    names = names.slice();
    vals = vals.slice();
    for (const m of dstars) {
      if (m instanceof PyDict) {
        for (const [k, v] of m.entries()) {
          if (typeof k !== "string") raiseTypeError("keywords must be strings");
          if (names.includes(k)) {
            raiseTypeError(`function got multiple values for argument '${k}'`);
          }
          names.push(k);
          vals.push(v);
        }
      } else {
        const keys = iterToArray(callMethodSync(m, "keys"));
        for (const k of keys) {
          if (typeof k !== "string") raiseTypeError("keywords must be strings");
          names.push(k);
          vals.push(getItem(m, k));
        }
      }
    }
  }
  return callN(f, pos, names.length ? new KwArgs(names, vals) : null);
}

function mkfunc(
  ci: CodeInfo,
  gen: (...args: any[]) => Generator<any, any, any>,
  defaults: any[],
  kwd: Map<string, any> | null,
  globals: Map<string, any>,
  sync: ((...args: any[]) => any) | null,
  resume: ((k: number, st: any) => Generator<any, any, any>) | null = null,
): PyFunction {
  return new PyFunction(ci, gen, defaults, kwd, globals, sync, resume);
}

function mkgenexp(g: Generator<any, any, any>): PyGenerator {
  return new PyGenerator(g, null, "<genexpr>");
}

function mkexc(x: any): any {
  if (x instanceof PyException) return x;
  if (x instanceof PyType && x.isSubclass(baseExceptionType)) {
    return callN(x, [], null);
  }
  return raiseTypeError("exceptions must derive from BaseException");
}

function raise(e: any): any {
  if (!(e instanceof PyException)) {
    raiseTypeError("exceptions must derive from BaseException");
  }
  e.tbCi = null;
  return e;
}

function raiseFrom(e: any, cause: any): any {
  if (!(e instanceof PyException)) {
    raiseTypeError("exceptions must derive from BaseException");
  }
  if (cause instanceof PyType) cause = callSync(cause, []);
  e.cause = cause;
  return e;
}

function excMatch(e: PyException, t: any): boolean {
  if (t instanceof PyTuple) {
    for (const x of t.items) if (excMatch(e, x)) return true;
    return false;
  }
  if (!(t instanceof PyType) || !t.isSubclass(baseExceptionType)) {
    raiseTypeError(
      "catching classes that do not inherit from BaseException is not allowed",
    );
  }
  return e.type === t || e.type.isSubclass(t);
}

function assertFail(msg: any): PyException {
  return msg === undefined
    ? newException(assertionErrorType)
    : newException(assertionErrorType, msg);
}

/** Adds this frame to an exception's traceback as it leaves the frame. */
function tbLeave(e: any, ci: CodeInfo, line: number, depth: number): any {
  const pe = e instanceof PyException ? e : toPyException(e);
  if (pe.tbCi === ci && pe.tbDepth === depth) {
    // already recorded when an except clause in this frame caught it
    pe.tbCi = null;
    return pe;
  }
  pe.tb.push({ file: ci.file, line, name: ci.name });
  pe.tbCi = null;
  return pe;
}

/** Adds this frame to an exception's traceback as an except clause catches it. */
function tbHandle(
  e: any,
  ci: CodeInfo,
  line: number,
  depth: number,
): PyException {
  const pe = e instanceof PyException ? e : toPyException(e);
  if (!(pe.tbCi === ci && pe.tbDepth === depth)) {
    pe.tb.push({ file: ci.file, line, name: ci.name });
    pe.tbCi = ci;
    pe.tbDepth = depth;
  }
  return pe;
}

function conv(v: any, c: number): string {
  if (c === 114) return pyRepr(v);
  if (c === 97) return asciiRepr(pyRepr(v));
  return pyStr(v);
}

function format(v: any, spec: string): string {
  if (spec === "" && typeof v === "string") return v;
  return formatValue(v, spec);
}

function buildClass(
  name: string,
  bases: any[],
  ns: Map<string, any>,
  kwNames: string[],
  kwVals: any[],
): PyType {
  let meta: PyType | null = null;
  const kwn: string[] = [];
  const kwv: any[] = [];
  kwNames.forEach((k, i) => {
    if (k === "metaclass") meta = kwVals[i];
    else {
      kwn.push(k);
      kwv.push(kwVals[i]);
    }
  });
  if (meta === null) {
    meta = typeType;
    for (const b of bases) {
      const bt = typeOf(b);
      if (bt !== typeType && bt.isSubclass(meta)) meta = bt;
    }
  }
  const kw = kwn.length ? new KwArgs(kwn, kwv) : null;
  if (meta === typeType) {
    const cls = createClass(typeType, name, bases, ns);
    initSubclass(cls, kw);
    return cls;
  }
  return callSync(meta, [name, new PyTuple(bases), PyDict.fromMap(ns)], kw);
}

/** Runs a class body's namespace through an overridden `__build_class__`. */
function buildClassOverride(
  override: any,
  name: string,
  bases: any[],
  ns: Map<string, any>,
): any {
  const body = new PyBuiltin(
    "<class body>",
    () => PyDict.fromMap(ns),
    0,
    Infinity,
    1,
    false,
  );
  return callSync(override, [body, name, ...bases]);
}

/** Helpers that do not depend on a board. */
const shared: Record<string, any> = {
  $add: add,
  $sub: sub,
  $mul: mul,
  $matmul: binHelper(Op.MatMul),
  $truediv: truediv,
  $floordiv: floordiv,
  $mod: mod,
  $pow: binHelper(Op.Pow),
  $lshift: lshift,
  $rshift: rshift,
  $and: bitand,
  $or: bitor,
  $xor: bitxor,
  $iadd: inplace(Op.Add, add),
  $isub: inplace(Op.Sub, sub),
  $imul: inplace(Op.Mul, mul),
  $imatmul: inplace(Op.MatMul, binHelper(Op.MatMul)),
  $itruediv: inplace(Op.TrueDiv, truediv),
  $ifloordiv: inplace(Op.FloorDiv, floordiv),
  $imod: inplace(Op.Mod, mod),
  $ipow: inplace(Op.Pow, binHelper(Op.Pow)),
  $ilshift: inplace(Op.LShift, lshift),
  $irshift: inplace(Op.RShift, rshift),
  $iand: inplace(Op.And, bitand),
  $ior: inplace(Op.Or, bitor),
  $ixor: inplace(Op.Xor, bitxor),
  $EMPTY_TUPLE: EMPTY_TUPLE,
  $Ellipsis: Ellipsis,
  $Gen: GenMarker,
  $STOP: STOP,
  $TICK: TICK,
  $assertFail: assertFail,
  $await: yieldFrom,
  $buildClass: buildClass,
  $call0: call0,
  $call1: call1,
  $call2: call2,
  $call3: call3,
  $callG: callG,
  $cs0: cs0,
  $cs1: cs1,
  $cs2: cs2,
  $cs3: cs3,
  $csm: csm,
  $csm0: csm0,
  $csm1: csm1,
  $csm2: csm2,
  $cm0: callMethod0,
  $cm1: callMethod1,
  $cm2: callMethod2,
  $nexts: nexts,
  $noHandOver: noHandOver,
  $OSR: OSR,
  $cx0: cx0,
  $cx1: cx1,
  $cx2: cx2,
  $cx3: cx3,
  $ICE: IC_EPOCH,
  $methodCache: methodCache,
  $cmx0: cmx0,
  $cmx1: cmx1,
  $cmx2: cmx2,
  $plainSeq: plainSeq,
  $gcell: cellOf,
  $range: rangeType,
  $iters: iters,
  $learn: learn,
  $syncv: syncv,
  $SYNC: SYNC,
  $UNWIND: UNWIND,
  $callKw: callKw,
  /** A call with keywords or unpacking, in plain code. */
  $csKw: (
    f: any,
    pos: any[],
    names: string[],
    vals: any[],
    dstars: any[] | null,
  ) => {
    countCall(f);
    return syncv(callKw(f, pos, names, vals, dstars));
  },
  $csN: csN,
  $callN: callN,
  $cm: callMethod,
  $contains: contains,
  $conv: conv,
  $delattr: delAttr,
  $delitem: delItem,
  $dictMerge: dictMerge,
  $eager: eager,
  $eq: eqOp,
  $eqb: eqb,
  $neb: neb,
  $ltb: ltb,
  $leb: leb,
  $gtb: gtb,
  $geb: geb,
  $isb: (a: any, b: any) => a === b,
  $isnotb: (a: any, b: any) => a !== b,
  $inb: (a: any, b: any) => contains(b, a),
  $notinb: (a: any, b: any) => !contains(b, a),
  $exc: (e: any) => (e instanceof PyException ? e : toPyException(e)),
  $excMatch: excMatch,
  $format: format,
  $ge: ge,
  $getattr: getAttr,
  $getitem: getItem,
  $getslice: getSlice,
  $gt: gt,
  $in: (a: any, b: any) => contains(b, a),
  $notin: (a: any, b: any) => !contains(b, a),
  $invert: (x: any) => unaryOp(UnOp.Invert, x),
  $neg: (x: any) => unaryOp(UnOp.Neg, x),
  $pos: (x: any) => unaryOp(UnOp.Pos, x),
  $is: (a: any, b: any) => a === b,
  $isnot: (a: any, b: any) => a !== b,
  $iter: iter,
  $le: le,
  $lt: lt,
  $mkdict: () => {
    if (heap.locked) checkHeapLock();
    return new PyDict();
  },
  $mkexc: mkexc,
  $mkfunc: mkfunc,
  $mkgenexp: mkgenexp,
  $mkasyncgenexp: mkgenexp,
  $tupleT: tupleType,
  $listT: listType,
  /** `tuple(l)` or `list(l)` of a fresh list `l` nobody else can see. */
  $ownList: (t: PyType, l: PyList) =>
    t === listType
      ? l
      : l.items.length === 0
      ? EMPTY_TUPLE
      : new PyTuple(l.items),
  $mklist: (items: any[]) => {
    if (heap.locked) checkHeapLock();
    return new PyList(items);
  },
  $mkset: (items: any[]) => {
    if (heap.locked) checkHeapLock();
    return newSet(items);
  },
  $mktuple: (items: any[]) => {
    if (heap.locked) checkHeapLock();
    return new PyTuple(items);
  },
  $nameError: (name: string) => raiseNameError(name),
  $ne: neOp,
  $next: next,
  $raise: raise,
  $recursion: () => {
    throw newException(runtimeErrorType, "maximum recursion depth exceeded");
  },
  $setattr: setAttr,
  $setitem: setItem,
  $setslice: setSlice,
  $slice: (a: any, b: any, c: any) => new PySlice(a, b, c),
  $spread: spread,
  $super: (cls: PyType, self: any) => new PySuper(cls, self),
  $superNoClass: () => {
    throw newException(runtimeErrorType, "super(): no arguments");
  },
  $truthy: truthyFast,
  $typeOf: typeOf,
  $unbound: raiseUnbound,
  $unpack: unpack,
  $unpackEx: unpackEx,
  $yieldFrom: yieldFrom,
  $aiter: (x: any) => callMethodSync(x, "__aiter__"),
  $anext: anext,
};

function* anext(it: any): Generator<any, any, any> {
  try {
    const aw = callMethod(it, "__anext__", []);
    const awaitable = isGen(aw) ? yield* aw : aw;
    return yield* yieldFrom(awaitable);
  } catch (e) {
    if (e instanceof PyException && e.type.name === "StopAsyncIteration") {
      return STOP;
    }
    throw e;
  }
}

/**
 * A call of a builtin that needs the caller's globals (and locals, for
 * `locals()`): passes them as extra trailing arguments.
 */
function callG(
  f: any,
  args: any[],
  g: Map<string, any>,
  locals: (() => any) | null,
): any {
  if (f instanceof PyBuiltin && GLOBALS_AWARE.has(f.name)) {
    if (f.name === "locals") {
      if (locals === null) return callN(f, [g], null);
      const l = locals();
      if (l instanceof Map) return PyDict.fromMap(l);
      const d = new PyDict();
      for (const [k, v] of l) if (v !== undefined) d.setItem(k, v);
      return d;
    }
    if (f.name === "dir" || f.name === "vars") {
      if (args.length === 0) {
        if (locals !== null) {
          const l = locals();
          if (l instanceof Map) return callN(f, [l], null);
          return callN(f, [
            new Map((l as [string, any][]).filter((p) => p[1] !== undefined)),
          ], null);
        }
        return callN(f, [g], null);
      }
      return callN(f, args, null);
    }
    return callN(f, [...args, g], null);
  }
  return callN(f, args, null);
}

/** Builds the `$rt` table of one interpreter. */
export function createRuntime(interp: Interp): Record<string, any> {
  return {
    ...shared,
    // viper code's helpers; pointers live in the board's own address space
    $V: createViperRuntime(),
    $tb: (e: any, ci: CodeInfo, line: number) =>
      tbLeave(e, ci, line, interp.depth),
    $tbh: (e: any, ci: CodeInfo, line: number) =>
      tbHandle(e, ci, line, interp.depth),
    $raiseFrom(e: any, cause: any): any {
      if (cause !== null) {
        interp.writeErr("Warning: exception chaining not supported\n");
      }
      return raiseFrom(e, cause);
    },
    $buildClass(
      name: string,
      bases: any[],
      ns: Map<string, any>,
      kwNames: string[],
      kwVals: any[],
    ): any {
      const bc = interp.builtins.get("__build_class__");
      if (bc !== interp.moduleState.get("builtins.__build_class__")) {
        return buildClassOverride(bc, name, bases, ns);
      }
      return buildClass(name, bases, ns, kwNames, kwVals);
    },
    $bcell(name: string): any {
      return cellOf(interp.builtins, name);
    },
    $glb(name: string): any {
      const v = interp.builtins.get(name);
      if (v !== undefined) return v;
      return raiseNameError(name);
    },
    $import(
      name: string,
      fromlist: string[] | boolean | null,
      level: number,
      g: Map<string, any>,
    ): any {
      const imp = interp.builtins.get("__import__");
      if (imp !== interp.moduleState.get("builtins.__import__")) {
        const fl = Array.isArray(fromlist) ? new PyTuple(fromlist) : null;
        const m = callSync(imp, [name, PyDict.fromMap(g), null, fl, level]);
        if (fromlist === true) {
          let r = m;
          for (const part of name.split(".").slice(1)) r = getAttr(r, part);
          return r;
        }
        return m;
      }
      return interp.importer.importName(name, fromlist !== null, level, g);
    },
    $importFrom: (m: any, name: string) => interp.importer.importFrom(m, name),
    $importStar: (m: any, g: Map<string, any>) =>
      interp.importer.importStar(m, g),
    $reraise(): any {
      const e = interp.excStack[interp.excStack.length - 1];
      if (e === undefined) {
        return newException(runtimeErrorType, "no active exception to reraise");
      }
      return e;
    },
    $displayHook(v: any): void {
      if (v === null) return;
      interp.builtins.set("_", v);
      interp.writeOut(pyRepr(v) + "\n");
    },
    $lookupLocals(loc: any, name: string): any {
      const v = loc.getItemOpt(name);
      if (v !== undefined) return v;
      const g = interp.currentGlobals?.get(name);
      if (g !== undefined) return g;
      const b = interp.builtins.get(name);
      if (b !== undefined) return b;
      return raiseNameError(name);
    },
    $storeLocals(loc: any, name: string, v: any): void {
      loc.setItem(name, v);
    },
    $delLocals(loc: any, name: string, quiet = false): void {
      if (loc.t.deleteItem(name) === undefined && !quiet) raiseNameError(name);
    },
  };
}

export { FunKind, nameErrorType, NotImplemented, typeErrorType };
