/**
 * Raising Python exceptions from TypeScript. Every helper returns `never`.
 * Messages follow MicroPython's wording: lowercase, no final period.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  attributeErrorType,
  indexErrorType,
  keyErrorType,
  memoryErrorType,
  nameErrorType,
  newException,
  notImplementedErrorType,
  osErrorType,
  overflowErrorType,
  PyException,
  runtimeErrorType,
  stopIterationType,
  typeErrorType,
  valueErrorType,
  zeroDivisionErrorType,
} from "../objects/exception.ts";
import type { PyType } from "../objects/type.ts";

/** Raises an instance of `type` with the given args. */
export function raise(type: PyType, ...args: any[]): never {
  throw newException(type, ...args);
}

/** Raises `TypeError(msg)`. */
export function raiseTypeError(msg: string): never {
  throw newException(typeErrorType, msg);
}

/** Raises `ValueError(msg)`. */
export function raiseValueError(msg: string): never {
  throw newException(valueErrorType, msg);
}

/** Raises `IndexError(msg)`. */
export function raiseIndexError(msg: string): never {
  throw newException(indexErrorType, msg);
}

/** Raises `KeyError(key)`. */
export function raiseKeyError(key: any): never {
  throw newException(keyErrorType, key);
}

/** Raises `AttributeError(msg)`. */
export function raiseAttributeError(msg: string): never {
  throw newException(attributeErrorType, msg);
}

/** Raises `NameError("name 'x' isn't defined")`. */
export function raiseNameError(name: string): never {
  throw newException(nameErrorType, `name '${name}' isn't defined`);
}

/** Raises the error for reading a local before assignment. */
export function raiseUnbound(_name: string): never {
  throw newException(
    nameErrorType,
    "local variable referenced before assignment",
  );
}

/** Raises `ZeroDivisionError("divide by zero")`. */
export function raiseZeroDivision(msg = "divide by zero"): never {
  throw newException(zeroDivisionErrorType, msg);
}

/** Raises `OverflowError(msg)`. */
export function raiseOverflowError(msg: string): never {
  throw newException(overflowErrorType, msg);
}

/** Raises `RuntimeError(msg)`. */
export function raiseRuntimeError(msg: string): never {
  throw newException(runtimeErrorType, msg);
}

/** Raises `NotImplementedError(msg)`. */
export function raiseNotImplementedError(msg: string): never {
  throw newException(notImplementedErrorType, msg);
}

/** Raises `MemoryError(msg)`. */
export function raiseMemoryError(msg = "memory allocation failed"): never {
  throw newException(memoryErrorType, msg);
}

/** Raises `OSError(errno)`. */
export function raiseOSError(errno: number, msg?: string): never {
  throw msg === undefined
    ? newException(osErrorType, errno)
    : newException(osErrorType, errno, msg);
}

/** Raises `StopIteration(value)` (no args when value is None). */
export function raiseStopIteration(value: any = null): never {
  throw value === null
    ? newException(stopIterationType)
    : newException(stopIterationType, value);
}

/** True when `e` is a Python exception of type `type` (or a subclass). */
export function isExc(e: unknown, type: PyType): e is PyException {
  return e instanceof PyException && e.type.isSubclass(type);
}
