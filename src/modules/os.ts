/**
 * The `os` module.
 * TODO(#2): stub, being implemented.
 *
 * @module
 */

import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** The `os` module. */
export const osModule: ModuleFactory = defineModule("os", () => ({}));
