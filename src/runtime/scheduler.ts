/**
 * The driver loop: the one place where a running script awaits. Generated
 * code yields `Suspend` requests up to here; the loop waits for what they
 * ask (a timer, a promise, a turn of the host's event loop) and resumes the
 * script with the result, or throws into it.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { Suspend, SuspendKind } from "./suspend.ts";
import {
  keyboardInterruptType,
  newException,
  runtimeErrorType,
} from "../objects/exception.ts";
import { toPyException } from "./errors.ts";
import { setHeapLimit } from "./heap.ts";
import { resetRegions, SYNC } from "./sync.ts";
import { type Frames, resumeFrames } from "./call.ts";
import type { Interp } from "../state.ts";

/** How the driver waits; a board replaces these with a virtual clock in tests. */
export interface Waiter {
  /** Waits `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** Lets the host's event loop run (timers, I/O) before resuming. */
  yieldTurn(): Promise<void>;
}

/**
 * Runs `f` in a later turn of the event loop, after due timers and I/O,
 * without `setTimeout`'s clamp (~2 ms for chained zero timeouts). A fresh
 * MessageChannel per turn: a port left open would keep the process alive,
 * and `setImmediate` would load Deno's Node compatibility layer (~10 ms of
 * start-up).
 */
function nextTurn(f: () => void): void {
  if (typeof MessageChannel !== "function") {
    setTimeout(f, 0);
    return;
  }
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    ch.port1.close();
    f();
  };
  ch.port2.postMessage(null);
}

/** Real-time waiting on the host's timers. */
export const realWaiter: Waiter = {
  sleep: (ms) =>
    new Promise((r) => ms > 0 ? setTimeout(r, ms) : nextTurn(() => r())),
  yieldTurn: () => new Promise((r) => nextTurn(r)),
};

/** Runs a script's generator to completion, serving its suspension requests. */
export async function drive(
  interp: Interp,
  gen: Generator<any, any, any>,
  waiter: Waiter = realWaiter,
): Promise<any> {
  const frames: Frames = { js: gen, sub: null };
  let send: any = undefined;
  let thrown: any = undefined;
  for (;;) {
    setHeapLimit(interp.config.heapSize, interp.heapLockCount > 0);
    resetRegions();
    let r: IteratorResult<any, any>;
    if (thrown !== undefined) {
      const t = thrown;
      thrown = undefined;
      r = resumeFrames(frames, true, t);
    } else r = resumeFrames(frames, false, send);
    send = undefined;
    if (r.done) return r.value;
    const req = r.value;
    interp.flush();
    if (!(req instanceof Suspend)) {
      thrown = newException(runtimeErrorType, "yield outside a generator");
      continue;
    }
    switch (req.kind) {
      case SuspendKind.TICK:
        await waiter.yieldTurn();
        break;
      case SuspendKind.SLEEP:
        SYNC.epoch++;
        await waiter.sleep(req.arg);
        break;
      case SuspendKind.AWAIT:
        SYNC.epoch++;
        try {
          send = await req.arg;
        } catch (e) {
          thrown = toPyException(e);
        }
        break;
    }
    interp.sliceStart = performance.now();
    interp.budget = 0;
    if (interp.interruptPending && thrown === undefined) {
      interp.interruptPending = false;
      thrown = newException(keyboardInterruptType);
    }
  }
}
