/**
 * `bytes`, `bytearray` and `memoryview`, plus the buffer helpers other
 * types use (`bufferOf`, UTF-8 codecs, typed item access for `array`).
 *
 * `bytes` and `bytearray` share the text methods of str_methods.ts, run
 * over a JS string holding one char per byte. A `bytearray` keeps spare
 * capacity so appends are amortised; its `data` is always the exact-length
 * view. A `memoryview` is a window (`data`) on another object's buffer,
 * read as items of its `typecode`; writes go through to the owner.
 *
 * Mirrors MicroPython's `py/objstr.c` (bytes), `py/objarray.c` (bytearray,
 * memoryview) and `py/binary.c` (typed items).
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { checkAlloc } from "../runtime/heap.ts";
import {
  BuiltinKind,
  builtinMethod,
  builtinMethodVar,
  defineType,
  KwArgs,
  NotImplemented,
  Op,
  PyBuiltin,
  PyClassMethod,
  PyObject,
  PyType,
  STOP,
} from "./type.ts";
import {
  getIter,
  intValue,
  isInt,
  iterNext,
  normBig,
  seqRepeatCount,
  toIndex,
  toInt,
  typeName,
  typeOf,
} from "../runtime/ops.ts";
import {
  raise,
  raiseIndexError,
  raiseMemoryError,
  raiseNotImplementedError,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { lookupErrorType, unicodeErrorType } from "./exception.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { isStr, strValue } from "./str.ts";
import { makeTextMethods, type TextKind } from "./str_methods.ts";
import { percentFormatBytes } from "../runtime/format.ts";
import { newFloat, PyFloat, toFloat } from "./float.ts";
import { callSync } from "../runtime/call.ts";

/** An immutable byte string. */
export class PyBytes extends PyObject {
  constructor(public data: Uint8Array) {
    super(bytesType);
  }
}

/** A mutable byte array with spare capacity (`data` is the live view). */
export class PyByteArray extends PyObject {
  /** The storage; `data` is `buf.subarray(0, length)`. */
  buf: Uint8Array;
  constructor(public data: Uint8Array) {
    super(bytearrayType);
    this.buf = data;
  }

  /** Sets the length, growing the storage when needed (new bytes are 0). */
  resize(n: number): void {
    const old = this.data.length;
    if (n > this.buf.length) {
      const buf = new Uint8Array(Math.max(n, this.buf.length * 2, 8));
      buf.set(this.data);
      this.buf = buf;
    } else if (n > old) this.buf.fill(0, old, n);
    this.data = this.buf.subarray(0, n);
  }

  /** Replaces bytes `start..stop` with `src`. */
  splice(start: number, stop: number, src: Uint8Array): void {
    if (src.buffer === this.buf.buffer) src = src.slice();
    const len = this.data.length;
    const newLen = len - (stop - start) + src.length;
    if (newLen > len) {
      this.resize(newLen);
      this.data.copyWithin(start + src.length, stop, len);
    } else {
      this.data.copyWithin(start + src.length, stop, len);
      this.resize(newLen);
    }
    this.data.set(src, start);
  }
}

/**
 * A view on another object's buffer. `data` covers exactly the viewed
 * items; `typecode` (an `array` typecode, `B` for bytes-like owners) says
 * how to read them. An owner object with a string `typecode` field (such
 * as `array.array`) is viewed with that typecode.
 */
export class PyMemoryView extends PyObject {
  itemsize: number;
  constructor(
    public obj: any,
    public data: Uint8Array,
    public typecode = "B",
    public readonly = false,
  ) {
    super(memoryviewType);
    this.itemsize = itemSize(typecode);
  }
  /** Number of items. */
  get length(): number {
    return Math.floor(this.data.length / this.itemsize);
  }
}

// ------------------------------------------------------------ buffers

/** The bytes of a bytes-like object (TypeError otherwise). */
export function bufferOf(x: any): Uint8Array {
  if (
    x instanceof PyBytes || x instanceof PyByteArray ||
    x instanceof PyMemoryView
  ) {
    return x.data;
  }
  if (x !== null && typeof x === "object" && x.type.buffer) {
    const b = x.type.buffer(x, false);
    if (b) return b;
  }
  return raiseTypeError("object with buffer protocol required");
}

