/**
 * The `array` module: `array.array`, a typed, growable sequence of numbers
 * stored in one `ArrayBuffer`, exposed through the buffer protocol so that
 * `bytes(a)`, `memoryview(a)`, `struct.pack_into(..., a, ...)` and file
 * `readinto` share its memory.
 *
 * Mirrors MicroPython's `py/objarray.c` (the `array` part) and the typed
 * access of `py/binary.c`: native sizes of the 64-bit unix port (`l`, `L`,
 * `q`, `Q`, `P` are 8 bytes), integers truncated to the item size on store,
 * slices with step 1 only, `+`/`+=`/`extend` accepting any buffer, and
 * comparisons only between compatible binary layouts (else
 * `NotImplementedError`). The MicroPython extension typecode `O` holds
 * arbitrary objects.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  defineType,
  type KwArgs,
  NotImplemented,
  Op,
  PyObject,
  type PyType,
  STOP,
} from "../objects/type.ts";
import { isFloat, newFloat } from "../objects/float.ts";
import {
  bufferOpt,
  PyByteArray,
  PyBytes,
  PyMemoryView,
} from "../objects/bytes.ts";
import { PySlice, sliceIndices } from "../objects/slice.ts";
import { isStr, strValue } from "../objects/str.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import {
  getIter,
  isInt,
  iterNext,
  normBig,
  pyRepr,
  toIndex,
  toInt,
  typeName,
  typeOf,
} from "../runtime/ops.ts";
import {
  raise,
  raiseIndexError,
  raiseNotImplementedError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { notImplementedErrorType } from "../objects/exception.ts";
import { floatArg } from "./math.ts";
import { readBuffer } from "./_buffer.ts";
import { checkAlloc } from "../runtime/heap.ts";

type TypedView =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

/** Item size of each supported typecode (MicroPython's `'@'` sizes). */
const ITEM_SIZE: Record<string, number> = {
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  P: 8,
  O: 8,
  S: 8,
  f: 4,
  d: 8,
};

/** Item size of an array typecode; ValueError `bad typecode` otherwise. */
export function arrayItemSize(typecode: string): number {
  const n = Object.hasOwn(ITEM_SIZE, typecode) ? ITEM_SIZE[typecode] : 0;
  if (n === 0) raiseValueError("bad typecode");
  return n;
}

function makeView(typecode: string, buf: ArrayBuffer): TypedView {
  switch (typecode) {
    case "b":
      return new Int8Array(buf);
    case "B":
      return new Uint8Array(buf);
    case "h":
      return new Int16Array(buf);
    case "H":
      return new Uint16Array(buf);
    case "i":
      return new Int32Array(buf);
    case "I":
      return new Uint32Array(buf);
    case "l":
    case "q":
    case "P": // read back as a signed machine word, as MicroPython does
      return new BigInt64Array(buf);
    case "f":
      return new Float32Array(buf);
    case "d":
      return new Float64Array(buf);
    default: // L Q O S
      return new BigUint64Array(buf);
  }
}

/** An `array.array` instance. */
export class PyArray extends PyObject {
  /** Item size in bytes. */
  itemsize: number;
  /** Number of items. */
  len = 0;
  /** The storage (capacity may exceed `len`). */
  store: ArrayBuffer;
  /** Typed view over the whole storage. */
  view: TypedView;
  /** The bytes of the live items: `len * itemsize` bytes of `store`. */
  data: Uint8Array;
  /** The objects of an `O` array (its bytes stay zero). */
  objs: any[] | null;

  constructor(public typecode: string, n = 0) {
    super(arrayType);
    this.itemsize = arrayItemSize(typecode);
    checkAlloc(n * this.itemsize);
    this.store = new ArrayBuffer(n * this.itemsize);
    this.view = makeView(typecode, this.store);
    this.len = n;
    this.data = new Uint8Array(this.store, 0, n * this.itemsize);
    this.objs = typecode === "O" ? new Array(n).fill(0) : null;
  }

