/**
 * Suspension requests: what generated code yields up to the board's driver
 * loop (scheduler.ts) when a script must wait. They travel through the same
 * JS `yield` as Python generator values, so they are a class of their own
 * that no Python value is an instance of.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

/** Kinds of suspension. */
export enum SuspendKind {
  /** The time slice ran out: let the host's event loop run, then resume. */
  TICK,
  /** Sleep for `arg` milliseconds (virtual or real clock). */
  SLEEP,
  /** Wait for the promise in `arg`; resume with its value or throw its error. */
  AWAIT,
}

/** A request from running Python code to the driver loop. */
export class Suspend {
  constructor(public kind: SuspendKind, public arg: any = null) {}
}

/** The shared time-slice request. */
export const TICK: Suspend = new Suspend(SuspendKind.TICK);

/** A generator that sleeps `ms` milliseconds and returns None. */
export function* sleepGen(ms: number): Generator<Suspend, null, unknown> {
  yield new Suspend(SuspendKind.SLEEP, ms);
  return null;
}

/** A generator that waits for `p` and returns what it resolves to. */
export function* awaitGen<T>(p: Promise<T>): Generator<Suspend, T, any> {
  return yield new Suspend(SuspendKind.AWAIT, p);
}
