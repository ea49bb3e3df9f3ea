/**
 * What a port supplies: its name, configuration, the modules it adds and
 * the frozen modules it bundles. Ports live under `ports/<name>/`.
 *
 * @module
 */

import type { ModuleFactory } from "./modules/registry_util.ts";

/** A board definition. */
export interface Port {
  /** Port name, e.g. `"unix"`, `"rp2"`. */
  name: string;
  /** `sys.platform`. */
  platform: string;
  /** Machine description (`sys.implementation._machine`). */
  machine: string;
  /** Heap size in bytes. */
  heapSize: number;
  /** Extra built-in modules, by import name. */
  modules?: Map<string, ModuleFactory>;
  /** Frozen Python modules: name → source. */
  frozen?: Map<string, { source: string; isPackage: boolean }>;
}