/** The bytes of a bytes-like object, or `undefined`. */
export function bufferOpt(x: any): Uint8Array | undefined {
  if (
    x instanceof PyBytes || x instanceof PyByteArray ||
    x instanceof PyMemoryView
  ) {
    return x.data;
  }
  if (x !== null && typeof x === "object" && x.type.buffer) {
    return x.type.buffer(x, false);
  }
  return undefined;
}

/** Item size of an object's buffer (its `typecode`'s, 1 for bytes). */
function bufferItemSize(x: any): number {
  if (x instanceof PyMemoryView) return x.itemsize;
  if (x !== null && typeof x === "object" && typeof x.typecode === "string") {
    return itemSize(x.typecode);
  }
  return 1;
}

// ------------------------------------------------------------- codecs

function unicodeError(msg?: string): never {
  return msg === undefined
    ? raise(unicodeErrorType)
    : raise(unicodeErrorType, msg);
}

/** Normalises an encoding name: `utf-8` or `ascii` (LookupError otherwise). */
function encodingName(encoding: string): "utf-8" | "ascii" {
  const e = encoding.toLowerCase().replace("_", "-");
  if (e === "utf-8" || e === "utf8") return "utf-8";
  if (e === "ascii") return "ascii";
  return raise(lookupErrorType, `unknown encoding: ${encoding}`);
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 decoding with `replace`/`ignore` of maximal invalid subparts. */
function decodeLenient(buf: Uint8Array, replace: boolean): string {
  const parts: string[] = [];
  const n = buf.length;
  let i = 0;
  const cps: number[] = [];
  const flush = () => {
    if (cps.length) {
      parts.push(String.fromCodePoint(...cps));
      cps.length = 0;
    }
  };
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      cps.push(b);
      i++;
    } else {
      let need = 0;
      let lower = 0x80;
      let upper = 0xbf;
      let cp = 0;
      if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        need = 2;
        cp = b & 0xf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        need = 3;
        cp = b & 7;
      }
      let j = i + 1;
      let ok = need > 0;
      while (ok && need > 0) {
        if (j >= n || buf[j] < lower || buf[j] > upper) ok = false;
        else {
          cp = (cp << 6) | (buf[j] & 0x3f);
          lower = 0x80;
          upper = 0xbf;
          j++;
          need--;
        }
      }
      if (ok) cps.push(cp);
      else if (replace) cps.push(0xfffd);
      i = j;
    }
    if (cps.length >= 4096) flush();
  }
  flush();
  return parts.join("");
}

/** Decodes bytes with a codec (`utf-8`, `ascii`) and error handler. */
export function decodeBytes(
  buf: Uint8Array,
  encoding = "utf-8",
  errors = "strict",
): string {
  const enc = encodingName(encoding);
  const lenient = errors === "replace" || errors === "ignore";
  if (enc === "ascii") {
    let out = "";
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i];
      if (b < 0x80) out += String.fromCharCode(b);
      else if (!lenient) unicodeError();
      else if (errors === "replace") out += "\ufffd";
    }
    return out;
  }
  try {
    return STRICT_UTF8.decode(buf);
  } catch {
    if (!lenient) unicodeError();
    return decodeLenient(buf, errors === "replace");
  }
}

/** Decodes UTF-8; `lenient` (or `"replace"`/`"ignore"`) handles invalid input. */
export function decodeUtf8(
  buf: Uint8Array,
  lenient: boolean | string = false,
): string {
  const errors = lenient === true
    ? "replace"
    : lenient === false
    ? "strict"
    : lenient;
  return decodeBytes(buf, "utf-8", errors);
}

const ENCODER = new TextEncoder();

/** Encodes a str as UTF-8. */
export function encodeUtf8(s: string): Uint8Array {
  return ENCODER.encode(s);
}

/** `str.encode(encoding, errors)`: a new bytes object. */
export function encodeText(
  s: string,
  encoding = "utf-8",
  _errors = "strict",
): PyBytes {
  if (encodingName(encoding) === "ascii") {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) unicodeError();
    }
  }
  return new PyBytes(ENCODER.encode(s));
}

