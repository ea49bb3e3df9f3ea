/**
 * The buffer protocol as the binary modules (`struct`, `binascii`,
 * `array`) use it: `mp_get_buffer_raise` with MicroPython's wording. A
 * `str` is readable as its UTF-8 bytes, as in MicroPython.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { bufferOpt, encodeUtf8 } from "../objects/bytes.ts";
import { isStr, strValue } from "../objects/str.ts";
import { raiseTypeError } from "../runtime/raise.ts";

/** The readable bytes of `x` (TypeError when it has no buffer). */
export function readBuffer(x: any): Uint8Array {
  if (isStr(x)) return encodeUtf8(strValue(x));
  if (x !== null && typeof x === "object") {
    const b = bufferOpt(x);
    if (b !== undefined) return b;
  }
  return raiseTypeError("object with buffer protocol required");
}

/** The writable bytes of `x` (TypeError when it has no writable buffer). */
export function writeBuffer(x: any): Uint8Array {
  if (x !== null && typeof x === "object" && x.type.buffer) {
    const b = x.type.buffer(x, true);
    if (b !== undefined) return b;
  }
  return raiseTypeError("object with buffer protocol required");
}
