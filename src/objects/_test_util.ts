/**
 * Helpers shared by the unit tests of the object files.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { equal, fail } from "node:assert/strict";
import { KwArgs } from "./type.ts";
import { PyException } from "./exception.ts";
import type { PyTuple } from "./tuple.ts";

/** Keyword arguments from a record (null when empty). */
export function kwargs(o: Record<string, any>): KwArgs | null {
  const names = Object.keys(o);
  return names.length ? new KwArgs(names, names.map((n) => o[n])) : null;
}

/** Runs `fn`, expecting a Python exception of type `type` (and message). */
export function raises(fn: () => unknown, type: string, msg = ""): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    equal(e.type.name, type);
    if (msg !== "") equal((e.args as PyTuple).items[0], msg);
    return;
  }
  fail(`expected ${type}`);
}
