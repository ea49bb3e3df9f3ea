/**
 * Measures what an idle board costs in JS heap: create boards that have run
 * `pass`, keep them alive, and divide the growth of `heapUsed` by their
 * number. Shared by `memory.ts` and `tests/bench_test.ts`.
 *
 * @module
 */

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type Board, createBoard } from "../mod.ts";

/**
 * A function forcing a full garbage collection: `globalThis.gc` when Deno
 * runs with `--v8-flags=--expose-gc`, else one obtained by setting that flag
 * at run time (through `node:v8`), or `undefined` when neither works.
 */
export function findGc(): (() => void) | undefined {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === "function") return g;
  try {
    setFlagsFromString("--expose-gc");
    const f = runInNewContext("gc");
    return typeof f === "function" ? f as () => void : undefined;
  } catch {
    return undefined;
  }
}

/** The result of {@linkcode measureIdleBoard}. */
export interface IdleBoardCost {
  /** Boards measured. */
  boards: number;
  /** Heap growth per board in bytes. */
  bytesPerBoard: number;
  /** Whether a full garbage collection ran before each heap reading. */
  gc: boolean;
}

/** Creates `k` boards that each ran `pass`, keeps them, and reports the heap cost per board. */
export async function measureIdleBoard(k: number): Promise<IdleBoardCost> {
  const gc = findGc();
  const collect = () => {
    if (gc) { for (let i = 0; i < 2; i++) gc(); }
  };
  // One board first, so that compiled code and module-level caches are not
  // counted as the cost of the measured boards.
  await createBoard("unix").run("pass");
  collect();
  const before = Deno.memoryUsage().heapUsed;
  const boards: Board[] = [];
  for (let i = 0; i < k; i++) {
    const b = createBoard("unix");
    await b.run("pass");
    boards.push(b);
  }
  collect();
  const after = Deno.memoryUsage().heapUsed;
  if (boards.length !== k) throw new Error("Cannot happen: boards were lost");
  return {
    boards: k,
    bytesPerBoard: (after - before) / k,
    gc: gc !== undefined,
  };
}
