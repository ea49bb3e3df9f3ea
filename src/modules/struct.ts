/**
 * The `struct` module.
 * TODO(#2): stub, being implemented.
 *
 * @module
 */

import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** The `struct` module. */
export const structModule: ModuleFactory = defineModule("struct", () => ({}));