/** The bytes as a JS string with one char (0..255) per byte. */
export function latin1(b: Uint8Array): string {
  if (b.length < 4096) return String.fromCharCode.apply(null, b as any);
  let out = "";
  for (let i = 0; i < b.length; i += 4096) {
    out += String.fromCharCode.apply(null, b.subarray(i, i + 4096) as any);
  }
  return out;
}

/** The inverse of `latin1`. */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** repr of a bytes value: `b'a\x00'`. */
export function bytesRepr(data: Uint8Array, prefix = "b"): string {
  let q = "'";
  let hasSingle = false;
  let hasDouble = false;
  for (const c of data) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  if (hasSingle && !hasDouble) q = '"';
  let out = prefix + q;
  for (const c of data) {
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) {
      out += "\\x" + c.toString(16).padStart(2, "0");
    } else if (String.fromCharCode(c) === q) out += "\\" + q;
    else out += String.fromCharCode(c);
  }
  return out + q;
}

// -------------------------------------------------------- typed items

/** Size in bytes of one item of an `array`/`memoryview` typecode. */
export function itemSize(typecode: string): number {
  switch (typecode) {
    case "b":
    case "B":
      return 1;
    case "h":
    case "H":
      return 2;
    case "i":
    case "I":
    case "f":
      return 4;
    case "l":
    case "L":
    case "q":
    case "Q":
    case "d":
    case "P":
    case "O":
      return 8;
  }
  return 1;
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** Reads item `i` of `data` as `typecode` (native little-endian). */
export function getTypedItem(
  data: Uint8Array,
  typecode: string,
  i: number,
): any {
  switch (typecode) {
    case "B":
      return data[i];
    case "b":
      return (data[i] << 24) >> 24;
    case "h":
      i *= 2;
      return ((data[i] | (data[i + 1] << 8)) << 16) >> 16;
    case "H":
      i *= 2;
      return data[i] | (data[i + 1] << 8);
    case "i":
      i *= 4;
      return data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) |
        (data[i + 3] << 24);
    case "I":
      i *= 4;
      return (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) |
        (data[i + 3] << 24)) >>> 0;
    case "l":
    case "q":
      return normBig(view(data).getBigInt64(i * 8, true));
    case "L":
    case "Q":
    case "P":
      return normBig(view(data).getBigUint64(i * 8, true));
    case "f":
      return newFloat(view(data).getFloat32(i * 4, true));
    case "d":
      return newFloat(view(data).getFloat64(i * 8, true));
  }
  return data[i];
}

function intForStore(v: any): number | bigint {
  if (isInt(v)) return intValue(v);
  return toInt(v);
}

/** Writes `v` as item `i` of `data` (ints wrap, as MicroPython stores them). */
export function setTypedItem(
  data: Uint8Array,
  typecode: string,
  i: number,
  v: any,
): void {
  if (typecode === "f" || typecode === "d") {
    const f = typeof v === "number"
      ? v
      : v instanceof PyFloat
      ? v.value
      : toFloat(v);
    if (typecode === "f") view(data).setFloat32(i * 4, f, true);
    else view(data).setFloat64(i * 8, f, true);
    return;
  }
  const x = intForStore(v);
  const size = itemSize(typecode);
  if (size === 8) {
    view(data).setBigUint64(i * 8, BigInt.asUintN(64, BigInt(x)), true);
    return;
  }
  const n = typeof x === "bigint" ? Number(BigInt.asIntN(32, x)) : x;
  switch (size) {
    case 1:
      data[i] = n;
      return;
    case 2:
      i *= 2;
      data[i] = n;
      data[i + 1] = n >> 8;
      return;
    default:
      i *= 4;
      data[i] = n;
      data[i + 1] = n >> 8;
      data[i + 2] = n >> 16;
      data[i + 3] = n >> 24;
  }
}

// -------------------------------------------------------- constructors

function byteValue(x: any): number {
  const v = intForStore(x);
  if (typeof v === "bigint" || v < 0 || v > 255) {
    raiseValueError("bytes value out of range");
  }
  return v as number;
}

/** A byte for a bytearray: MicroPython keeps the low 8 bits. */
function byteWrap(x: any): number {
  const v = intForStore(x);
  return typeof v === "bigint" ? Number(BigInt.asUintN(8, v)) : v & 0xff;
}