  /** Sets the number of items, growing the storage when needed (new items are 0). */
  resize(n: number): void {
    const sz = this.itemsize;
    if (n * sz > this.store.byteLength) {
      checkAlloc(n * sz);
      const cap = Math.max(n, this.len + (this.len >> 1), 4);
      const store = new ArrayBuffer(cap * sz);
      new Uint8Array(store).set(this.data);
      this.store = store;
      this.view = makeView(this.typecode, store);
    } else if (n > this.len) {
      new Uint8Array(this.store, this.len * sz, (n - this.len) * sz).fill(0);
    }
    if (this.objs !== null) {
      if (n > this.len) {
        for (let i = this.len; i < n; i++) this.objs.push(0);
      } else this.objs.length = n;
    }
    this.len = n;
    this.data = new Uint8Array(this.store, 0, n * sz);
  }

  /** Item `i` as a Python value (`mp_binary_get_val_array`). */
  get(i: number): any {
    const tc = this.typecode;
    if (tc === "f" || tc === "d") return newFloat(this.view[i] as number);
    if (this.objs !== null) return this.objs[i];
    const v = this.view[i];
    return typeof v === "bigint" ? normBig(v) : v;
  }

  /** Stores a Python value as item `i` (`mp_binary_set_val_array`). */
  set(i: number, v: any): void {
    const tc = this.typecode;
    if (tc === "f" || tc === "d") {
      (this.view as Float64Array)[i] = floatArg(v);
      return;
    }
    if (this.objs !== null) {
      this.objs[i] = v;
      return;
    }
    // exact ints are truncated to the item size; others go through mp_obj_get_int
    const x: number | bigint =
      (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint"
        ? v
        : toInt(v);
    if (this.itemsize === 8) {
      (this.view as BigInt64Array)[i] = typeof x === "bigint" ? x : BigInt(x);
    } else {
      (this.view as Int32Array)[i] = typeof x === "bigint"
        ? Number(BigInt.asIntN(32, x))
        : x;
    }
  }

  /** Appends one value. */
  push(v: any): void {
    const n = this.len;
    this.resize(n + 1);
    try {
      this.set(n, v);
    } catch (e) {
      this.resize(n);
      throw e;
    }
  }

  /** Appends raw bytes (rounded down to whole items). */
  pushBytes(src: Uint8Array): void {
    const sz = this.itemsize;
    const count = Math.floor(src.length / sz);
    if (src.buffer === this.store) src = src.slice();
    const n = this.len;
    this.resize(n + count);
    this.data.set(src.subarray(0, count * sz), n * sz);
  }
}

// --------------------------------------------------------------- helpers

function newArray(type: PyType, typecode: string, n = 0): PyArray {
  const a = new PyArray(typecode, n);
  if (type !== arrayType) {
    a.type = type;
    a.dict = new Map();
  }
  return a;
}

/** Length of `x` if it has one (`mp_obj_len_maybe`), else -1. */
function lenMaybe(x: any): number {
  if (typeof x === "string") return -1;
  const t = typeOf(x);
  return t.len ? t.len(x) : -1;
}

/** Appends every item of an iterable (`array_extend_impl` with len 0). */
function extendIter(a: PyArray, x: any): void {
  const it = getIter(x);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return;
    a.push(v);
  }
}

function construct(type: PyType, typecode: string, init: any): PyArray {
  if (
    (init instanceof PyBytes || init instanceof PyByteArray) && init.type.native
  ) {
    const a = newArray(type, typecode);
    a.pushBytes(init.data);
    return a;
  }
  const n = lenMaybe(init);
  if (n < 0) {
    const a = newArray(type, typecode);
    extendIter(a, init);
    return a;
  }
  const a = newArray(type, typecode, n);
  const it = getIter(init);
  for (let i = 0;; i++) {
    const v = iterNext(it);
    if (v === STOP) break;
    if (i < a.len) a.set(i, v);
    else a.push(v);
  }
  return a;
}

function arrayMakeNew(type: PyType, args: any[], kw: KwArgs | null): PyArray {
  if (kw !== null && kw.size > 0) {
    raiseTypeError("function doesn't take keyword arguments");
  }
  if (args.length < 1) {
    raiseTypeError("function missing 1 required positional arguments");
  }
  if (args.length > 2) {
    raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  }
  const tcArg = args[0];
  let typecode: string;
  if (isStr(tcArg)) typecode = strValue(tcArg);
  else if (tcArg instanceof PyBytes) {
    typecode = String.fromCharCode(...tcArg.data.subarray(0, 1));
  } else {return raiseTypeError(
      `can't convert '${typeName(tcArg)}' object to str implicitly`,
    );}
  typecode = typecode.length > 0 ? typecode[0] : "\0";
  if (args.length === 1) return newArray(type, typecode);
  return construct(type, typecode, args[1]);
}

