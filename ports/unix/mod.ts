/**
 * The `unix` port: a generic board with the unix port's modules, as the
 * `micropython` command line uses.
 *
 * @module
 */

import type { Port } from "../../src/port.ts";
import { extraUnixModules } from "./modules.ts";

/** The unix port definition. */
export const unixPort: Port = {
  name: "unix",
  platform: "linux",
  machine: "linux [Deno] version",
  heapSize: 8 * 1024 * 1024,
  modules: extraUnixModules(),
};

export default unixPort;
