/**
 * Modules only the unix port (the `micropython` command line) offers.
 *
 * @module
 */

import type { ModuleFactory } from "../../src/modules/registry_util.ts";
import { osModule } from "../../src/modules/os.ts";

/** Extra modules of the unix port, by import name. */
export function extraUnixModules(): Map<string, ModuleFactory> {
  return new Map([["os", osModule]]);
}
