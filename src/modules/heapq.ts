/**
 * The `heapq` module: a binary min-heap kept in a plain list.
 *
 * Mirrors MicroPython's `extmod/modheapq.c` (itself modelled on CPython's
 * `heapq.py`): items are compared with `<` only.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinFn } from "../objects/type.ts";
import { PyList } from "../objects/list.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { lt } from "../runtime/ops.ts";
import { raiseIndexError, raiseTypeError } from "../runtime/raise.ts";

function heapOf(x: any): any[] {
  if (!(x instanceof PyList) || x.type !== x.type.nativeBase) {
    return raiseTypeError("heap must be a list");
  }
  return x.items;
}

/** Moves the item at `pos` up towards `start` while it is smaller than its parent. */
function siftDown(heap: any[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (lt(item, parent)) {
      heap[pos] = parent;
      pos = parentPos;
    } else break;
  }
  heap[pos] = item;
}

/** Moves the smaller child up until a leaf is reached, then sifts `item` into place. */
function siftUp(heap: any[], pos: number): void {
  const start = pos;
  const end = heap.length;
  const item = heap[pos];
  for (let child = 2 * pos + 1; child < end; child = 2 * pos + 1) {
    if (child + 1 < end && !lt(heap[child], heap[child + 1])) child += 1;
    heap[pos] = heap[child];
    pos = child;
  }
  heap[pos] = item;
  siftDown(heap, start, pos);
}

/** The `heapq` module. */
export const heapqModule: ModuleFactory = defineModule("heapq", () => ({
  heappush: builtinFn("heappush", 2, 2, (h: any, item: any) => {
    const heap = heapOf(h);
    heap.push(item);
    siftDown(heap, 0, heap.length - 1);
    return null;
  }),
  heappop: builtinFn("heappop", 1, 1, (h: any) => {
    const heap = heapOf(h);
    if (heap.length === 0) raiseIndexError("empty heap");
    const item = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      siftUp(heap, 0);
    }
    return item;
  }),
  heapify: builtinFn("heapify", 1, 1, (h: any) => {
    const heap = heapOf(h);
    for (let i = heap.length >> 1; i > 0;) siftUp(heap, --i);
    return null;
  }),
}));
