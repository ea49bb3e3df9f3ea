/**
 * The `heapq` module.
 * TODO(#2): stub, being implemented.
 *
 * @module
 */

import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** The `heapq` module. */
export const heapqModule: ModuleFactory = defineModule("heapq", () => ({}));
