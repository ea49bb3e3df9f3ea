/**
 * The `builtins` module. Each builtin is a thin wrapper over an operation
 * in runtime/ops.ts. Mirrors MicroPython's `py/modbuiltins.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFn,
  builtinVar,
  classMethodType,
  isType,
  KwArgs,
  NotImplemented,
  objectType,
  Op,
  PyBuiltin,
  PyType,
  staticMethodType,
  STOP,
  typeType,
  UnOp,
} from "../objects/type.ts";
import {
  boolType,
  intPowMod,
  intType,
  PyIntSub,
  toIntValue,
} from "../objects/int.ts";
import {
  floatToInt,
  floatType,
  floatValue,
  isFloat,
  newFloat,
  PyFloat,
} from "../objects/float.ts";
import { complexAbs, complexType } from "../objects/complex.ts";
import { isStr, PyStrSub, strType, strValue } from "../objects/str.ts";
import { bytearrayType, bytesType } from "../objects/bytes.ts";
import { listType, PyList, sortArray } from "../objects/list.ts";
import { PyTuple, tupleType } from "../objects/tuple.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import { frozensetType, setType } from "../objects/set.ts";
import { rangeType } from "../objects/range.ts";
import { sliceType } from "../objects/slice.ts";
import {
  CallIter,
  enumerateType,
  filterType,
  mapType,
  reversedType,
  zipType,
} from "../objects/iterators.ts";
import {
  propertyType,
  PyBoundMethod,
  PyFunction,
} from "../objects/function.ts";
import { superType } from "../objects/super.ts";
import { Ellipsis } from "../objects/object.ts";
import {
  BUILTIN_EXCEPTIONS,
  newException,
  PyException,
  stopIterationType,
} from "../objects/exception.ts";
import { PyModule } from "../objects/module.ts";
import {
  binaryOp,
  getIter,
  hashValue,
  intValue,
  isInstance,
  isInt,
  iterNext,
  iterToArray,
  lt,
  objectId,
  pyLen,
  pyRepr,
  pyStr,
  toBigOrNum,
  toInt,
  truthy,
  typeName,
  typeOf,
  unaryOp,
} from "../runtime/ops.ts";
import { delAttr, getAttr, getAttrOpt, setAttr } from "../runtime/attr.ts";
import { callSync, isGen, runSync } from "../runtime/call.ts";
import { callMethod } from "../runtime/attr.ts";
import { raiseTypeError, raiseValueError } from "../runtime/raise.ts";
import { formatValue } from "../runtime/format.ts";
import { asciiRepr } from "../runtime/ascii.ts";
import {
  type CompileMode,
  compileSource,
  instantiate,
  PyCode,
} from "../runtime/exec.ts";
import { genCallStep, PyGenerator, sentValue } from "../objects/generator.ts";
import { ioBaseType, openFile, writeToStream } from "./io.ts";
import { encodeUtf8 } from "../objects/bytes.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import type { Interp } from "../state.ts";
import { bufferOf, decodeUtf8 } from "../objects/bytes.ts";
import * as bytesMod from "../objects/bytes.ts";
import { AttrMap } from "../objects/attrmap.ts";

function kwGet(kw: KwArgs | null, name: string, dflt: any): any {
  if (kw === null) return dflt;
  const v = kw.get(name);
  return v === undefined ? dflt : v;
}

function checkKw(kw: KwArgs | null, allowed: string[]): void {
  if (kw === null) return;
  for (const n of kw.names) {
    if (!allowed.includes(n)) {
      raiseTypeError(`unexpected keyword argument '${n}'`);
    }
  }
}

/** `abs(x)`. */
export function pyAbs(x: any): any {
  if (typeof x === "number") return Math.abs(x);
  if (typeof x === "bigint") return x < 0n ? -x : x;
  if (typeof x === "boolean") return x ? 1 : 0;
  const t = x?.type;
  if (t === floatType) return newFloat(Math.abs(x.value));
  if (t === complexType) {
    return newFloat(complexAbs(x.real, x.imag));
  }
  if (x instanceof PyIntSub) return pyAbs(x.value);
  const m = typeOf(x).lookup("__abs__");
  if (m !== undefined) return callSync(m, [x]);
  return raiseTypeError(`unsupported type for __abs__: '${typeName(x)}'`);
}

