/**
 * The `binascii` module.
 * TODO(#2): stub, being implemented.
 *
 * @module
 */

import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** The `binascii` module. */
export const binasciiModule: ModuleFactory = defineModule("binascii", () => ({}));
