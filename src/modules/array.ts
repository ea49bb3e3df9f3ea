/**
 * The `array` module.
 * TODO(#2): stub, being implemented.
 *
 * @module
 */

import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** The `array` module. */
export const arrayModule: ModuleFactory = defineModule("array", () => ({}));