function minMax(args: any[], kw: KwArgs | null, isMax: boolean): any {
  checkKw(kw, ["key", "default"]);
  const key = kwGet(kw, "key", null);
  const dflt = kwGet(kw, "default", undefined);
  let items: any[];
  if (args.length === 0) {
    raiseTypeError(`${isMax ? "max" : "min"} expected 1 arguments, got 0`);
  }
  if (args.length === 1) items = iterToArray(args[0]);
  else {
    if (dflt !== undefined) {
      raiseTypeError("default not allowed with multiple args");
    }
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    raiseValueError("arg is an empty sequence");
  }
  let best = items[0];
  let bestKey = key === null ? best : callSync(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const k = key === null ? items[i] : callSync(key, [items[i]]);
    if (isMax ? lt(bestKey, k) : lt(k, bestKey)) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function pyRound(x: any, nd?: any): any {
  if (nd === undefined || nd === null) {
    if (isInt(x)) return intValue(x);
    if (isFloat(x)) {
      const v = floatValue(x);
      if (!Number.isFinite(v)) {
        if (Number.isNaN(v)) {
          raiseValueError("can't convert NaN to int");
        }
        return floatToInt(v);
      }
      let r = Math.round(v);
      if (Math.abs(v % 1) === 0.5 && r % 2 !== 0) r -= 1;
      return floatToInt(r);
    }
  } else {
    const n = toInt(nd);
    if (isInt(x)) {
      if (n >= 0) return intValue(x);
      const p = 10n ** BigInt(-n);
      const v = BigInt(intValue(x));
      let q = v / p;
      let rem = v % p;
      if (rem < 0n) {
        rem += p;
        q -= 1n;
      }
      if (rem * 2n > p || (rem * 2n === p && q % 2n !== 0n)) q += 1n;
      const r = q * p;
      return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
    }
    if (isFloat(x)) return newFloat(roundFloat(floatValue(x), n));
  }
  const m = typeOf(x).lookup("__round__");
  if (m !== undefined) return callSync(m, nd === undefined ? [x] : [x, nd]);
  return raiseTypeError(`can't convert ${typeName(x)} to float`);
}

/** Rounds a float to `n` decimal places, half to even on exact ties. */
export function roundFloat(v: number, n: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  if (n > 300) return v;
  if (n < -308) return 0 * v;
  const p = Math.pow(10, Math.abs(n));
  const y = n >= 0 ? v * p : v / p;
  if (!Number.isFinite(y)) return v;
  let r = Math.round(y);
  if (Math.abs(y % 1) === 0.5) {
    // exact tie in binary: round half to even
    if (r % 2 !== 0) r -= 1;
  } else if (n >= 0 && n <= 100) {
    // use the exact decimal expansion of v for non-ties
    const s = Number(v.toFixed(n));
    if (Number.isFinite(s)) return s;
  }
  const out = n >= 0 ? r / p : r * p;
  return out === 0 ? 0 * v : out;
}

function pySum(args: any[], kw: KwArgs | null): any {
  checkKw(kw, ["start"]);
  if (args.length < 1 || args.length > 2) {
    raiseTypeError("sum() takes at most 2 arguments");
  }
  let acc = args.length > 1 ? args[1] : kwGet(kw, "start", 0);
  if (isStr(acc)) raiseTypeError("sum() can't sum strings");
  const x = args[0];
  const xt = x?.type;
  const items: ArrayLike<any> | null = xt === listType || xt === tupleType
    ? x.items
    : xt === bytesType || xt === bytearrayType
    ? x.data
    : null;
  if (items !== null) {
    for (let i = 0; i < items.length; i++) acc = add(acc, items[i]);
    return acc;
  }
  const it = getIter(x);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return acc;
    acc = add(acc, v);
  }
}

function add(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a + b;
    const r = a + b;
    if (!Number.isInteger(a) || !Number.isInteger(b)) return newFloat(r);
    if (Number.isSafeInteger(r)) return r;
  }
  return binaryOp(Op.Add, a, b);
}