/** The bytes produced by `bytes(x)`/`bytearray(x)` for one argument. */
function bytesFrom(x: any, what: string): Uint8Array {
  if (isInt(x)) {
    const n = intValue(x);
    if (n < 0) raiseValueError("negative count");
    if (typeof n === "bigint") {
      raiseOverflowError("overflow converting long int to machine word");
    }
    if (n > 0x7fffffff) {
      raiseMemoryError(`memory allocation failed, allocating ${n} bytes`);
    }
    checkAlloc(n as number);
    return new Uint8Array(n as number);
  }
  if (isStr(x)) return raiseTypeError("string argument without an encoding");
  const b = bufferOpt(x);
  if (b) return b.slice();
  if (
    x !== null && typeof x === "object" && !x.type.native && what === "bytes"
  ) {
    const m = x.type.lookup("__bytes__");
    if (m !== undefined) {
      const r = callSync(m, [x]);
      if (!(r instanceof PyBytes)) {
        raiseTypeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      }
      return r.data;
    }
  }
  const out: number[] = [];
  const it = getIter(x);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) break;
    out.push(what === "bytes" ? byteValue(v) : byteWrap(v));
  }
  return new Uint8Array(out);
}

function bytesArgs(args: any[], kw: KwArgs | null, what: string): Uint8Array {
  let [src, encoding, errors] = args;
  if (args.length > 3) raiseTypeError("wrong number of arguments");
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const name = kw.names[i];
      const v = kw.values[i];
      if (name === "source" && src === undefined) src = v;
      else if (name === "encoding" && encoding === undefined) encoding = v;
      else if (name === "errors" && errors === undefined) errors = v;
      else raiseTypeError(`unexpected keyword argument '${name}'`);
    }
  }
  if (src === undefined) return new Uint8Array(0);
  if (isStr(src)) {
    if (encoding === undefined) {
      raiseTypeError("string argument without an encoding");
    }
    return encodeText(strValue(src), strValue(encoding)).data;
  }
  if (encoding !== undefined || errors !== undefined) {
    raiseTypeError("wrong number of arguments");
  }
  return bytesFrom(src, what);
}

function bytesMakeNew(type: PyType, args: any[], kw: KwArgs | null): any {
  if (type === bytesType && args.length === 1 && kw === null) {
    const x = args[0];
    if (x instanceof PyBytes && x.type === bytesType) return x;
  }
  const obj = new PyBytes(bytesArgs(args, kw, "bytes"));
  if (type !== bytesType) {
    obj.type = type;
    obj.dict = new Map();
  }
  return obj;
}

function bytearrayMakeNew(type: PyType, args: any[], kw: KwArgs | null): any {
  const obj = new PyByteArray(bytesArgs(args, kw, "bytearray"));
  if (type !== bytearrayType) {
    obj.type = type;
    obj.dict = new Map();
  }
  return obj;
}

function memoryviewMakeNew(_type: PyType, args: any[], kw: KwArgs | null): any {
  if (args.length !== 1 || (kw !== null && kw.size > 0)) {
    raiseTypeError(
      "function takes 1 positional arguments but " + args.length +
        " were given",
    );
  }
  const x = args[0];
  if (x instanceof PyMemoryView) {
    return new PyMemoryView(x.obj, x.data, x.typecode, x.readonly);
  }
  if (x instanceof PyBytes) return new PyMemoryView(x, x.data, "B", true);
  if (x instanceof PyByteArray) return new PyMemoryView(x, x.data, "B", false);
  const t = typeOf(x);
  if (t.buffer) {
    let data = t.buffer(x, true);
    let readonly = false;
    if (!data) {
      data = t.buffer(x, false);
      readonly = true;
    }
    if (data) {
      const tc = typeof x.typecode === "string" ? x.typecode : "B";
      return new PyMemoryView(x, data, tc, readonly);
    }
  }
  return raiseTypeError("object with buffer protocol required");
}

// ------------------------------------------------------------- slots

type Bytesish = PyBytes | PyByteArray;

function normIndex(i: any, len: number, what: string): number {
  let n = typeof i === "number" && (i | 0) === i ? i : toIndex(i, what);
  if (n < 0) n += len;
  if (n < 0 || n >= len) raiseIndexError(`${what} index out of range`);
  return n;
}

