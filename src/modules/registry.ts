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
import { mathModule } from "./math.ts";
import { cmathModule } from "./cmath.ts";
import { randomModule } from "./random.ts";
import { heapqModule } from "./heapq.ts";
import { binasciiModule } from "./binascii.ts";
import { structModule } from "./struct.ts";
import { arrayModule } from "./array.ts";
import { collectionsModule } from "./collections.ts";
import { jsonModule } from "./json.ts";
import { reModule } from "./re.ts";

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
    ["math", mathModule],
    ["cmath", cmathModule],
    ["random", randomModule],
    ["heapq", heapqModule],
    ["binascii", binasciiModule],
    ["struct", structModule],
    ["array", arrayModule],
    ["collections", collectionsModule],
    ["json", jsonModule],
    ["re", reModule],
  ]);
}
