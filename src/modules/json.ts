/**
 * The `json` module: `dumps`, `dump`, `loads`, `load`.
 *
 * Mirrors MicroPython's `extmod/modjson.c`. Output is what MicroPython's
 * `PRINT_JSON` printing gives: `", "` and `": "` separators (changeable with
 * `separators=`), non-ASCII text as is, floats as their repr (`inf`, `nan`
 * included), tuples as lists, non-str dict keys quoted, and any other object
 * as its repr (no `TypeError`). The parser is MicroPython's permissive one:
 * commas and colons count as whitespace, and every error is
 * `ValueError("syntax error in JSON")` (or the number parser's error).
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { ioBaseType } from "./io.ts";
import { callMethod } from "../runtime/attr.ts";
import { isGen, runSync } from "../runtime/call.ts";
import { isInstance, toInt } from "../runtime/ops.ts";
import { raiseOSError } from "../runtime/raise.ts";
import {
  builtinFn,
  builtinVar,
  KwArgs,
  PyBuiltin,
  PyType,
} from "../objects/type.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple, tupleType } from "../objects/tuple.ts";
import {
  bufferOpt,
  decodeUtf8,
  encodeUtf8,
  PyByteArray,
  PyBytes,
} from "../objects/bytes.ts";
import { floatRepr, newFloat, PyFloat } from "../objects/float.ts";
import { isStr, strValue } from "../objects/str.ts";
import { osErrorType } from "../objects/exception.ts";
import {
  intValue,
  isInt,
  normBig,
  pyRepr,
  strRepr,
  typeName,
} from "../runtime/ops.ts";
import { getAttrOpt } from "../runtime/attr.ts";
import { callSync } from "../runtime/call.ts";
import {
  raise,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";

/** Nesting depth at which `dumps` gives up (MicroPython runs out of C stack). */
const MAX_DEPTH = 1000;

/** A JSON string literal, escaped as MicroPython's `mp_str_print_json`. */
function jsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(start, i);
    start = i + 1;
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += "\\\\";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else out += "\\u" + c.toString(16).padStart(4, "0");
  }
  return out + s.slice(start) + '"';
}

/** True when a user class overrides `__repr__` (it then decides the output). */
function userRepr(x: any): boolean {
  const t: PyType = x.type;
  if (t.native) return false;
  const r = t.lookup("__repr__");
  return r !== undefined && !(r instanceof PyBuiltin);
}

/** Serialises `x` as MicroPython's `mp_obj_print_helper(..., PRINT_JSON)`. */
function dumpValue(
  x: any,
  itemSep: string,
  keySep: string,
  depth: number,
): string {
  switch (typeof x) {
    case "string":
      return jsonString(x);
    case "number":
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case "bigint":
      return String(x);
    case "boolean":
      return x ? "true" : "false";
  }
  if (x === null) return "null";
  if (depth > MAX_DEPTH) raiseRuntimeError("maximum recursion depth exceeded");
  if (userRepr(x)) return pyRepr(x);
  if (isStr(x)) return jsonString(strValue(x));
  if (x instanceof PyFloat) return floatRepr(x.value);
  if (isInt(x)) return String(intValue(x));
  if (x instanceof PyBytes) return jsonString(decodeUtf8(x.data, true));
  if (
    x instanceof PyList ||
    (x instanceof PyTuple && x.type.nativeBase === tupleType)
  ) {
    const parts = x.items.map((v: any) =>
      dumpValue(v, itemSep, keySep, depth + 1)
    );
    return "[" + parts.join(itemSep) + "]";
  }
  if (x instanceof PyDict) {
    const parts: string[] = [];
    for (const [k, v] of x.entries()) {
      let key = dumpValue(k, itemSep, keySep, depth + 1);
      if (!isStr(k) && !(k instanceof PyBytes)) key = '"' + key + '"';
      parts.push(key + keySep + dumpValue(v, itemSep, keySep, depth + 1));
    }
    return "{" + parts.join(itemSep) + "}";
  }
  return pyRepr(x);
}

