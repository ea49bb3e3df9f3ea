/**
 * All interpreter state of one board: builtins, loaded modules, the
 * scheduler counters, output streams and the filesystem. There is no
 * mutable module-level state anywhere else, so two boards never share
 * anything but immutable built-in types.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { PyDict } from "./objects/dict.ts";
import { PyList } from "./objects/list.ts";
import { PyModule } from "./objects/module.ts";
import {
  keyboardInterruptType,
  newException,
  PyException,
} from "./objects/exception.ts";
import { createRuntime } from "./runtime/runtime.ts";
import { Importer } from "./runtime/import.ts";
import type { Vfs } from "./runtime/vfs.ts";
import type { ModuleFactory } from "./modules/registry.ts";
import { setupEngine } from "./runtime/init.ts";
import { callSync } from "./runtime/call.ts";
import { sliceRedo, SYNC, UNWIND } from "./runtime/sync.ts";

/** Default number of loop iterations / calls between time checks. */
export const BUDGET = 1000;
/** Checks between two looks at the clock once the slice is over. */
const SHORT_BUDGET = 64;
/** Milliseconds buffered stdout may wait before a check flushes it. */
const FLUSH_MS = 50;

/** How an interpreter is configured (the port's config merged with options). */
export interface InterpConfig {
  /** `sys.platform`. */
  platform: string;
  /** `sys.implementation._machine` / `os.uname().machine`. */
  machine: string;
  /** Heap size in bytes (for `gc.mem_free` and MemoryError). */
  heapSize: number;
  /** Maximum Python call depth before RuntimeError. */
  maxDepth: number;
  /** Time slice in milliseconds before yielding to the host's event loop. */
  sliceMs: number;
  /**
   * Run plain versions of loop-free functions from their first call instead
   * of learning first (see runtime/sync.ts); for hosts with nothing else on
   * their event loop, such as the CLI. @default false
   */
  plainFirst?: boolean;
  /** `-O` level. */
  optimize: number;
  /** Initial `sys.path`. */
  path: string[];
  /** `sys.argv`. */
  argv: string[];
  /** Built-in modules by name. */
  modules: Map<string, ModuleFactory>;
  /** Frozen Python modules: name → source (or package `__init__`). */
  frozen: Map<string, { source: string; isPackage: boolean }>;
  /** The filesystem visible to `open` and `import`. */
  fs: Vfs;
  /** Writes text to stdout. */
  stdout: (s: string) => void;
  /** Writes raw bytes to stdout (`sys.stdout.buffer`). */
  stdoutBytes?: (b: Uint8Array) => void;
  /** Writes text to stderr. */
  stderr: (s: string) => void;
  /** Reads a line from stdin (without the newline), or null at EOF. */
  readLine?: () => string | null;
  /** Reads raw bytes from stdin, or null at EOF. */
  readBytes?: (n: number) => Uint8Array | null;
  /** Milliseconds since an arbitrary epoch (monotonic). */
  ticksMs: () => number;
  /** Seconds since the Unix epoch (for `time.time`). */
  epochSeconds: () => number;
}

/** The state of one running interpreter. */
export class Interp {
  builtins = new Map<string, any>();
  sysModules = new PyDict();
  /** Built-in modules created so far (they are not in `sys.modules`). */
  builtinModules = new Map<string, PyModule>();
  private main: PyModule | null = null;
  sysPath: PyList;
  sysArgv: PyList;
  rt: Record<string, any>;
  importer: Importer;
  budget = BUDGET;
  depth = 0;
  maxDepth: number;
  excStack: PyException[] = [];
  sliceStart = performance.now();
  sliceMs: number;
  /** Set by `interrupt()`; raised as KeyboardInterrupt at the next tick. */
  interruptPending = false;
  /** Absolute deadline (performance.now() ms) after which the script is stopped. */
  deadline = Infinity;
  /** Exception to raise when the deadline passes (set by the board). */
  deadlineError: (() => PyException) | null = null;
  /** Globals of the code running `exec`/`eval` with a locals dict. */
  currentGlobals: Map<string, any> | null = null;
  /** Host objects registered per interpreter (modules keep their state here). */
  moduleState = new Map<string, any>();
  /** Callbacks from `sys.atexit`. */
  atexit: any = null;
  private outBuf = "";
  /** When stdout was last flushed (`performance.now()`). */
  private flushedAt = 0;

  constructor(public config: InterpConfig) {
    setupEngine();
    this.maxDepth = config.maxDepth;
    this.sliceMs = config.sliceMs;
    this.sysPath = new PyList(config.path.slice());
    this.sysArgv = new PyList(config.argv.slice());
    this.rt = createRuntime(this);
    this.importer = new Importer(this);
    const bm = config.modules.get("builtins")!(this);
    this.builtins = bm.attrs;
    this.moduleState.set("builtins.__import__", bm.attrs.get("__import__"));
    this.moduleState.set(
      "builtins.__build_class__",
      bm.attrs.get("__build_class__"),
    );
    this.builtinModules.set("builtins", bm);
    this.mainModule();
    this.primeSteps();
  }

