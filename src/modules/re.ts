/**
 * The `re` module.
 * TODO(#2): stub, being implemented.
 *
 * @module
 */

import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** The `re` module. */
export const reModule: ModuleFactory = defineModule("re", () => ({}));