/** Reads the `separators=` keyword: `[item, key]` separator strings. */
function separators(kw: KwArgs | null): [string, string] {
  let seps: any = null;
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] !== "separators") {
        raiseTypeError("extra keyword arguments given");
      }
      seps = kw.values[i];
    }
  }
  if (seps === null) return [", ", ": "];
  if (!(seps instanceof PyTuple) && !(seps instanceof PyList)) {
    raiseTypeError(`object '${typeName(seps)}' isn't a tuple or list`);
  }
  const items = (seps as PyTuple).items;
  if (items.length !== 2) {
    raiseValueError(`requested length 2 but object has length ${items.length}`);
  }
  return [textOf(items[0]), textOf(items[1])];
}

/** A str (or bytes) argument as JS text. */
function textOf(x: any): string {
  if (isStr(x)) return strValue(x);
  if (x instanceof PyBytes) return decodeUtf8(x.data, true);
  return raiseTypeError(
    `can't convert '${typeName(x)}' object to str implicitly`,
  );
}

function checkArgs(args: any[], n: number): void {
  if (args.length < n) {
    raiseTypeError(
      `function missing ${n - args.length} required positional arguments`,
    );
  }
  if (args.length > n) raiseTypeError("extra positional arguments given");
}

function streamOpNotSupported(): never {
  return raise(osErrorType, "stream operation not supported");
}

/** True for the engine's binary streams (`BytesIO`, files opened with "b"). */
function isBinaryStream(stream: any): boolean {
  return typeof stream === "object" && stream !== null &&
    stream.binary === true &&
    (stream.type.name === "BytesIO" || stream.type.name === "FileIO");
}

function dumps(args: any[], kw: KwArgs | null): string {
  checkArgs(args, 1);
  const [itemSep, keySep] = separators(kw);
  return dumpValue(args[0], itemSep, keySep, 0);
}

function dump(args: any[], kw: KwArgs | null): null {
  checkArgs(args, 2);
  const [itemSep, keySep] = separators(kw);
  const stream = args[1];
  const write = getAttrOpt(stream, "write");
  if (write === undefined) streamOpNotSupported();
  const text = dumpValue(args[0], itemSep, keySep, 0);
  callSync(write, [
    isBinaryStream(stream) ? new PyBytes(encodeUtf8(text)) : text,
  ]);
  return null;
}

// ---------------------------------------------------------------- parsing

function syntaxError(): never {
  return raiseValueError("syntax error in JSON");
}

/** Parses the digits MicroPython's scanner collected for a number. */
function parseNumber(text: string, isFloat: boolean): any {
  if (isFloat) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      raiseValueError("invalid syntax for number");
    }
    return newFloat(Number(text));
  }
  const body = text[0] === "-" ? text.slice(1) : text;
  if (!/^\d+$/.test(body)) {
    raiseValueError(
      `invalid syntax for integer with base 10: ${strRepr(body)}`,
    );
  }
  const v = Number(text);
  return Number.isSafeInteger(v) ? v : normBig(BigInt(text));
}

/** Value of one `\uXXXX` digit, with the C code's unchecked byte arithmetic. */
function hexDigit(c: number): number {
  let d = ((c | 0x20) - 0x30) & 0xff;
  if (d > 9) d = (d - 39) & 0xff;
  return d;
}

