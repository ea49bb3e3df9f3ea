/**
 * The `json` module.
 * TODO(#2): stub, being implemented.
 *
 * @module
 */

import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** The `json` module. */
export const jsonModule: ModuleFactory = defineModule("json", () => ({}));