function sliceBytes(data: Uint8Array, s: PySlice): Uint8Array {
  const [start, stop, step, len] = sliceIndices(s, data.length);
  if (step === 1) return data.slice(start, Math.max(start, stop));
  const out = new Uint8Array(len);
  for (let i = 0, j = start; i < len; i++, j += step) out[i] = data[j];
  return out;
}

function bytesGetItem(self: Bytesish, index: any): any {
  const data = self.data;
  if (typeof index === "number" && (index | 0) === index) {
    const i = index < 0 ? index + data.length : index;
    if (i >= 0 && i < data.length) return data[i];
  }
  const what = self instanceof PyByteArray ? "bytearray" : "bytes";
  if (index instanceof PySlice) {
    const out = sliceBytes(data, index);
    return self instanceof PyByteArray
      ? new PyByteArray(out)
      : new PyBytes(out);
  }
  return data[normIndex(index, data.length, what)];
}

/** The bytes to store from an assigned value (bytes-like or iterable of ints). */
function sourceBytes(value: any, itemsize = 1): Uint8Array {
  const b = bufferOpt(value);
  if (b !== undefined && !isStr(value)) {
    if (bufferItemSize(value) !== itemsize) {
      raiseValueError("lhs and rhs should be compatible");
    }
    return b;
  }
  if (isInt(value) || isStr(value)) {
    raiseTypeError(
      "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
    );
  }
  return bytesFrom(value, "bytearray");
}

function bytearraySetItem(self: PyByteArray, index: any, value: any): void {
  if (index instanceof PySlice) {
    const src = sourceBytes(value);
    const [start, stop, step, len] = sliceIndices(index, self.data.length);
    if (step === 1) {
      self.splice(start, Math.max(start, stop), src);
      return;
    }
    if (src.length !== len) {
      raiseValueError(
        `attempt to assign bytes of size ${src.length} to extended slice of size ${len}`,
      );
    }
    const copy = src.slice();
    for (let i = 0, j = start; i < len; i++, j += step) self.data[j] = copy[i];
    return;
  }
  const i = normIndex(index, self.data.length, "bytearray");
  if (typeof value === "number" && (value | 0) === value) {
    self.data[i] = value;
  } else setTypedItem(self.data, "B", i, value);
}