/** MicroPython's single-pass, non-recursive JSON parser over a JS string. */
function parse(src: string): any {
  const nul = src.indexOf("\0");
  const s = nul < 0 ? src : src.slice(0, nul);
  const n = s.length;
  let i = 0;
  const stack: any[] = [];
  let top: any = undefined;
  let key: any = undefined;
  for (;;) {
    if (i >= n) syntaxError();
    let next: any;
    let enter = false;
    const cur = s[i++];
    switch (cur) {
      case ",":
      case ":":
      case " ":
      case "\t":
      case "\n":
      case "\r":
        continue;
      case "n":
        if (s.startsWith("ull", i)) {
          i += 3;
          next = null;
        } else syntaxError();
        break;
      case "f":
        if (s.startsWith("alse", i)) {
          i += 4;
          next = false;
        } else syntaxError();
        break;
      case "t":
        if (s.startsWith("rue", i)) {
          i += 3;
          next = true;
        } else syntaxError();
        break;
      case '"': {
        let out = "";
        while (i < n && s[i] !== '"') {
          let c = s[i];
          if (c === "\\") {
            i++;
            c = i < n ? s[i] : "\0";
            switch (c) {
              case "b":
                c = "\b";
                break;
              case "f":
                c = "\f";
                break;
              case "n":
                c = "\n";
                break;
              case "r":
                c = "\r";
                break;
              case "t":
                c = "\t";
                break;
              case "u": {
                let num = 0;
                for (let k = 0; k < 4; k++) {
                  i++;
                  num = (num << 4) | hexDigit(i < n ? s.charCodeAt(i) : 0);
                }
                c = String.fromCodePoint(num > 0x10ffff ? 0xfffd : num);
                break;
              }
            }
          }
          out += c;
          i++;
        }
        if (i >= n) syntaxError();
        i++;
        next = out;
        break;
      }
      case "-":
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9": {
        const start = i - 1;
        let isFloat = false;
        while (i < n) {
          const c = s[i];
          if (c === "." || c === "E" || c === "e") isFloat = true;
          else if (!(c === "+" || c === "-" || (c >= "0" && c <= "9"))) break;
          i++;
        }
        next = parseNumber(s.slice(start, i), isFloat);
        break;
      }
      case "[":
        next = new PyList([]);
        enter = true;
        break;
      case "{":
        next = newDict();
        enter = true;
        break;
      case "}":
      case "]":
        if (top === undefined) syntaxError();
        if (stack.length === 0) return finish(s, i, top);
        top = stack.pop();
        continue;
      default:
        syntaxError();
    }
    if (top === undefined) {
      top = next;
      if (!enter) return finish(s, i, top);
    } else {
      if (top instanceof PyList) top.items.push(next);
      else if (key === undefined) {
        key = next;
        if (enter) syntaxError();
      } else {
        (top as PyDict).setItem(key, next);
        key = undefined;
      }
      if (enter) {
        stack.push(top);
        top = next;
      }
    }
  }
}

/** After a complete value: only whitespace may follow. */
function finish(s: string, i: number, value: any): any {
  if (!/^[ \t\n\r\v\f]*$/.test(s.slice(i))) syntaxError();
  return value;
}

/** The text of a `loads` argument or of what a stream's `read()` returned. */
function sourceText(x: any): string {
  if (isStr(x)) return strValue(x);
  const buf = bufferOpt(x);
  if (buf === undefined) {
    return raiseTypeError("object with buffer protocol required");
  }
  return decodeUtf8(buf, true);
}

function load(stream: any): any {
  if (isInstance(stream, ioBaseType)) {
    // a Python stream: read it through readinto(), a byte at a time as MicroPython does
    const bytes: number[] = [];
    const buf = new PyByteArray(new Uint8Array(1));
    for (;;) {
      const r = callMethodSync(stream, "readinto", [buf]);
      const n = r === null ? 0 : toInt(r);
      if (n > 1) raiseOSError(5);
      if (n === 0) break;
      bytes.push(buf.data[0]);
    }
    return parse(decodeUtf8(new Uint8Array(bytes), true));
  }
  const read = getAttrOpt(stream, "read");
  if (read === undefined) streamOpNotSupported();
  const data = callSync(read, []);
  if (
    data instanceof PyByteArray || isStr(data) || bufferOpt(data) !== undefined
  ) return parse(sourceText(data));
  return raiseTypeError(
    `can't convert '${typeName(data)}' object to str implicitly`,
  );
}

function callMethodSync(o: any, name: string, args: any[]): any {
  const r = callMethod(o, name, args);
  return isGen(r) ? runSync(r) : r;
}

/** The `json` module. */
export const jsonModule: ModuleFactory = defineModule("json", () => ({
  dump: builtinVar("dump", dump),
  dumps: builtinVar("dumps", dumps),
  load: builtinFn("load", 1, 1, load),
  loads: builtinFn("loads", 1, 1, (x: any) => parse(sourceText(x))),
}));
