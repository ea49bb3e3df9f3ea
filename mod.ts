/**
 * MicroPython for Deno: an embeddable, event-driven Python engine.
 *
 * @example
 * ```ts
 * import { createBoard } from "./mod.ts";
 * let out = "";
 * const board = createBoard("unix", { stdout: (s) => (out += s) });
 * await board.run("print(1 + 1)");
 * if (out !== "2\n") throw new Error(out);
 * ```
 *
 * @module
 */

export { Board, createBoard, PythonError } from "./src/board.ts";
export type { BoardOptions, RunResult } from "./src/board.ts";
export type { Port } from "./src/port.ts";