function bytearrayDelItem(self: PyByteArray, index: any): void {
  const data = self.data;
  if (index instanceof PySlice) {
    const [start, stop, step, len] = sliceIndices(index, data.length);
    if (step === 1) {
      if (stop > start) self.splice(start, stop, new Uint8Array(0));
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
    const kept = data.filter((_, k) => !drop.has(k));
    self.splice(0, data.length, kept);
    return;
  }
  const i = normIndex(index, data.length, "bytearray");
  self.splice(i, i + 1, new Uint8Array(0));
}

/** Compares byte strings: negative, zero or positive. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function cmpResult(op: number, c: number): boolean {
  switch (op) {
    case Op.Lt:
      return c < 0;
    case Op.Le:
      return c <= 0;
    case Op.Gt:
      return c > 0;
    case Op.Ge:
      return c >= 0;
    case Op.Eq:
      return c === 0;
    default:
      return c !== 0;
  }
}

function isBytesLike(x: any): boolean {
  return x instanceof PyBytes || x instanceof PyByteArray ||
    x instanceof PyMemoryView;
}

function repeat(data: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(data.length * n);
  for (let i = 0; i < n; i++) out.set(data, i * data.length);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function bytesBinaryOp(op: number, lhs: Bytesish, rhs: any): any {
  const isArray = lhs instanceof PyByteArray;
  const make = (
    d: Uint8Array,
  ) => (isArray ? new PyByteArray(d) : new PyBytes(d));
  switch (op) {
    case Op.Add: {
      if (isStr(rhs)) return NotImplemented;
      const b = bufferOpt(rhs);
      if (b === undefined) return NotImplemented;
      return make(concat(lhs.data, b));
    }
    case Op.Mul:
    case Op.Mul + 200: {
      const n = seqRepeatCount(rhs);
      if (n === undefined) return NotImplemented;
      return make(repeat(lhs.data, n));
    }
    case Op.Mod:
      return make(percentFormatBytes(lhs.data, rhs));
    case Op.Add + 100: {
      if (!isArray || isStr(rhs)) return NotImplemented;
      const b = bufferOpt(rhs);
      if (b === undefined) return NotImplemented;
      const ba = lhs as PyByteArray;
      ba.splice(ba.data.length, ba.data.length, b);
      return ba;
    }
    case Op.Mul + 100: {
      if (!isArray) return NotImplemented;
      const n = seqRepeatCount(rhs);
      if (n === undefined) return NotImplemented;
      const ba = lhs as PyByteArray;
      ba.splice(0, ba.data.length, repeat(ba.data, n));
      return ba;
    }
    case Op.Eq:
    case Op.Ne:
      if (!isBytesLike(rhs)) return op === Op.Ne;
      return cmpResult(op, compareBytes(lhs.data, rhs.data));
    case Op.Lt:
    case Op.Le:
    case Op.Gt:
    case Op.Ge:
      if (!(rhs instanceof PyBytes || rhs instanceof PyByteArray)) {
        return NotImplemented;
      }
      return cmpResult(op, compareBytes(lhs.data, rhs.data));
  }
  return NotImplemented;
}

/** Finds `needle` in `hay` from `start`, or -1. */
export function findBytes(
  hay: Uint8Array,
  needle: Uint8Array,
  start = 0,
): number {
  const n = needle.length;
  if (n === 0) return start <= hay.length ? start : -1;
  const first = needle[0];
  const last = hay.length - n;
  outer: for (
    let i = hay.indexOf(first, start);
    i >= 0 && i <= last;
    i = hay.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < n; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function bytesContains(self: Bytesish | PyMemoryView, x: any): boolean {
  if (isInt(x)) {
    const v = intValue(x);
    if (v < 0 || v > 255) raiseValueError("bytes value out of range");
    return self.data.includes(Number(v));
  }
  const b = isStr(x) ? undefined : bufferOpt(x);
  if (b === undefined) {
    return raiseTypeError(
      `a bytes-like object is required, not '${typeName(x)}'`,
    );
  }
  return findBytes(self.data, b) >= 0;
}

function bytesHash(self: PyBytes): number {
  const d = self.data;
  let h = 5381;
  for (let i = 0; i < d.length; i++) h = Math.imul(h, 33) ^ d[i];
  return h | 0;
}

/** Iterator over the items of a bytes, bytearray or memoryview (live). */
export class PyBytesIter extends PyObject {
  i = 0;
  constructor(public obj: Bytesish | PyMemoryView) {
    super(bytesIterType);
  }
}

const bytesIterType: PyType = defineType<PyBytesIter>("iterator", {
  iter: (self) => self,
  iterNext(self: PyBytesIter) {
    const o = self.obj;
    if (o instanceof PyMemoryView) {
      if (self.i >= o.length) return STOP;
      return getTypedItem(o.data, o.typecode, self.i++);
    }
    if (self.i >= o.data.length) return STOP;
    return o.data[self.i++];
  },
});

// ------------------------------------------------------------- methods

const BYTES_KIND: TextKind = {
  bytes: true,
  self: (x) => latin1(x.data),
  arg(x) {
    const b = isStr(x) ? undefined : bufferOpt(x);
    if (b === undefined) {
      return raiseTypeError(
        `can't convert '${typeName(x)}' object to bytes implicitly`,
      );
    }
    return latin1(b);
  },
  needle(x) {
    if (isInt(x)) return String.fromCharCode(byteNeedle(x));
    return BYTES_KIND.arg(x);
  },
  wrap: (self, s) =>
    self instanceof PyByteArray
      ? new PyByteArray(fromLatin1(s))
      : new PyBytes(fromLatin1(s)),
  same: (
    self,
  ) => (self instanceof PyBytes && self.type === bytesType ? self : undefined),
  item(x) {
    const b = isStr(x) ? undefined : bufferOpt(x);
    return b === undefined ? undefined : latin1(b);
  },
};

function byteNeedle(x: any): number {
  const v = intValue(x);
  if (v < 0 || v > 255) raiseValueError("bytes value out of range");
  return Number(v);
}

let textMethods: Record<string, PyBuiltin> | null = null;

/** A bytes method delegating to the shared text method `name`. */
function shared(name: string): PyBuiltin {
  return builtinMethodVar(name, (self, args, kw) => {
    textMethods ??= makeTextMethods(BYTES_KIND);
    const m = textMethods[name];
    if (m.kind === BuiltinKind.FIXED) {
      if (kw !== null && kw.size > 0) {
        raiseTypeError("function doesn't take keyword arguments");
      }
      if (args.length < m.min || args.length > m.max) {
        raiseTypeError(
          `function expected at most ${m.max} arguments, got ${args.length}`,
        );
      }
      return m.fn(self, ...args);
    }
    return m.fn(self, args, kw);
  });
}

const SHARED = [
  "count",
  "endswith",
  "find",
  "format",
  "index",
  "isalpha",
  "isdigit",
  "islower",
  "isspace",
  "isupper",
  "join",
  "lower",
  "lstrip",
  "replace",
  "rfind",
  "rindex",
  "rsplit",
  "rstrip",
  "split",
  "startswith",
  "strip",
  "upper",
  "center",
  "partition",
  "rpartition",
  "splitlines",
];

const HEX = "0123456789abcdef";

function hexMethod(self: any, sep?: any, perSep?: any): string {
  const d: Uint8Array = self.data;
  let out = "";
  if (sep === undefined) {
    for (let i = 0; i < d.length; i++) out += HEX[d[i] >> 4] + HEX[d[i] & 15];
    return out;
  }
  const s = isStr(sep) ? strValue(sep) : latin1(bufferOf(sep));
  if (s.length !== 1) raiseValueError("sep must be length 1");
  const n = perSep === undefined ? 1 : toInt(perSep);
  const group = Math.abs(n) || d.length;
  for (let i = 0; i < d.length; i++) {
    const fromEnd = d.length - i;
    const boundary = n >= 0 ? fromEnd % group === 0 : i % group === 0;
    if (i > 0 && boundary) out += s;
    out += HEX[d[i] >> 4] + HEX[d[i] & 15];
  }
  return out;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

function fromHex(cls: PyType, s: any): any {
  const text = isStr(s)
    ? strValue(s)
    : raiseTypeError("fromhex() argument must be str");
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      i++;
      continue;
    }
    const hi = hexValue(c);
    const lo = i + 1 < text.length ? hexValue(text.charCodeAt(i + 1)) : -1;
    if (hi < 0 || lo < 0) raiseValueError("non-hex digit");
    out.push(hi * 16 + lo);
    i += 2;
  }
  const data = new Uint8Array(out);
  if (cls === bytesType) return new PyBytes(data);
  if (cls === bytearrayType) return new PyByteArray(data);
  return callSync(cls, [new PyBytes(data)]);
}

function decodeMethod(self: any, args: any[], kw: KwArgs | null): string {
  let [encoding, errors] = args;
  if (args.length > 2) raiseTypeError("function expected at most 2 arguments");
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] === "encoding" && encoding === undefined) {
        encoding = kw.values[i];
      } else if (kw.names[i] === "errors" && errors === undefined) {
        errors = kw.values[i];
      } else raiseTypeError(`unexpected keyword argument '${kw.names[i]}'`);
    }
  }
  return decodeBytes(
    self.data,
    encoding === undefined ? "utf-8" : strValue(encoding),
    errors === undefined ? "strict" : strValue(errors),
  );
}

