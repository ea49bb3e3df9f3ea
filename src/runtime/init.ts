/**
 * One-time set-up of the shared, immutable built-in types: slots and method
 * tables that live in other files than their type (to keep module load
 * order free of cycles). Idempotent.
 *
 * @module
 */

import { addLocals } from "../objects/type.ts";
import { setupClasses } from "../objects/class.ts";
import { strType } from "../objects/str.ts";
import { strMethods } from "../objects/str_methods.ts";
import { setExceptionFormatters } from "../objects/exception.ts";
import {
  exceptionRepr,
  exceptionStr,
  setupExceptionAttrs,
} from "./exc_format.ts";

const done = { value: false };

/** Installs late-bound slots and method tables into the built-in types. */
export function setupEngine(): void {
  if (done.value) return;
  done.value = true;
  setupClasses();
  addLocals(strType, strMethods);
  setExceptionFormatters(exceptionRepr, exceptionStr);
  setupExceptionAttrs();
}