function arrayRepr(self: PyArray): string {
  let out = `array('${self.typecode}'`;
  if (self.len > 0) {
    const parts: string[] = [];
    for (let i = 0; i < self.len; i++) parts.push(pyRepr(self.get(i)));
    out += ", [" + parts.join(", ") + "]";
  }
  return out + ")";
}

function index(self: PyArray, i: any): number {
  let n = typeof i === "number" && Number.isInteger(i)
    ? i
    : toIndex(i, "array");
  if (n < 0) n += self.len;
  if (n < 0 || n >= self.len) raiseIndexError("array index out of range");
  return n;
}

/** [start, stop] of a step-1 slice (NotImplementedError for other steps). */
function fastSlice(self: PyArray, s: PySlice): [number, number] {
  const [start, stop, step] = sliceIndices(s, self.len);
  if (step !== 1) {
    raiseNotImplementedError(
      "only slices with step=1 (aka None) are supported",
    );
  }
  return [start, Math.max(start, stop)];
}

function arrayGetItem(self: PyArray, i: any): any {
  if (i instanceof PySlice) {
    const [start, stop] = fastSlice(self, i);
    const res = new PyArray(self.typecode, stop - start);
    const sz = self.itemsize;
    res.data.set(self.data.subarray(start * sz, stop * sz));
    if (self.objs !== null) res.objs = self.objs.slice(start, stop);
    return res;
  }
  return self.get(index(self, i));
}

function compatError(): never {
  return raiseValueError("lhs and rhs should be compatible");
}

function arraySetItem(self: PyArray, i: any, value: any): void {
  if (!(i instanceof PySlice)) {
    self.set(index(self, i), value);
    return;
  }
  const [start, stop] = fastSlice(self, i);
  const sz = self.itemsize;
  let src: Uint8Array;
  let srcObjs: any[] | null = null;
  if (value instanceof PyArray) {
    if (value.itemsize !== sz) compatError();
    src = value.data;
    srcObjs = value.objs;
  } else if (value instanceof PyByteArray) {
    if (sz !== 1) compatError();
    src = value.data;
  } else if (value instanceof PyMemoryView) {
    if (value.itemsize !== sz) compatError();
    src = value.data;
  } else if (value instanceof PyBytes) {
    if (sz !== 1) compatError();
    src = value.data;
  } else {
    return raiseNotImplementedError("array/bytes required on right side");
  }
  const srcLen = Math.floor(src.length / sz);
  src = src.slice(0, srcLen * sz);
  const oldLen = self.len;
  const newLen = oldLen - (stop - start) + srcLen;
  const tail = self.data.slice(stop * sz);
  const tailObjs = self.objs?.slice(stop) ?? null;
  self.resize(newLen);
  self.data.set(src, start * sz);
  self.data.set(tail, (start + srcLen) * sz);
  if (self.objs !== null) {
    const mid = srcObjs !== null
      ? srcObjs.slice(0, srcLen)
      : new Array(srcLen).fill(0);
    self.objs.splice(start, self.objs.length - start, ...mid, ...tailObjs!);
  }
}

/** The typecode used for comparisons: lowercase, with the unsigned flag. */
function comparisonCode(tc: string): [string, boolean] {
  if (tc <= "Z") return [tc.toLowerCase(), true];
  return [tc, false];
}

