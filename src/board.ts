/**
 * `createBoard(port, options)`: an interpreter with its own state, running
 * scripts on the host's event loop without blocking it.
 *
 * @module
 */

import { Interp } from "./state.ts";
import { coreModules } from "./modules/registry.ts";
import { MemFs, type Vfs } from "./runtime/vfs.ts";
import { drive, realWaiter, type Waiter } from "./runtime/scheduler.ts";
import { compileSource, instantiate } from "./runtime/exec.ts";
import { exceptionLine, formatTraceback } from "./runtime/exc_format.ts";
import {
  newException,
  PyException,
  runtimeErrorType,
  systemExitType,
} from "./objects/exception.ts";
import { toPyException } from "./runtime/errors.ts";
import { pyRepr } from "./runtime/ops.ts";
import type { Port } from "./port.ts";
import { unixPort } from "../ports/unix/mod.ts";

/** Options of `createBoard`. */
export interface BoardOptions {
  /** Receives text the script prints. @default discard */
  stdout?: (text: string) => void;
  /** Receives tracebacks and stderr text. @default same as stdout */
  stderr?: (text: string) => void;
  /** The filesystem. @default a new empty in-memory filesystem */
  fs?: Vfs;
  /** Maximum call depth. @default 1000 */
  maxDepth?: number;
  /** Milliseconds a script may run before yielding to the event loop. @default 10 */
  sliceMs?: number;
  /** How the board waits (a virtual clock in tests). @default real timers */
  waiter?: Waiter;
  /** Clock in milliseconds. @default performance.now */
  clock?: () => number;
  /** Command-line style arguments (`sys.argv`). @default [] */
  argv?: string[];
  /** Initial `sys.path`. @default ["", "/lib"] */
  path?: string[];
}

/** The outcome of `Board.run`. */
export interface RunResult {
  /** True when the script finished without an uncaught exception. */
  ok: boolean;
  /** The uncaught exception, if any. */
  error?: PythonError;
}

/** An uncaught Python exception, surfaced to the host. */
export class PythonError extends Error {
  constructor(
    /** Python exception type name, e.g. `"ValueError"`. */
    public type: string,
    message: string,
    /** The traceback as MicroPython prints it. */
    public traceback: string,
  ) {
    super(message);
    this.name = "PythonError";
  }
}

/** A running board. */
export class Board {
  readonly interp: Interp;
  private waiter: Waiter;
  /** Settles when the last queued `run`/`eval` has finished. */
  private idle: Promise<void> = Promise.resolve();

  constructor(public readonly port: Port, options: BoardOptions = {}) {
    const out = options.stdout ?? (() => {});
    const err = options.stderr ?? out;
    const modules = coreModules();
    for (const [k, v] of port.modules ?? []) modules.set(k, v);
    const clock = options.clock ?? (() => performance.now());
    const t0 = clock();
    this.waiter = options.waiter ?? realWaiter;
    this.interp = new Interp({
      platform: port.platform,
      machine: port.machine,
      heapSize: port.heapSize,
      maxDepth: options.maxDepth ?? 1000,
      sliceMs: options.sliceMs ?? 10,
      optimize: 0,
      path: options.path ?? ["", "/lib"],
      argv: options.argv ?? [],
      modules,
      frozen: port.frozen ?? new Map(),
      fs: options.fs ?? new MemFs(),
      stdout: out,
      stderr: err,
      ticksMs: () => clock() - t0,
      epochSeconds: () => Date.now() / 1000,
    });
  }

  /**
   * Runs Python source in `__main__`. Resolves when the script ends; an
   * uncaught exception is reported in the result (and printed to stderr).
   * A call made while another script runs on this board waits for it.
   */
  run(source: string, filename = "<stdin>"): Promise<RunResult> {
    return this.exclusive(() => this.runNow(source, filename));
  }

  /**
   * Runs `job` when the board is free: one script runs at a time, as on a
   * real board, so overlapping calls queue instead of sharing engine state.
   */
  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const result = this.idle.then(job);
    this.idle = result.then(() => {}, () => {});
    return result;
  }

  private async runNow(source: string, filename: string): Promise<RunResult> {
    const interp = this.interp;
    try {
      const code = compileSource(source, filename, "exec");
      const main = interp.mainModule();
      await drive(interp, instantiate(interp, code, main.attrs)(), this.waiter);
      return { ok: true };
    } catch (e) {
      const exc = e instanceof PyException ? e : toPyException(e);
      if (exc.type.isSubclass(systemExitType)) return { ok: true };
      const tb = formatTraceback(exc);
      interp.writeErr(tb);
      return {
        ok: false,
        error: new PythonError(exc.type.name, exceptionLine(exc), tb),
      };
    } finally {
      interp.flush();
    }
  }

  /** Evaluates one expression and returns its repr. */
  eval(expr: string): Promise<string> {
    return this.exclusive(() => this.evalNow(expr));
  }

  private async evalNow(expr: string): Promise<string> {
    const interp = this.interp;
    const code = compileSource(expr, "<eval>", "eval");
    const v = await drive(
      interp,
      instantiate(interp, code, interp.mainModule().attrs)(),
      this.waiter,
    );
    return pyRepr(v);
  }

  /** Raises KeyboardInterrupt in the running script at its next check. */
  interrupt(): void {
    this.interp.interruptPending = true;
  }

  /** Stops the running script with an exception after `ms` milliseconds. */
  setTimeLimit(ms: number): void {
    this.interp.deadline = performance.now() + ms;
    this.interp.deadlineError = () =>
      newException(runtimeErrorType, "time limit exceeded");
  }
}

const PORTS: Record<string, Port> = { unix: unixPort };

/** Creates a board from a port name or definition. */
export function createBoard(
  port: string | Port = "unix",
  options: BoardOptions = {},
): Board {
  const p = typeof port === "string" ? PORTS[port] : port;
  if (!p) throw new RangeError(`Cannot create board: unknown port "${port}"`);
  return new Board(p, options);
}
