/**
 * The `gc` module. The JS engine collects garbage on its own; `mem_free`
 * and `mem_alloc` report the board's accounted heap.
 *
 * @module
 */

import { builtinFn } from "../objects/type.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import type { Interp } from "../state.ts";

/** The `gc` module. */
export const gcModule: ModuleFactory = defineModule("gc", (interp: Interp) => {
  let enabled = true;
  let threshold = -1;
  return {
    collect: builtinFn("collect", 0, 0, () => null),
    enable: builtinFn("enable", 0, 0, () => {
      enabled = true;
      return null;
    }),
    disable: builtinFn("disable", 0, 0, () => {
      enabled = false;
      return null;
    }),
    isenabled: builtinFn("isenabled", 0, 0, () => enabled),
    mem_free: builtinFn(
      "mem_free",
      0,
      0,
      () => Math.max(0, interp.config.heapSize - interp.heapUsed()),
    ),
    mem_alloc: builtinFn("mem_alloc", 0, 0, () => interp.heapUsed()),
    threshold: builtinFn("threshold", 0, 1, (n?: number) => {
      if (n === undefined) return threshold < 0 ? -1 : threshold * 16;
      threshold = n < 0 ? -1 : Math.floor(n / 16);
      return null;
    }),
  };
});
