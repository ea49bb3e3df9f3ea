/**
 * The `struct` module: packing values into bytes by a format string.
 *
 * Mirrors MicroPython's `py/modstruct.c` and `py/binary.c`, including its
 * relaxations of CPython: `unpack` accepts a buffer larger than needed,
 * `pack` accepts fewer arguments than the format has (the rest stay zero)
 * and ignores extra ones, integers are truncated to the field size, and
 * `O` packs a handle to any Python object. Byte order prefixes are
 * `@` (native: little-endian, 64-bit sizes and alignment), `<`, `>`, `!`;
 * `=` is accepted but, as in MicroPython, only with `s` and `x`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinFn, builtinVar, type KwArgs } from "../objects/type.ts";
import { newFloat } from "../objects/float.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyTuple } from "../objects/tuple.ts";
import { isStr, strValue } from "../objects/str.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { normBig, toInt, typeName } from "../runtime/ops.ts";
import { raiseTypeError, raiseValueError } from "../runtime/raise.ts";
import { floatArg } from "./math.ts";
import { readBuffer, writeBuffer } from "./_buffer.ts";
import { checkAlloc } from "../runtime/heap.ts";

/** A parsed format string. */
export interface StructFormat {
  /** Byte order: `@`, `<`, `>` or `=`. */
  order: string;
  /** Type codes, with their repeat counts in `counts`. */
  codes: string[];
  counts: number[];
  /** Packed size in bytes. */
  size: number;
  /** Number of values packed / unpacked. */
  nItems: number;
}

/** Item sizes of the standard (`<`, `>`) layout. */
const STANDARD_SIZES: Record<string, number> = {
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  e: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  f: 4,
  q: 8,
  Q: 8,
  P: 8,
  O: 8,
  S: 8,
  d: 8,
};

/** Item sizes of the native (`@`) layout: C longs are 8 bytes here. */
const NATIVE_SIZES: Record<string, number> = { ...STANDARD_SIZES, l: 8, L: 8 };

/**
 * The size of one item (`mp_binary_get_size`); ValueError for a bad code.
 * Native (`@`) items are aligned to their size; standard ones are packed.
 */
function itemSize(order: string, code: string): number {
  const native = order === "@";
  const size = native || order === "<" || order === ">"
    ? Object.hasOwn(NATIVE_SIZES, code)
      ? (native ? NATIVE_SIZES : STANDARD_SIZES)[code]
      : 0
    : 0;
  if (size === 0) raiseValueError("bad typecode");
  return size;
}

