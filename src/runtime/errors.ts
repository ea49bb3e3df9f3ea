/**
 * Turning JS errors that escape engine code into Python exceptions, so a
 * script never sees a raw JS error (DESIGN.md property 5).
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { PyObject, PyType } from "../objects/type.ts";
import { callSync } from "./call.ts";
import {
  baseExceptionType,
  indentationErrorType,
  memoryErrorType,
  newException,
  notImplementedErrorType,
  PyException,
  runtimeErrorType,
  syntaxErrorType,
  typeErrorType,
  viperTypeErrorType,
} from "../objects/exception.ts";
import { CompileError } from "../compiler/syntax_error.ts";

/** Set to true (env `MICROPYTS_DEBUG`) to print the JS stack of internal errors. */
export const debugState = { enabled: false };

/** Converts any thrown value into a Python exception. */
export function toPyException(e: any): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof PyType && e.isSubclass(baseExceptionType)) {
    const inst = callSync(e, []);
    if (inst instanceof PyException) return inst;
  }
  if (
    e instanceof PyObject || e === null || typeof e === "number" ||
    typeof e === "string" || typeof e === "boolean" || typeof e === "bigint"
  ) {
    return newException(
      typeErrorType,
      "exceptions must derive from BaseException",
    );
  }
  if (e instanceof CompileError) return compileErrorToPy(e);
  if (e instanceof RangeError || e instanceof SyntaxError) {
    // near the stack's end: no regular expressions here (compiling one can
    // overflow again, which V8 reports as an invalid regular expression)
    const m = e.message;
    if (m.includes("call stack") || m.includes("Stack overflow")) {
      return newException(runtimeErrorType, "maximum recursion depth exceeded");
    }
    if (
      e instanceof RangeError &&
      (m.includes("Invalid array length") ||
        m.includes("Invalid string length") || m.includes("allocation") ||
        m.includes("BigInt"))
    ) {
      return newException(memoryErrorType, "memory allocation failed");
    }
  }
  if (debugState.enabled && e instanceof Error) {
    console.error("[internal error]", e.stack);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return newException(runtimeErrorType, "internal error: " + msg);
}

/** Converts a parser/compiler error into SyntaxError (or its kin). */
export function compileErrorToPy(e: CompileError): PyException {
  const type = e.pyType === "IndentationError"
    ? indentationErrorType
    : e.pyType === "NotImplementedError"
    ? notImplementedErrorType
    : e.pyType === "RuntimeError"
    ? runtimeErrorType
    : e.pyType === "ViperTypeError"
    ? viperTypeErrorType
    : syntaxErrorType;
  const exc = newException(type, e.message);
  if (e.filename !== undefined) {
    exc.tb.push({ file: e.filename, line: e.line, name: e.scope ?? "" });
  }
  return exc;
}
