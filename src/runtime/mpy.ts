/**
 * Loading `.mpy` files (precompiled modules).
 * TODO(#2): the format is defined by the mpy-cross issue; until then
 * loading reports an incompatible file.
 *
 * @module
 */

import type { CompiledCode } from "../compiler/codegen.ts";
import { newException, valueErrorType } from "../objects/exception.ts";

/** Parses an .mpy file into compiled code. */
export function loadMpy(_data: Uint8Array, _path: string): CompiledCode {
  throw newException(valueErrorType, "incompatible .mpy file");
}