/** The buffer and typecode of any buffer-protocol object, or undefined. */
function typedBuffer(x: any): [Uint8Array, string] | undefined {
  if (x instanceof PyArray) return [x.data, x.typecode];
  if (x instanceof PyMemoryView) return [x.data, x.typecode];
  if (isStr(x)) return [readBuffer(x), "B"];
  const b = x !== null && typeof x === "object" ? bufferOpt(x) : undefined;
  return b === undefined ? undefined : [b, "B"];
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function compare(op: number, lhs: PyArray, rhs: any): boolean {
  const r = typedBuffer(rhs);
  if (r === undefined) return op === Op.Ne;
  const [lc, lu] = comparisonCode(lhs.typecode);
  const [rc, ru] = comparisonCode(r[1]);
  const eqOp = op === Op.Eq || op === Op.Ne;
  if (lc !== rc || lc === "f" || lc === "d" || !(eqOp || lu || ru)) {
    return raise(notImplementedErrorType);
  }
  const c = compareBytes(lhs.data, r[0]);
  switch (op) {
    case Op.Eq:
      return c === 0;
    case Op.Ne:
      return c !== 0;
    case Op.Lt:
      return c < 0;
    case Op.Le:
      return c <= 0;
    case Op.Gt:
      return c > 0;
    default:
      return c >= 0;
  }
}

function extend(self: PyArray, x: any): void {
  const b = typedBuffer(x);
  if (b === undefined) {
    extendIter(self, x);
    return;
  }
  self.pushBytes(b[0]);
  if (self.objs !== null && x instanceof PyArray && x.objs !== null) {
    const count = Math.floor(b[0].length / self.itemsize);
    const from = x.objs.slice(0, count);
    for (let i = 0; i < count; i++) self.objs[self.len - count + i] = from[i];
  }
}

function arrayBinaryOp(op: number, lhs: PyArray, rhs: any): any {
  switch (op) {
    case Op.Add: {
      const b = typedBuffer(rhs);
      if (b === undefined) {
        return raiseTypeError("object with buffer protocol required");
      }
      const res = new PyArray(lhs.typecode);
      res.pushBytes(lhs.data);
      if (lhs.objs !== null) res.objs = lhs.objs.slice();
      extend(res, rhs);
      return res;
    }
    case Op.Add + 100:
      extend(lhs, rhs);
      return lhs;
    case Op.Eq:
    case Op.Ne:
      // MicroPython compares an array for equality only with arrays and the
      // types that check other types (bytearray, memoryview); others by identity
      if (
        !(rhs instanceof PyArray || rhs instanceof PyByteArray ||
          rhs instanceof PyMemoryView)
      ) {
        return NotImplemented;
      }
      return compare(op, lhs, rhs);
    case Op.Lt:
    case Op.Le:
    case Op.Gt:
    case Op.Ge:
      return compare(op, lhs, rhs);
  }
  return NotImplemented;
}

function arrayContains(_self: PyArray, x: any): boolean {
  if (typedBuffer(x) !== undefined) return false;
  if (isInt(x) || isFloat(x)) raise(notImplementedErrorType);
  return false;
}

/** Iterator over a live array. */
class PyArrayIterator extends PyObject {
  i = 0;
  constructor(public array: PyArray) {
    super(arrayIteratorType);
  }
}

const arrayIteratorType: PyType = defineType<PyArrayIterator>("iterator", {
  iter: (self: PyArrayIterator) => self,
  iterNext(self: PyArrayIterator) {
    const a = self.array;
    if (self.i >= a.len) return STOP;
    return a.get(self.i++);
  },
});

/** The `array.array` type. */
export const arrayType: PyType = defineType<PyArray>("array", {
  makeNew: arrayMakeNew,
  repr: arrayRepr,
  hash: (self: PyArray) =>
    raiseTypeError(`unsupported type for __hash__: '${self.type.name}'`),
  bool: (self: PyArray) => self.len !== 0,
  len: (self: PyArray) => self.len,
  binaryOp: arrayBinaryOp,
  iter: (self: PyArray) => new PyArrayIterator(self),
  getItem: arrayGetItem,
  setItem: arraySetItem,
  contains: arrayContains,
  buffer: (self: PyArray) => self.data,
  locals: {
    append: builtinMethod("append", 1, 1, (self: PyArray, x: any) => {
      self.push(x);
      return null;
    }),
    extend: builtinMethod("extend", 1, 1, (self: PyArray, x: any) => {
      extend(self, x);
      return null;
    }),
  },
});

/** The `array` module. */
export const arrayModule: ModuleFactory = defineModule("array", () => ({
  array: arrayType,
}));
