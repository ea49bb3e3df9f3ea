/**
 * Heap accounting, as far as a JS-hosted engine can do it: large single
 * allocations (sequence repetition, `bytearray(n)`, growing a list) are
 * checked against the running board's heap size, so a script gets
 * `MemoryError` instead of exhausting the host's memory.
 *
 * The limit is that of the board whose code is running: the driver loop
 * and the CLI set it before running a board's code (JS runs one board at a
 * time, so this is the only module-level state the engine keeps).
 *
 * @module
 */

import { raiseMemoryError } from "./raise.ts";

/** The running board's heap size and lock state (see module doc). */
export const heap = { limit: 8 * 1024 * 1024, locked: false };

/** Sets the heap size of the board about to run. */
export function setHeapLimit(bytes: number, locked = false): void {
  heap.limit = bytes;
  heap.locked = locked;
}

/** Raises MemoryError if the heap is locked (`micropython.heap_lock()`). */
export function checkHeapLock(): void {
  if (heap.locked) raiseMemoryError("memory allocation failed, heap is locked");
}

/** Bytes a list item takes in MicroPython (one machine word). */
export const WORD = 8;

/** Raises MemoryError when an allocation of `bytes` cannot fit the heap. */
export function checkAlloc(bytes: number): void {
  if (heap.locked && bytes > 0) checkHeapLock();
  if (bytes > heap.limit) {
    raiseMemoryError(
      `memory allocation failed, allocating ${Math.floor(bytes)} bytes`,
    );
  }
}