/** Position `p` aligned for an item of `size` (native order only). */
function align(order: string, size: number, base: number, p: number): number {
  return order === "@" ? base + Math.ceil((p - base) / size) * size : p;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Parses a format string (`calc_size_items`). */
export function parseFormat(fmt: string): StructFormat {
  let i = 0;
  let order = "@";
  const c0 = fmt[0];
  if (c0 === "!") {
    order = ">";
    i = 1;
  } else if (c0 === "@" || c0 === "=" || c0 === "<" || c0 === ">") {
    order = c0;
    i = 1;
  }
  const codes: string[] = [];
  const counts: number[] = [];
  let size = 0;
  let nItems = 0;
  while (i < fmt.length) {
    let cnt = 1;
    if (isDigit(fmt.charCodeAt(i))) {
      let j = i;
      while (j < fmt.length && isDigit(fmt.charCodeAt(j))) j++;
      cnt = parseInt(fmt.slice(i, j), 10);
      i = j;
    }
    const code = i < fmt.length ? fmt[i] : "\0";
    if (code === "x") size += cnt;
    else if (code === "s") {
      nItems += 1;
      size += cnt;
    } else {
      nItems += cnt;
      const sz = itemSize(order, code);
      for (let k = 0; k < cnt; k++) size = align(order, sz, 0, size) + sz;
    }
    codes.push(code);
    counts.push(cnt);
    i++;
  }
  return { order, codes, counts, size, nItems };
}

/** Encodes a float as IEEE half precision, exactly as MicroPython's `mp_encode_half_float`. */
export function encodeHalf(x: number): number {
  const f32 = new Float32Array([x]);
  const bits = new Uint32Array(f32.buffer)[0];
  let m = (bits >>> 13) & 0x3ff;
  if (bits & (1 << 12)) m++;
  let e = (bits >>> 23) & 0xff;
  if (e === 0xff) e = 0x1f;
  else if (e !== 0) {
    e -= 127 - 15;
    if (e < 0) {
      if (e >= -11) {
        m = (m | 0x400) >> -e;
        m = m & 1 ? (m >> 1) + 1 : m >> 1;
      } else m = 0;
      e = 0;
    } else if (e > 0x3f) {
      e = 0x1f;
      m = 0;
    }
  }
  return (((bits >>> 16) & 0x8000) | (e << 10) | m) & 0xffff;
}

/** Decodes an IEEE half-precision value. */
export function decodeHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/**
 * Handles of objects packed with the `O` code, per interpreter. Objects
 * are held weakly (a handle to a collected object is invalid, as a dangling
 * pointer would be in MicroPython); other values are held by value.
 */
export class ObjectTable {
  private next = 1;
  private ids = new WeakMap<object, number>();
  private valueIds = new Map<any, number>();
  private byId = new Map<number, WeakRef<object> | { value: any }>();

  /** The handle of `v` (the same one each time for the same object). */
  handle(v: any): number {
    const isObj = v !== null && typeof v === "object";
    let id = isObj ? this.ids.get(v) : this.valueIds.get(v);
    if (id === undefined) {
      id = this.next++;
      if (isObj) {
        this.ids.set(v, id);
        this.byId.set(id, new WeakRef(v));
      } else {
        this.valueIds.set(v, id);
        this.byId.set(id, { value: v });
      }
    }
    return id;
  }

  /** The object of a handle, or undefined. */
  get(id: number): any {
    const e = this.byId.get(id);
    if (e === undefined) return undefined;
    return e instanceof WeakRef ? e.deref() : e.value;
  }
}

function intToStore(v: any): number | bigint {
  // MicroPython truncates exact ints; anything else goes through mp_obj_get_int
  if ((typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint") {
    return v;
  }
  return toInt(v);
}

/** Writes an integer of `size` bytes (truncating) at `p`. */
function setInt(
  dv: DataView,
  p: number,
  size: number,
  v: number | bigint,
  le: boolean,
): void {
  if (size === 8) {
    dv.setBigUint64(p, BigInt.asUintN(64, BigInt(v)), le);
    return;
  }
  const n = typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : v;
  switch (size) {
    case 1:
      dv.setUint8(p, n & 0xff);
      return;
    case 2:
      dv.setUint16(p, n & 0xffff, le);
      return;
    default:
      dv.setUint32(p, n >>> 0, le);
  }
}

/** Packs one value (`mp_binary_set_val`); returns the position after it. */
function setVal(
  order: string,
  code: string,
  v: any,
  dv: DataView,
  base: number,
  p: number,
  objects: ObjectTable,
): number {
  const size = itemSize(order, code);
  p = align(order, size, base, p);
  const le = order !== ">";
  switch (code) {
    case "e":
      dv.setUint16(p, encodeHalf(floatArg(v)), le);
      break;
    case "f":
      dv.setFloat32(p, floatArg(v), le);
      break;
    case "d":
      dv.setFloat64(p, floatArg(v), le);
      break;
    case "O": {
      const id = objects.handle(v);
      setInt(dv, p, size, id, le);
      break;
    }
    default:
      setInt(dv, p, size, intToStore(v), le);
  }
  return p + size;
}

/** Where the item `getVal` read last ended (no pair allocated per item). */
let after = 0;

/** Unpacks one value (`mp_binary_get_val`); its end goes to `after`. */
function getVal(
  order: string,
  code: string,
  dv: DataView,
  base: number,
  p: number,
  objects: ObjectTable,
): any {
  const size = itemSize(order, code);
  p = align(order, size, base, p);
  const le = order !== ">";
  let v: any;
  switch (code) {
    case "b":
      v = dv.getInt8(p);
      break;
    case "B":
      v = dv.getUint8(p);
      break;
    case "h":
      v = dv.getInt16(p, le);
      break;
    case "H":
      v = dv.getUint16(p, le);
      break;
    case "e":
      v = newFloat(decodeHalf(dv.getUint16(p, le)));
      break;
    case "f":
      v = newFloat(dv.getFloat32(p, le));
      break;
    case "d":
      v = newFloat(dv.getFloat64(p, le));
      break;
    case "O":
    case "S": {
      const id = Number(dv.getBigUint64(p, le));
      v = objects.get(id);
      if (v === undefined || (code === "S" && !isStr(v))) {
        raiseValueError("invalid object handle");
      }
      break;
    }
    default:
      if (size === 4) {
        v = code === "i" || code === "l"
          ? dv.getInt32(p, le)
          : dv.getUint32(p, le);
      } else {
        v = normBig(
          code === "q" || code === "l"
            ? dv.getBigInt64(p, le)
            : dv.getBigUint64(p, le),
        );
      }
  }
  after = p + size;
  return v;
}

function formatArg(x: any): string {
  if (isStr(x)) return strValue(x);
  if (x instanceof PyBytes) {
    return String.fromCharCode(...x.data);
  }
  return raiseTypeError(
    `can't convert '${typeName(x)}' object to str implicitly`,
  );
}

function dataView(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** Packs `args` into `buf` at `offset` (the caller checked the room). */
function packInto(
  f: StructFormat,
  buf: Uint8Array,
  offset: number,
  args: any[],
  first: number,
  objects: ObjectTable,
): void {
  const dv = dataView(buf);
  let p = offset;
  let i = first;
  const n = args.length;
  for (let k = 0; k < f.codes.length && i < n; k++) {
    const code = f.codes[k];
    const cnt = f.counts[k];
    if (code === "x") {
      buf.fill(0, p, p + cnt);
      p += cnt;
    } else if (code === "s") {
      const src = readBuffer(args[i++]);
      const len = Math.min(cnt, src.length);
      buf.set(src.subarray(0, len), p);
      buf.fill(0, p + len, p + cnt);
      p += cnt;
    } else {
      for (let j = 0; j < cnt && i < n; j++) {
        p = setVal(f.order, code, args[i++], dv, offset, p, objects);
      }
    }
  }
}

function unpackFrom(
  f: StructFormat,
  data: any,
  offsetArg: any,
  objects: ObjectTable,
): PyTuple {
  const buf = readBuffer(data);
  let offset = 0;
  if (offsetArg !== undefined) {
    offset = toInt(offsetArg);
    if (offset < 0) {
      offset += buf.length;
      if (offset < 0) raiseValueError("buffer too small");
    }
  }
  if (offset + f.size > buf.length) raiseValueError("buffer too small");
  const dv = dataView(buf);
  const out: any[] = [];
  let p = offset;
  for (let k = 0; k < f.codes.length; k++) {
    const code = f.codes[k];
    const cnt = f.counts[k];
    if (code === "x") p += cnt;
    else if (code === "s") {
      out.push(new PyBytes(buf.slice(p, p + cnt)));
      p += cnt;
    } else {
      for (let j = 0; j < cnt; j++) {
        out.push(getVal(f.order, code, dv, offset, p, objects));
        p = after;
      }
    }
  }
  return new PyTuple(out);
}

function noKw(kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) {
    raiseTypeError("function doesn't take keyword arguments");
  }
}

/** The `struct` module. */
export const structModule: ModuleFactory = defineModule("struct", () => {
  const cache = new Map<string, StructFormat>();
  const objects = new ObjectTable();
  const format = (x: any): StructFormat => {
    const s = formatArg(x);
    let f = cache.get(s);
    if (f === undefined) {
      f = parseFormat(s);
      if (cache.size > 256) cache.clear();
      cache.set(s, f);
    }
    return f;
  };
  const unpack = (name: string) =>
    builtinFn(
      name,
      2,
      3,
      (fmt: any, data: any, offset?: any) =>
        unpackFrom(format(fmt), data, offset, objects),
    );
  return {
    calcsize: builtinFn("calcsize", 1, 1, (fmt: any) => format(fmt).size),
    pack: builtinVar("pack", (args: any[], kw: KwArgs | null) => {
      noKw(kw);
      if (args.length < 1) {
        raiseTypeError("function missing 1 required positional arguments");
      }
      const f = format(args[0]);
      checkAlloc(f.size);
      const buf = new Uint8Array(f.size);
      packInto(f, buf, 0, args, 1, objects);
      return new PyBytes(buf);
    }),
    pack_into: builtinVar("pack_into", (args: any[], kw: KwArgs | null) => {
      noKw(kw);
      if (args.length < 3) {
        raiseTypeError(
          `function missing ${3 - args.length} required positional arguments`,
        );
      }
      const buf = writeBuffer(args[1]);
      let offset = toInt(args[2]);
      if (offset < 0) {
        offset += buf.length;
        if (offset < 0) raiseValueError("buffer too small");
      }
      const f = format(args[0]);
      if (offset + f.size > buf.length) raiseValueError("buffer too small");
      packInto(f, buf, offset, args, 3, objects);
      return null;
    }),
    unpack: unpack("unpack"),
    unpack_from: unpack("unpack_from"),
  };
});
