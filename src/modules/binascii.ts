/**
 * The `binascii` module: hex and base64 codecs and CRC-32.
 *
 * Mirrors MicroPython's `extmod/modbinascii.c` (and `mp_obj_bytes_hex` /
 * `mp_obj_bytes_fromhex` in `py/objstr.c`), including its lenient base64
 * decoder: characters outside the alphabet are skipped.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinFn, builtinVar, type KwArgs } from "../objects/type.ts";
import { PyBytes } from "../objects/bytes.ts";
import { isStr } from "../objects/str.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { intValue, isInt, toInt, truthy, typeName } from "../runtime/ops.ts";
import { raiseTypeError, raiseValueError } from "../runtime/raise.ts";
import { readBuffer } from "./_buffer.ts";

const HEX = "0123456789abcdef";

function hexlify(data: any, sep?: any): PyBytes {
  const d = readBuffer(data);
  if (d.length === 0) return new PyBytes(new Uint8Array(0));
  let sepByte = -1;
  if (sep !== undefined) {
    let s: Uint8Array;
    if (isStr(sep)) s = readBuffer(sep);
    else if (sep instanceof PyBytes) s = sep.data;
    else {return raiseTypeError(
        `can't convert '${typeName(sep)}' object to str implicitly`,
      );}
    sepByte = s.length > 0 ? s[0] : 0;
  }
  const out = new Uint8Array(d.length * 2 + (sepByte >= 0 ? d.length - 1 : 0));
  let j = 0;
  for (let i = 0; i < d.length; i++) {
    if (i > 0 && sepByte >= 0) out[j++] = sepByte;
    out[j++] = HEX.charCodeAt(d[i] >> 4);
    out[j++] = HEX.charCodeAt(d[i] & 15);
  }
  return new PyBytes(out);
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function unhexlify(data: any): PyBytes {
  const d = readBuffer(data);
  const out = new Uint8Array(d.length >> 1);
  let j = 0;
  for (let i = 0; i < d.length;) {
    const c1 = d[i++];
    if (isSpace(c1)) continue;
    const hi = hexDigit(c1);
    const lo = i < d.length ? hexDigit(d[i++]) : -1;
    if (hi < 0 || lo < 0) raiseValueError("non-hex digit");
    out[j++] = (hi << 4) | lo;
  }
  return new PyBytes(out.slice(0, j));
}

function sextet(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 26;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 52;
  if (c === 0x2b) return 62;
  if (c === 0x2f) return 63;
  return -1;
}

function a2bBase64(data: any): PyBytes {
  const d = readBuffer(data);
  const out = new Uint8Array(Math.floor((d.length * 3) / 4) + 1);
  let len = 0;
  let shift = 0;
  let nbits = 0;
  let hadPad = false;
  for (let i = 0; i < d.length; i++) {
    if (d[i] === 0x3d) {
      if (nbits === 2 || (nbits === 4 && hadPad)) {
        nbits = 0;
        break;
      }
      hadPad = true;
    }
    const s = sextet(d[i]);
    if (s < 0) continue;
    hadPad = false;
    shift = ((shift << 6) | s) & 0xffffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[len++] = (shift >> nbits) & 0xff;
    }
  }
  if (nbits) raiseValueError("incorrect padding");
  return new PyBytes(out.slice(0, len));
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function b2aBase64(args: any[], kw: KwArgs | null): PyBytes {
  if (args.length < 1) {
    raiseTypeError("function missing 1 required positional arguments");
  }
  if (args.length > 2) {
    raiseTypeError("extra positional arguments given");
  }
  let newline = args.length > 1 ? truthy(args[1]) : true;
  if (kw !== null && kw.size > 0) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] !== "newline" || args.length > 1) {
        if (kw.names[i] === "newline") raiseTypeError("argument given twice");
        raiseTypeError("extra keyword arguments given");
      }
      newline = truthy(kw.values[i]);
    }
  }
  const d = readBuffer(args[0]);
  let out = "";
  let i = 0;
  for (; i + 3 <= d.length; i += 3) {
    const n = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] +
      B64[n & 63];
  }
  const rest = d.length - i;
  if (rest === 1) {
    out += B64[d[i] >> 2] + B64[(d[i] & 3) << 4] + "==";
  } else if (rest === 2) {
    const n = (d[i] << 8) | d[i + 1];
    out += B64[n >> 10] + B64[(n >> 4) & 63] + B64[(n & 15) << 2] + "=";
  }
  if (newline) out += "\n";
  const bytes = new Uint8Array(out.length);
  for (let k = 0; k < out.length; k++) bytes[k] = out.charCodeAt(k);
  return new PyBytes(bytes);
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3, as zlib computes it) of `data`, continuing from `crc`. */
export function crc32(data: Uint8Array, crc = 0): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const t = crcTable;
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function truncated32(x: any): number {
  if (isInt(x)) {
    const v = intValue(x);
    return typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : v >>> 0;
  }
  return toInt(x) >>> 0;
}

/** The `binascii` module. */
export const binasciiModule: ModuleFactory = defineModule("binascii", () => ({
  hexlify: builtinFn("hexlify", 1, 2, hexlify),
  unhexlify: builtinFn("unhexlify", 1, 1, unhexlify),
  a2b_base64: builtinFn("a2b_base64", 1, 1, a2bBase64),
  b2a_base64: builtinVar("b2a_base64", b2aBase64),
  crc32: builtinFn("crc32", 1, 2, (data: any, crc?: any) => {
    const d = readBuffer(data);
    return crc32(d, crc === undefined ? 0 : truncated32(crc));
  }),
}));