function pyNext(args: any[]): any {
  if (args.length < 1 || args.length > 2) {
    raiseTypeError("function takes 1 or 2 arguments");
  }
  const it = args[0];
  const t = typeOf(it);
  if (!t.iterNext) raiseTypeError(`'${t.name}' object isn't an iterator`);
  let v: any;
  if (it instanceof PyGenerator) {
    if (args.length < 2) return genCallStep(it, false, null, sentValue);
    const dflt = args[1];
    return genCallStep(it, false, null, (r) => r.done ? dflt : r.value);
  } else {
    try {
      v = t.iterNext(it);
    } catch (e) {
      if (
        args.length > 1 && e instanceof PyException &&
        e.type.isSubclass(stopIterationType)
      ) return args[1];
      throw e;
    }
  }
  if (v === STOP) {
    if (args.length > 1) return args[1];
    throw newException(stopIterationType);
  }
  return v;
}

function pyIter(args: any[]): any {
  if (args.length === 1) return getIter(args[0]);
  if (args.length === 2) return new CallIter(args[0], args[1]);
  return raiseTypeError("function takes 1 or 2 arguments");
}

function pyIsInstance(x: any, t: any): boolean {
  if (isType(t)) return isInstance(x, t);
  if (t instanceof PyTuple) return t.items.some((u) => pyIsInstance(x, u));
  return raiseTypeError(
    "issubclass() arg 2 must be a class or a tuple of classes",
  );
}

function pyIsSubclass(c: any, t: any): boolean {
  if (!(c instanceof PyType)) {
    raiseTypeError("issubclass() arg 1 must be a class");
  }
  if (t instanceof PyType) return c.isSubclass(t);
  if (t instanceof PyTuple) return t.items.some((u) => pyIsSubclass(c, u));
  return raiseTypeError(
    "issubclass() arg 2 must be a class or a tuple of classes",
  );
}

function intForRadix(x: any): bigint | number {
  if (isInt(x)) return intValue(x);
  const m = typeOf(x).lookup("__index__");
  if (m !== undefined) return intValue(callSync(m, [x]));
  return raiseTypeError(`can't convert ${typeName(x)} to int`);
}

function radix(x: any, base: number, prefix: string): string {
  const v = intForRadix(x);
  const neg = v < 0;
  const mag = neg ? -BigInt(v) : BigInt(v);
  return (neg ? "-" : "") + prefix + mag.toString(base);
}

/** `dir(x)`: sorted attribute names. */
export function pyDir(x: any): PyList {
  const names = new Set<string>();
  if (x instanceof PyModule) { for (const k of x.attrs.keys()) names.add(k); }
  else if (x instanceof PyType) {
    for (const t of x.mro) for (const k of t.attrs.keys()) names.add(k);
    names.add("__class__");
    names.add("__name__");
  } else {
    if (
      typeof x === "object" && x !== null &&
      (x.dict instanceof Map || x.dict instanceof AttrMap)
    ) {
      for (const k of x.dict.keys()) if (typeof k === "string") names.add(k);
    }
    for (const t of typeOf(x).mro) for (const k of t.attrs.keys()) names.add(k);
    names.add("__class__");
  }
  return new PyList([...names].sort());
}

function pyChr(x: any): string {
  const c = toInt(x);
  if (c < 0 || c > 0x10ffff) {
    raiseValueError("char not in range(0x110000)");
  }
  return String.fromCodePoint(c);
}

function pyOrd(x: any): number {
  if (typeof x === "string" && x.length === 1) return x.charCodeAt(0);
  if (isStr(x)) {
    const s = strValue(x);
    const cps = Array.from(s);
    if (cps.length !== 1) {
      raiseTypeError(
        `ord() expected a character, but string of length ${cps.length} found`,
      );
    }
    return cps[0].codePointAt(0)!;
  }
  if (
    typeof x === "object" && x !== null &&
    (x.type === bytesType || x.type === bytearrayType)
  ) {
    const b = bufferOf(x);
    if (b.length !== 1) {
      raiseTypeError(
        `ord() expected a character, but string of length ${b.length} found`,
      );
    }
    return b[0];
  }
  return raiseTypeError(
    `ord() expected string of length 1, but ${typeName(x)} found`,
  );
}

