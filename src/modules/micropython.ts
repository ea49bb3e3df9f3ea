/**
 * The `micropython` module. Mirrors MicroPython's `py/modmicropython.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinFn } from "../objects/type.ts";
import { heap as heapState } from "../runtime/heap.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { raiseRuntimeError } from "../runtime/raise.ts";
import type { Interp } from "../state.ts";

/** The `micropython` module. */
export const micropythonModule: ModuleFactory = defineModule(
  "micropython",
  (interp: Interp) => {
    const identity = builtinFn("native", 1, 1, (f: any) => f);
    return {
      const: builtinFn("const", 1, 1, (x: any) => x),
      opt_level: builtinFn("opt_level", 0, 1, (level?: any) => {
        if (level === undefined) return interp.config.optimize;
        interp.config.optimize = Number(level);
        return null;
      }),
      mem_info: builtinFn("mem_info", 0, 1, (verbose?: any) => {
        const total = interp.config.heapSize;
        interp.writeOut(
          `stack: 0 out of 80000\nGC: total: ${total}, used: 0, free: ${total}\n No. of 1-blocks: 0, 2-blocks: 0, max blk sz: 0, max free sz: ${
            total >> 4
          }\n`,
        );
        if (verbose !== undefined) {
          interp.writeOut("GC memory layout; from 0:\n");
        }
        return null;
      }),
      qstr_info: builtinFn("qstr_info", 0, 1, () => {
        interp.writeOut(
          "qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n",
        );
        return null;
      }),
      stack_use: builtinFn("stack_use", 0, 0, () => interp.depth * 64),
      heap_lock: builtinFn("heap_lock", 0, 0, () => {
        interp.heapLockCount++;
        heapState.locked = true;
        return null;
      }),
      heap_unlock: builtinFn("heap_unlock", 0, 0, () => {
        if (interp.heapLockCount > 0) interp.heapLockCount--;
        heapState.locked = interp.heapLockCount > 0;
        return interp.heapLockCount;
      }),
      heap_locked: builtinFn("heap_locked", 0, 0, () => interp.heapLockCount),
      kbd_intr: builtinFn("kbd_intr", 1, 1, () => null),
      schedule: builtinFn("schedule", 2, 2, (f: any, arg: any) => {
        if (!interp.schedule(f, arg)) raiseRuntimeError("schedule queue full");
        return null;
      }),
      native: identity,
      viper: builtinFn("viper", 1, 1, (f: any) => f),
      bytecode: builtinFn("bytecode", 1, 1, (f: any) => f),
      alloc_emergency_exception_buf: builtinFn(
        "alloc_emergency_exception_buf",
        1,
        1,
        () => null,
      ),
      __name__: "micropython",
    };
  },
);
