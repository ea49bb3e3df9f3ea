/**
 * The one table of built-in modules every port starts from. Ports add their
 * own modules through `Port.modules`; hosts through `BoardOptions.modules`.
 *
 * @module
 */

import type { ModuleFactory } from "./registry_util.ts";
import { builtinsModule } from "./builtins.ts";
import { sysModule } from "./sys.ts";
import { errnoModule } from "./errno.ts";
import { micropythonModule } from "./micropython.ts";
import { gcModule } from "./gc.ts";
import { timeModule } from "./time.ts";
import { ioModule } from "./io.ts";

export type { ModuleFactory };

/** Modules every board has, by import name. */
export function coreModules(): Map<string, ModuleFactory> {
  return new Map<string, ModuleFactory>([
    ["builtins", builtinsModule],
    ["sys", sysModule],
    ["errno", errnoModule],
    ["micropython", micropythonModule],
    ["gc", gcModule],
    ["time", timeModule],
    ["io", ioModule],
  ]);
}