function pyPow(args: any[]): any {
  if (args.length === 3 && args[2] !== null) {
    if (!isInt(args[0]) || !isInt(args[1]) || !isInt(args[2])) {
      raiseTypeError(
        "pow() with 3 arguments requires integers",
      );
    }
    return intPowMod(intValue(args[0]), intValue(args[1]), intValue(args[2]));
  }
  if (args.length < 2 || args.length > 3) {
    raiseTypeError("function takes 2 or 3 arguments");
  }
  return binaryOp(Op.Pow, args[0], args[1]);
}

function pyDivmod(a: any, b: any): PyTuple {
  const num = (x: any) => isInt(x) || isFloat(x);
  if (num(a) && num(b)) {
    return new PyTuple([binaryOp(Op.FloorDiv, a, b), binaryOp(Op.Mod, a, b)]);
  }
  const m = typeOf(a).lookup("__divmod__");
  if (m !== undefined && !(m instanceof PyBuiltin)) return callSync(m, [a, b]);
  return raiseTypeError(
    `unsupported types for __divmod__: '${typeName(a)}', '${typeName(b)}'`,
  );
}

function pyHash(x: any): any {
  if (isInt(x)) {
    const v = intValue(x);
    if (typeof v === "number") return v;
    return Number(BigInt.asIntN(62, v));
  }
  if (
    x instanceof PyFloat && Number.isInteger(x.value) &&
    Number.isSafeInteger(x.value)
  ) return x.value;
  const t = typeOf(x);
  if (!t.hash && !t.identityHash) {
    raiseTypeError(`unsupported type for __hash__: '${t.name}'`);
  }
  return hashValue(x);
}

function pySorted(args: any[], kw: KwArgs | null): PyList {
  checkKw(kw, ["key", "reverse"]);
  if (args.length !== 1) {
    raiseTypeError("function takes 1 positional arguments");
  }
  const items = iterToArray(args[0]);
  sortArray(items, kwGet(kw, "key", null), truthy(kwGet(kw, "reverse", false)));
  return new PyList(items);
}

function pyGetattr(args: any[]): any {
  if (args.length < 2 || args.length > 3) {
    raiseTypeError("function takes 2 or 3 arguments");
  }
  const name = args[1];
  if (!isStr(name)) raiseTypeError("attribute name must be string");
  if (args.length === 3) {
    try {
      const v = getAttrOpt(args[0], strValue(name));
      return v === undefined ? args[2] : v;
    } catch (e) {
      if (e instanceof PyException && e.type.name === "AttributeError") {
        return args[2];
      }
      throw e;
    }
  }
  return getAttr(args[0], strValue(name));
}

function pyHasattr(o: any, name: any): boolean {
  if (!isStr(name)) raiseTypeError("attribute name must be string");
  try {
    return getAttrOpt(o, strValue(name)) !== undefined;
  } catch (e) {
    if (e instanceof PyException && e.type.name === "AttributeError") {
      return false;
    }
    throw e;
  }
}

function pyCallable(x: any): boolean {
  if (
    x instanceof PyFunction || x instanceof PyBuiltin ||
    x instanceof PyBoundMethod || x instanceof PyType
  ) {
    return true;
  }
  const t = typeOf(x);
  if (t.native) return t.call !== undefined;
  const m = t.lookup("__call__");
  return m !== undefined;
}