function bytesLocals(): Record<string, any> {
  const locals: Record<string, any> = {};
  for (const name of SHARED) locals[name] = shared(name);
  locals.decode = builtinMethodVar("decode", decodeMethod);
  locals.hex = builtinMethod("hex", 0, 2, hexMethod);
  locals.fromhex = new PyClassMethod(builtinMethod("fromhex", 1, 1, fromHex));
  return locals;
}

function append(self: PyByteArray, x: any): null {
  const b = byteWrap(x);
  const n = self.data.length;
  self.resize(n + 1);
  self.data[n] = b;
  return null;
}

function extend(self: PyByteArray, x: any): null {
  const src = isInt(x)
    ? raiseTypeError(`'${typeName(x)}' object isn't iterable`)
    : sourceBytes(x);
  self.splice(self.data.length, self.data.length, src);
  return null;
}

// ---------------------------------------------------------- memoryview

function memoryviewGetItem(self: PyMemoryView, index: any): any {
  const len = self.length;
  if (index instanceof PySlice) {
    const [start, stop, step] = sliceIndices(index, len);
    if (step !== 1) {
      raiseNotImplementedError(
        "only slices with step=1 (aka None) are supported",
      );
    }
    const sz = self.itemsize;
    const end = Math.max(start, stop);
    return new PyMemoryView(
      self.obj,
      self.data.subarray(start * sz, end * sz),
      self.typecode,
      self.readonly,
    );
  }
  return getTypedItem(
    self.data,
    self.typecode,
    normIndex(index, len, "memoryview"),
  );
}

