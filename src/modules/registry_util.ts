/**
 * Helpers for defining built-in modules.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { PyModule } from "../objects/module.ts";
import type { Interp } from "../state.ts";

/** Creates a module instance for one interpreter. */
export type ModuleFactory = (interp: Interp) => PyModule;

/**
 * Defines a built-in module: `attrs` runs once per interpreter and returns
 * the module's attributes (functions may close over the interpreter).
 */
export function defineModule(
  name: string,
  attrs: (interp: Interp, mod: PyModule) => Record<string, any>,
): ModuleFactory {
  return (interp: Interp) => {
    const m = new PyModule(name);
    for (const [k, v] of Object.entries(attrs(interp, m))) m.attrs.set(k, v);
    return m;
  };
}