/** What `print` needs from an interpreter. */
function makePrint(interp: Interp): PyBuiltin {
  return builtinVar("print", (args: any[], kw: KwArgs | null) => {
    let sep = " ";
    let end = "\n";
    let file: any = null;
    if (kw !== null) {
      for (let i = 0; i < kw.names.length; i++) {
        const n = kw.names[i];
        const v = kw.values[i];
        if (n === "sep") sep = v === null ? " " : strValue(v);
        else if (n === "end") end = v === null ? "\n" : strValue(v);
        else if (n === "file") file = v;
        else if (n !== "flush") {
          raiseTypeError(`unexpected keyword argument '${n}'`);
        }
      }
    }
    let s = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) s += sep;
      const a = args[i];
      s += typeof a === "string" ? a : pyStr(a);
    }
    s += end;
    if (file === null || file === interp.moduleState.get("sys.stdout")) {
      interp.writeOut(s);
    } else if (file === interp.moduleState.get("sys.stderr")) {
      interp.writeErr(s);
    } else if (isInstance(file, ioBaseType)) {
      // a Python stream class: native code writes bytes, piece by piece
      for (let i = 0; i < args.length; i++) {
        if (i > 0) writeToStream(file, encodeUtf8(sep));
        const a = args[i];
        writeToStream(file, encodeUtf8(typeof a === "string" ? a : pyStr(a)));
      }
      writeToStream(file, encodeUtf8(end));
    } else {
      const r = callMethod(file, "write", [s]);
      if (isGen(r)) runSync(r);
    }
    return null;
  });
}

function doCompile(interp: Interp, args: any[], kw: KwArgs | null): PyCode {
  const src = args[0] ?? kw?.get("source");
  const filename = args[1] ?? kw?.get("filename") ?? "<string>";
  const mode = (args[2] ?? kw?.get("mode") ?? "exec") as CompileMode;
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    raiseValueError("bad compile mode");
  }
  let text: string;
  if (isStr(src)) text = strValue(src);
  else text = decodeUtf8(bufferOf(src), true);
  const code = compileSource(text, pyStr(filename), mode, {
    optimize: interp.config.optimize,
  });
  return new PyCode(code, mode, text);
}

function* finishWith(
  gen: Generator<any, any, any>,
  done: () => void,
): Generator<any, any, any> {
  try {
    return yield* gen;
  } finally {
    done();
  }
}

function evalOrExec(
  interp: Interp,
  isEval: boolean,
  args: any[],
  callerGlobals: Map<string, any>,
): any {
  if (args.length < 1 || args.length > 3) {
    raiseTypeError("function takes 1 to 3 arguments");
  }
  const globals = args[1];
  const locals = args[2];
  if (
    globals !== undefined && globals !== null && !(globals instanceof PyDict)
  ) {
    raiseTypeError("globals must be a dict");
  }
  if (locals !== undefined && locals !== null && !(locals instanceof PyDict)) {
    raiseTypeError("locals must be a dict");
  }
  const useLocals = locals instanceof PyDict && locals !== globals;
  let code: PyCode;
  const src = args[0];
  const mode: CompileMode = src instanceof PyCode
    ? src.mode
    : isEval
    ? "eval"
    : "exec";
  if (src instanceof PyCode && (!useLocals || src.code.hasLocals)) code = src;
  else {
    let text = src instanceof PyCode
      ? src.source
      : isStr(src)
      ? strValue(src)
      : decodeUtf8(bufferOf(src), true);
    if (mode === "eval") text = text.replace(/^[ \t]+/, "");
    const filename = src instanceof PyCode ? src.code.filename : "<string>";
    code = new PyCode(
      compileSource(text, filename, mode, {
        optimize: interp.config.optimize,
        hasLocals: useLocals,
      }),
      mode,
      text,
    );
  }
  let g: Map<string, any>;
  if (globals === null || globals === undefined) g = callerGlobals;
  else g = (globals as PyDict).t.m;
  const body = instantiate(interp, code.code, g);
  let r: any;
  if (useLocals) {
    const saved = interp.currentGlobals;
    interp.currentGlobals = g;
    r = finishWith(body(locals), () => {
      interp.currentGlobals = saved;
    });
  } else r = body();
  if (isEval || code.mode === "eval") return r;
  return discard(r);
}

function* discard(g: Generator<any, any, any>): Generator<any, any, any> {
  yield* g;
  return null;
}

const HELP_TEXT = `Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
`;