function memoryviewSetItem(self: PyMemoryView, index: any, value: any): void {
  if (self.readonly) {
    raiseTypeError("'memoryview' object doesn't support item assignment");
  }
  const len = self.length;
  if (index instanceof PySlice) {
    const [start, stop, step] = sliceIndices(index, len);
    if (step !== 1) {
      raiseNotImplementedError(
        "only slices with step=1 (aka None) are supported",
      );
    }
    const src = sourceBytes(value, self.itemsize);
    const sz = self.itemsize;
    const end = Math.max(start, stop);
    if (src.length !== (end - start) * sz) {
      raiseValueError("lhs and rhs should be compatible");
    }
    self.data.set(src, start * sz);
    return;
  }
  setTypedItem(
    self.data,
    self.typecode,
    normIndex(index, len, "memoryview"),
    value,
  );
}

function memoryviewBinaryOp(op: number, lhs: PyMemoryView, rhs: any): any {
  if (op !== Op.Eq && op !== Op.Ne) return NotImplemented;
  const b = isStr(rhs) ? undefined : bufferOpt(rhs);
  if (b === undefined) return op === Op.Ne;
  return cmpResult(op, compareBytes(lhs.data, b));
}

// --------------------------------------------------------------- types

/** The `bytes` type. */
export const bytesType: PyType = defineType<PyBytes>("bytes", {
  makeNew: bytesMakeNew,
  repr: (self: PyBytes) => bytesRepr(self.data),
  hash: bytesHash,
  len: (self: PyBytes) => self.data.length,
  binaryOp: bytesBinaryOp,
  iter: (self: PyBytes) => new PyBytesIter(self),
  getItem: bytesGetItem,
  contains: bytesContains,
  buffer: (
    self: PyBytes,
    writable: boolean,
  ) => (writable ? undefined : self.data),
  locals: bytesLocals(),
});
bytesType.immutable = true;

/** The `bytearray` type. */
export const bytearrayType: PyType = defineType<PyByteArray>("bytearray", {
  makeNew: bytearrayMakeNew,
  repr: (self: PyByteArray) =>
    self.type.name + "(" + bytesRepr(self.data) + ")",
  hash: () => raiseTypeError("unsupported type for __hash__: 'bytearray'"),
  len: (self: PyByteArray) => self.data.length,
  binaryOp: bytesBinaryOp,
  iter: (self: PyByteArray) => new PyBytesIter(self),
  getItem: bytesGetItem,
  setItem: bytearraySetItem,
  delItem: bytearrayDelItem,
  contains: bytesContains,
  buffer: (self: PyByteArray) => self.data,
  locals: {
    ...bytesLocals(),
    append: builtinMethod("append", 1, 1, append),
    extend: builtinMethod("extend", 1, 1, extend),
  },
});

/** The `memoryview` type. */
export const memoryviewType: PyType = defineType<PyMemoryView>("memoryview", {
  makeNew: memoryviewMakeNew,
  repr: () => "<memoryview>",
  len: (self: PyMemoryView) => self.length,
  binaryOp: memoryviewBinaryOp,
  iter: (self: PyMemoryView) => new PyBytesIter(self),
  getItem: memoryviewGetItem,
  setItem: memoryviewSetItem,
  buffer: (self: PyMemoryView, writable: boolean) =>
    writable && self.readonly ? undefined : self.data,
  getAttr(self: PyMemoryView, name: string) {
    if (name === "itemsize") return self.itemsize;
    return undefined;
  },
  locals: {
    hex: builtinMethod("hex", 0, 2, hexMethod),
    tobytes: builtinMethod(
      "tobytes",
      0,
      0,
      (self: PyMemoryView) => new PyBytes(self.data.slice()),
    ),
  },
});
memoryviewType.baseType = false;