  /**
   * Takes the rare branch of `step` and `stepSync` a few times before any
   * script runs. V8 compiles a call that has never run as a
   * deoptimization, and it optimizes these two (and inlines them into hot
   * generated code) long before a budget runs out in each: the first real
   * check would then throw that code away. Feedback vectors are allocated
   * after a few calls, hence the repetitions.
   */
  private primeSteps(): void {
    const saved = this.sliceStart;
    this.sliceStart = Infinity;
    for (let i = 0; i < 12; i++) {
      this.budget = 0;
      this.stepSync();
      this.budget = 0;
      this.step();
      this.budget = 0;
      this.stepSync64();
      this.budget = 0;
      this.step64();
    }
    this.sliceStart = saved;
    this.budget = BUDGET;
  }

  /** Callbacks queued by `micropython.schedule` (and IRQ handlers). */
  scheduled: [any, any][] = [];
  /** True while scheduled callbacks run (they do not nest). */
  inScheduled = false;

  /** Queues a callback to run at the next safe point; false when the queue is full. */
  schedule(f: any, arg: any): boolean {
    if (this.scheduled.length >= 4) return false;
    this.scheduled.push([f, arg]);
    this.budget = 0;
    return true;
  }

  /** Runs queued callbacks (called at safe points). */
  runScheduled(): void {
    if (this.inScheduled) return;
    this.inScheduled = true;
    try {
      while (this.scheduled.length) {
        const [f, arg] = this.scheduled.shift()!;
        callSync(f, [arg]);
      }
    } finally {
      this.inScheduled = false;
    }
  }

  /**
   * Counts one step of plain code (a call) against the budget; loop heads
   * count 64 iterations at a time (`stepSync64`). Generated code calls
   * these (and `step`, `step64`) rather than testing the budget itself: V8 then sees the rarely taken branch once, here, and
   * optimized code that never took it does not have to be thrown away
   * (deoptimized) the first time it does.
   */
  stepSync(): void {
    if (--this.budget < 0) this.tickSync();
  }

  /** `stepSync` for code that can yield: true when it should (`tick`). */
  step(): boolean {
    return --this.budget < 0 && this.tick();
  }

  /** `stepSync` for 64 loop iterations at once (see codegen's `emitBudget`). */
  stepSync64(): void {
    if ((this.budget -= 64) < 0) this.tickSync();
  }

  /** `step` for 64 loop iterations at once. */
  step64(): boolean {
    return (this.budget -= 64) < 0 && this.tick();
  }

  /**
   * The budget check of plain (sync) code: like `tick`, but it cannot
   * yield; when the time slice is well over it asks for the region to be
   * redone as a generator (`sliceRedo`).
   */
  tickSync(): void {
    const now = this.checkpoint();
    const late = now - this.sliceStart - this.sliceMs;
    if (late < 0 || !SYNC.canYield) return;
    // the slice is over: generator code yields at its next check, soon
    // after this region returns (a short budget keeps the checks coming);
    // a region gets one more slice to finish (most do, and a redo wastes
    // their work), then it is redone as a generator that yields at once
    this.budget = SHORT_BUDGET;
    if (late >= this.sliceMs && sliceRedo()) {
      this.budget = 0;
      throw UNWIND;
    }
  }

  /**
   * What every budget check does first: a new budget, a pending interrupt,
   * scheduled callbacks, the run's deadline, and output that has waited
   * long enough in the buffer (a script that never suspends still shows
   * its progress). Returns the time now.
   */
  private checkpoint(): number {
    this.budget = BUDGET;
    if (this.interruptPending) {
      this.interruptPending = false;
      throw newException(keyboardInterruptType);
    }
    if (this.scheduled.length && !this.inScheduled) this.runScheduled();
    const now = performance.now();
    if (now > this.deadline && this.deadlineError) {
      this.deadline = Infinity;
      throw this.deadlineError();
    }
    if (this.outBuf.length !== 0 && now - this.flushedAt >= FLUSH_MS) {
      this.flush();
    }
    return now;
  }

  /** Called when the budget counter runs out: checks interrupts and the slice. */
  tick(): boolean {
    const now = this.checkpoint();
    return now - this.sliceStart >= this.sliceMs && SYNC.canYield;
  }

  /** Writes text to stdout (buffered until `flush`). */
  writeOut(s: string): void {
    this.outBuf += s;
    if (this.outBuf.length > 4096) this.flush();
  }

  /** Writes bytes to stdout. */
  writeOutBytes(b: Uint8Array): void {
    this.flush();
    if (this.config.stdoutBytes) this.config.stdoutBytes(b);
    else this.config.stdout(new TextDecoder().decode(b));
  }

  /** Writes text to stderr, after flushing stdout to keep program order. */
  writeErr(s: string): void {
    this.flush();
    this.config.stderr(s);
  }

  /** Flushes buffered stdout. */
  flush(): void {
    if (this.outBuf.length) {
      this.flushedAt = performance.now();
      const s = this.outBuf;
      this.outBuf = "";
      this.config.stdout(s);
    }
  }

  /** Bytes of heap in use, as far as the board accounts for them. */
  heapUsed(): number {
    return this.allocated;
  }

  /** Nesting count of `micropython.heap_lock()`. */
  heapLockCount = 0;

  /** Accounted allocation (bytes), for `gc.mem_free` and MemoryError. */
  allocated = 0;

  /** Gets (creating on first use) the module `__main__`. */
  mainModule(): PyModule {
    if (this.main === null) this.main = new PyModule("__main__");
    return this.main;
  }
}