/** The `builtins` module. */
export const builtinsModule: ModuleFactory = defineModule(
  "builtins",
  (interp) => {
    const b: Record<string, any> = {
      abs: builtinFn("abs", 1, 1, pyAbs),
      all: builtinFn("all", 1, 1, (x: any) => {
        const it = getIter(x);
        for (;;) {
          const v = iterNext(it);
          if (v === STOP) return true;
          if (!truthy(v)) return false;
        }
      }),
      any: builtinFn("any", 1, 1, (x: any) => {
        const it = getIter(x);
        for (;;) {
          const v = iterNext(it);
          if (v === STOP) return false;
          if (truthy(v)) return true;
        }
      }),
      bin: builtinFn("bin", 1, 1, (x: any) => radix(x, 2, "0b")),
      oct: builtinFn("oct", 1, 1, (x: any) => radix(x, 8, "0o")),
      hex: builtinFn("hex", 1, 1, (x: any) => radix(x, 16, "0x")),
      callable: builtinFn("callable", 1, 1, pyCallable),
      chr: builtinFn("chr", 1, 1, pyChr),
      ord: builtinFn("ord", 1, 1, pyOrd),
      delattr: builtinFn("delattr", 2, 2, (o: any, n: any) => {
        if (!isStr(n)) raiseTypeError("attribute name must be string");
        delAttr(o, strValue(n));
        return null;
      }),
      setattr: builtinFn("setattr", 3, 3, (o: any, n: any, v: any) => {
        if (!isStr(n)) raiseTypeError("attribute name must be string");
        setAttr(o, strValue(n), v);
        return null;
      }),
      getattr: builtinVar("getattr", pyGetattr),
      hasattr: builtinFn("hasattr", 2, 2, pyHasattr),
      divmod: builtinFn("divmod", 2, 2, pyDivmod),
      hash: builtinFn("hash", 1, 1, pyHash),
      id: builtinFn("id", 1, 1, objectId),
      isinstance: builtinFn("isinstance", 2, 2, pyIsInstance),
      issubclass: builtinFn("issubclass", 2, 2, pyIsSubclass),
      iter: builtinVar("iter", pyIter),
      next: builtinVar("next", pyNext),
      len: builtinFn("len", 1, 1, pyLen),
      max: builtinVar("max", (a, kw) => minMax(a, kw, true)),
      min: builtinVar("min", (a, kw) => minMax(a, kw, false)),
      pow: builtinVar("pow", pyPow),
      repr: builtinFn("repr", 1, 1, pyRepr),
      ascii: builtinFn("ascii", 1, 1, (x: any) => asciiRepr(pyRepr(x))),
      round: builtinFn("round", 1, 2, pyRound),
      sorted: builtinVar("sorted", pySorted),
      sum: builtinVar("sum", pySum),
      format: builtinFn(
        "format",
        1,
        2,
        (v: any, spec: any = "") => formatValue(v, strValue(spec)),
      ),
      print: makePrint(interp),
      input: builtinFn("input", 0, 1, (prompt?: any) => {
        if (prompt !== undefined) {
          interp.writeOut(pyStr(prompt));
        }
        interp.flush();
        const line = interp.config.readLine ? interp.config.readLine() : null;
        if (line === null) {
          throw newException(
            BUILTIN_EXCEPTIONS.find((t) => t.name === "EOFError")!,
          );
        }
        return line;
      }),
      open: builtinVar("open", (args, kw) => openFile(interp, args, kw)),
      compile: builtinVar("compile", (args, kw) => doCompile(interp, args, kw)),
      help: builtinFn("help", 0, 1, (x?: any) => {
        if (x === undefined) interp.writeOut(HELP_TEXT);
        else if (x === "modules") {
          const names = [...interp.config.modules.keys()].sort();
          for (let i = 0; i < names.length; i += 4) {
            interp.writeOut(
              names.slice(i, i + 4).map((n) => n.padEnd(18)).join("")
                .trimEnd() + "\n",
            );
          }
          interp.writeOut("Plus any modules on the filesystem\n");
        } else {
          interp.writeOut(`object ${pyRepr(x)} is of type ${typeName(x)}\n`);
          const attrs: Map<string, any> | null = x instanceof PyModule
            ? x.attrs
            : x instanceof PyType
            ? x.attrs
            : typeOf(x) !== typeType &&
                !(x instanceof PyFunction || x instanceof PyBuiltin)
            ? typeOf(x).attrs
            : null;
          if (attrs) {
            for (const [n, v] of attrs) {
              interp.writeOut(`  ${n} -- ${pyRepr(v)}\n`);
            }
          }
        }
        return null;
      }),
      // globals-aware builtins: the last argument is the caller's globals
      globals: builtinFn(
        "globals",
        0,
        1,
        (g?: Map<string, any>) =>
          PyDict.fromMap(g ?? interp.mainModule().attrs),
      ),
      locals: builtinFn(
        "locals",
        0,
        2,
        (g?: Map<string, any>, loc?: any) =>
          loc ?? PyDict.fromMap(g ?? interp.mainModule().attrs),
      ),
      vars: builtinFn("vars", 0, 2, (a?: any, g?: Map<string, any>) => {
        if (a instanceof Map) return PyDict.fromMap(a);
        if (a === undefined) {
          return PyDict.fromMap(g ?? interp.mainModule().attrs);
        }
        return getAttr(a, "__dict__");
      }),
      dir: builtinFn("dir", 0, 2, (a?: any, g?: Map<string, any>) => {
        if (a instanceof Map) return new PyList([...a.keys()].sort());
        if (a === undefined) {
          return new PyList(
            [...(g ?? interp.mainModule().attrs).keys()].sort(),
          );
        }
        const custom = a instanceof PyType
          ? undefined
          : typeOf(a).lookup("__dir__");
        if (custom !== undefined && !(custom instanceof PyBuiltin)) {
          const items = iterToArray(callSync(custom, [a]));
          return new PyList(items.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
        }
        return pyDir(a);
      }),
      eval: builtinVar("eval", (args) => {
        const g = args[args.length - 1] instanceof Map
          ? args.pop()
          : interp.mainModule().attrs;
        return evalOrExec(interp, true, args, g);
      }),
      exec: builtinVar("exec", (args) => {
        const g = args[args.length - 1] instanceof Map
          ? args.pop()
          : interp.mainModule().attrs;
        return evalOrExec(interp, false, args, g);
      }),
      __import__: builtinVar("__import__", (args, kw) => {
        let g = args[args.length - 1] instanceof Map ? args.pop() : null;
        const nameArg = args[0] ?? kw?.get("name");
        if (!isStr(nameArg)) {
          raiseTypeError("__import__() argument 1 must be str");
        }
        const name = strValue(nameArg);
        const globals = args[1] ?? kw?.get("globals");
        const fromlist = args[3] ?? kw?.get("fromlist") ?? null;
        const level = toInt(args[4] ?? kw?.get("level") ?? 0);
        if (level < 0) raiseValueError("level must be >= 0");
        if (name === "" && level === 0) raiseValueError("Empty module name");
        if (level > 0) {
          if (
            globals !== null && globals !== undefined &&
            !(globals instanceof PyDict)
          ) {
            raiseTypeError("globals must be a dict");
          }
        }
        if (globals instanceof PyDict) g = globals.t.m;
        return interp.importer.importName(
          name,
          fromlist !== null && truthy(fromlist),
          level,
          g,
        );
      }),
      __build_class__: builtinVar(
        "__build_class__",
        () => raiseTypeError("__build_class__ is not supported"),
      ),
      // types
      bool: boolType,
      int: intType,
      float: floatType,
      complex: complexType,
      str: strType,
      bytes: bytesType,
      bytearray: bytearrayType,
      memoryview: (bytesMod as any).memoryviewType ?? bytesType,
      list: listType,
      tuple: tupleType,
      dict: dictType,
      set: setType,
      frozenset: frozensetType,
      range: rangeType,
      slice: sliceType,
      enumerate: enumerateType,
      filter: filterType,
      map: mapType,
      reversed: reversedType,
      zip: zipType,
      object: objectType,
      type: typeType,
      super: superType,
      property: propertyType,
      staticmethod: staticMethodType,
      classmethod: classMethodType,
      Ellipsis,
      NotImplemented,
      __name__: "builtins",
    };
    for (const t of BUILTIN_EXCEPTIONS) b[t.name] = t;
    for (const name of ["sum", "sorted", "min", "max"]) {
      b[name].consumesAll = true;
    }
    return b;
  },
);

export { floatToInt, PyStrSub, toBigOrNum, toIntValue, unaryOp, UnOp };
