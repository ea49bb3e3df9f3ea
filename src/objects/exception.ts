/**
 * Exceptions: `BaseException` and the built-in hierarchy.
 *
 * Mirrors MicroPython's `py/objexcept.c`. An exception instance is thrown as
 * a JS value directly (not wrapped in an `Error`), so raising is cheap; its
 * traceback is collected as frames unwind.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { defineType, KwArgs, PyObject, PyType } from "./type.ts";
import { PyTuple } from "./tuple.ts";

/** One traceback line: file, line and function name. */
export interface TbEntry {
  file: string;
  line: number;
  name: string;
}

/** An instance of `BaseException` or a subclass. */
export class PyException extends PyObject {
  declare args: PyTuple;
  /** Traceback entries, innermost first (appended while unwinding). */
  declare tb: TbEntry[];
  declare cause: any;
  declare context: any;
  /** Code and call depth of the frame that added the last traceback entry. */
  declare tbCi: unknown;
  declare tbDepth: number;
  constructor(type: PyType, args: any[]) {
    super(type);
    this.tb = [];
    this.cause = null;
    this.context = null;
    this.tbCi = null;
    this.tbDepth = -1;
    this.args = new PyTuple(args);
    if (!type.native) this.dict = new Map();
  }
}

/** Options-free constructor used by the runtime: `newException(ValueError, "msg")`. */
export function newException(type: PyType, ...args: any[]): PyException {
  return new PyException(type, args);
}

/** True when `x` is a Python exception instance. */
export function isException(x: unknown): x is PyException {
  return x instanceof PyException;
}

function excMakeNew(type: PyType, args: any[], _kw: KwArgs | null): any {
  return new PyException(type, args);
}

function excRepr(self: PyException): string {
  // repr is filled in by ops.ts (needs repr of the args); see excReprHook.
  return excReprHook(self);
}

let excReprHook: (e: PyException) => string = (e) => e.type.name + "()";
let excStrHook: (e: PyException) => string = () => "";

/** Installs the repr/str implementations (they need `ops.ts`). */
export function setExceptionFormatters(
  repr: (e: PyException) => string,
  str: (e: PyException) => string,
): void {
  excReprHook = repr;
  excStrHook = str;
}

/** `BaseException`. */
export const baseExceptionType: PyType = defineType<PyException>(
  "BaseException",
  {
    makeNew: excMakeNew,
    repr: excRepr,
    str: (self: PyException) => excStrHook(self),
  },
);
baseExceptionType.identityHash = true;

function sub(name: string, base: PyType): PyType {
  return defineType(name, { base });
}

export const systemExitType: PyType = sub("SystemExit", baseExceptionType);
export const keyboardInterruptType: PyType = sub(
  "KeyboardInterrupt",
  baseExceptionType,
);
export const generatorExitType: PyType = sub(
  "GeneratorExit",
  baseExceptionType,
);
export const exceptionType: PyType = sub("Exception", baseExceptionType);
export const stopIterationType: PyType = sub("StopIteration", exceptionType);
export const stopAsyncIterationType: PyType = sub(
  "StopAsyncIteration",
  exceptionType,
);
export const arithmeticErrorType: PyType = sub(
  "ArithmeticError",
  exceptionType,
);
export const overflowErrorType: PyType = sub(
  "OverflowError",
  arithmeticErrorType,
);
export const zeroDivisionErrorType: PyType = sub(
  "ZeroDivisionError",
  arithmeticErrorType,
);
export const assertionErrorType: PyType = sub("AssertionError", exceptionType);
export const attributeErrorType: PyType = sub("AttributeError", exceptionType);
export const eofErrorType: PyType = sub("EOFError", exceptionType);
export const importErrorType: PyType = sub("ImportError", exceptionType);
export const lookupErrorType: PyType = sub("LookupError", exceptionType);
export const indexErrorType: PyType = sub("IndexError", lookupErrorType);
export const keyErrorType: PyType = sub("KeyError", lookupErrorType);
export const memoryErrorType: PyType = sub("MemoryError", exceptionType);
export const nameErrorType: PyType = sub("NameError", exceptionType);
export const osErrorType: PyType = sub("OSError", exceptionType);
export const runtimeErrorType: PyType = sub("RuntimeError", exceptionType);
export const notImplementedErrorType: PyType = sub(
  "NotImplementedError",
  runtimeErrorType,
);
export const syntaxErrorType: PyType = sub("SyntaxError", exceptionType);
export const indentationErrorType: PyType = sub(
  "IndentationError",
  syntaxErrorType,
);
export const typeErrorType: PyType = sub("TypeError", exceptionType);
export const valueErrorType: PyType = sub("ValueError", exceptionType);
export const unicodeErrorType: PyType = sub("UnicodeError", valueErrorType);
export const viperTypeErrorType: PyType = sub("ViperTypeError", exceptionType);

/** Every built-in exception type, by name, for the `builtins` module. */
export const BUILTIN_EXCEPTIONS: PyType[] = [
  baseExceptionType,
  systemExitType,
  keyboardInterruptType,
  generatorExitType,
  exceptionType,
  stopIterationType,
  stopAsyncIterationType,
  arithmeticErrorType,
  overflowErrorType,
  zeroDivisionErrorType,
  assertionErrorType,
  attributeErrorType,
  eofErrorType,
  importErrorType,
  lookupErrorType,
  indexErrorType,
  keyErrorType,
  memoryErrorType,
  nameErrorType,
  osErrorType,
  runtimeErrorType,
  notImplementedErrorType,
  syntaxErrorType,
  indentationErrorType,
  typeErrorType,
  valueErrorType,
  unicodeErrorType,
  viperTypeErrorType,
];
