/**
 * The `micropython` command line, compatible with the reference unix port
 * (see ../shared/tools/conformance/CLI-CONTRACT.md): run a file, `-c CMD`,
 * `-m MOD`, stdin, or a REPL on the terminal.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { Interp, type InterpConfig } from "../state.ts";
import { coreModules } from "../modules/registry.ts";
import { extraUnixModules } from "../../ports/unix/modules.ts";
import { HostFs } from "../runtime/vfs.ts";
import { drive } from "../runtime/scheduler.ts";
import { compileSource, instantiate } from "../runtime/exec.ts";
import {
  keyboardInterruptType,
  PyException,
  systemExitType,
} from "../objects/exception.ts";
import { formatTraceback } from "../runtime/exc_format.ts";
import { intValue, isInt, pyStr } from "../runtime/ops.ts";
import { debugState, toPyException } from "../runtime/errors.ts";
import { runRepl } from "./repl.ts";
import { runDevice } from "./device.ts";
import { parseHeapSize } from "./heapsize.ts";

const encoder = new TextEncoder();

function writeAll(
  fd: { writeSync(b: Uint8Array): number },
  data: Uint8Array,
): void {
  let off = 0;
  try {
    while (off < data.length) off += fd.writeSync(data.subarray(off));
  } catch (e) {
    // the reader went away (`micropython x.py | head`): drop the output,
    // as a closed pipe is no error of the script's
    if (e instanceof Deno.errors.BrokenPipe) return;
    throw e;
  }
}

/** Reads stdin synchronously, line by line. */
class StdinReader {
  buf = new Uint8Array(0);
  eof = false;
  fill(): boolean {
    if (this.eof) return false;
    const chunk = new Uint8Array(65536);
    const n = Deno.stdin.readSync(chunk);
    if (n === null || n === 0) {
      this.eof = true;
      return false;
    }
    const merged = new Uint8Array(this.buf.length + n);
    merged.set(this.buf);
    merged.set(chunk.subarray(0, n), this.buf.length);
    this.buf = merged;
    return true;
  }
  readLine(): string | null {
    for (;;) {
      const i = this.buf.indexOf(10);
      if (i >= 0) {
        const line = this.buf.subarray(0, i);
        this.buf = this.buf.slice(i + 1);
        return new TextDecoder().decode(line);
      }
      if (!this.fill()) {
        if (this.buf.length === 0) return null;
        const line = this.buf;
        this.buf = new Uint8Array(0);
        return new TextDecoder().decode(line);
      }
    }
  }
  readBytes(n: number): Uint8Array | null {
    while (n < 0 || this.buf.length < n) if (!this.fill()) break;
    const take = n < 0 ? this.buf.length : Math.min(n, this.buf.length);
    const out = this.buf.slice(0, take);
    this.buf = this.buf.slice(take);
    return out;
  }
  readAll(): Uint8Array {
    while (this.fill());
    const out = this.buf;
    this.buf = new Uint8Array(0);
    return out;
  }
}

/** Options parsed from the command line. */
interface CliArgs {
  command: string | null;
  module: string | null;
  file: string | null;
  rest: string[];
  inspect: boolean;
  optimize: number;
  heapSize: number;
  compileOnly: boolean;
  verbose: number;
  /** `--device`: the board's REPL protocol on stdin/stdout (device.ts). */
  device: boolean;
}

function usage(): never {
  const text =
    `usage: micropython [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-v : verbose (trace various operations); can be multiple
-X : implementation specific options (-X help to show)
`;
  writeAll(Deno.stdout, encoder.encode(text));
  Deno.exit(0);
}

function badArgs(): never {
  writeAll(Deno.stderr, encoder.encode("Invalid command line arguments\n"));
  Deno.exit(1);
}

/** Parses argv the way the unix port does. */
export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = {
    command: null,
    module: null,
    file: null,
    rest: [],
    inspect: Deno.env.get("MICROPYINSPECT") !== undefined,
    optimize: 0,
    heapSize: 8 * 1024 * 1024,
    compileOnly: false,
    verbose: 0,
    device: false,
  };
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === "-c") {
      if (i + 1 >= argv.length) badArgs();
      a.command = argv[i + 1];
      a.rest = argv.slice(i + 2);
      return a;
    } else if (arg === "-m") {
      if (i + 1 >= argv.length) badArgs();
      a.module = argv[i + 1];
      a.rest = argv.slice(i + 2);
      return a;
    } else if (arg === "-i") a.inspect = true;
    else if (arg === "--device") a.device = true;
    else if (arg === "-h") usage();
    else if (arg.startsWith("-O")) {
      const rest = arg.slice(2);
      a.optimize = rest === ""
        ? 1
        : /^O+$/.test(rest)
        ? rest.length + 1
        : parseInt(rest, 10) || 0;
    } else if (arg === "-v") a.verbose++;
    else if (arg === "-X") {
      if (i + 1 >= argv.length) badArgs();
      const opt = argv[++i];
      if (opt.startsWith("heapsize=")) {
        const n = parseHeapSize(opt.slice(9));
        if (n === null) badArgs();
        a.heapSize = n;
      } else if (opt === "compile-only") a.compileOnly = true;
      else if (opt.startsWith("emit=") || opt === "realtime") {
        // accepted: this engine has one code generator
      } else if (opt === "help") {
        writeAll(
          Deno.stdout,
          encoder.encode(
            "Implementation specific options (-X):\n  compile-only -- parse and compile only\n  emit={bytecode,native,viper} -- set the default code emitter\n  heapsize=<n>[w][K|M] -- set the heap size for the GC\n",
          ),
        );
        Deno.exit(0);
      } else badArgs();
    } else if (arg.startsWith("-") && arg !== "-") badArgs();
    else {
      a.file = arg;
      a.rest = argv.slice(i + 1);
      return a;
    }
    i++;
  }
  return a;
}

/** Exit status for an uncaught exception, after printing it as the unix port does. */
function handleUncaught(interp: Interp, e: unknown): number {
  const exc = e instanceof PyException ? e : toPyException(e);
  if (exc.type.isSubclass(systemExitType)) {
    const args = exc.args.items;
    if (args.length === 0 || args[0] === null) return 0;
    if (isInt(args[0])) {
      return Number(BigInt.asUintN(8, BigInt(intValue(args[0]))));
    }
    return 1;
  }
  interp.writeErr(formatTraceback(exc));
  if (exc.type.isSubclass(keyboardInterruptType)) return 130;
  return 1;
}

/** Runs the command line; resolves to the process exit status. */
export async function main(argv: string[]): Promise<number> {
  if (Deno.env.get("MICROPYTS_DEBUG")) debugState.enabled = true;
  const args = parseArgs(argv);
  const stdin = new StdinReader();
  const mpPath = Deno.env.get("MICROPYPATH");
  const pathRest = mpPath !== undefined ? mpPath.split(":") : [
    ".frozen",
    `${Deno.env.get("HOME") ?? ""}/.micropython/lib`,
    "/usr/lib/micropython",
  ];
  let path0 = "";
  let argv0: string[] = [];
  if (args.file !== null) {
    const abs = args.file.startsWith("/")
      ? args.file
      : Deno.cwd() + "/" + args.file;
    path0 = abs.slice(0, abs.lastIndexOf("/")) || "/";
    argv0 = [args.file, ...args.rest];
  } else if (args.command !== null) argv0 = ["-c", ...args.rest];
  else if (args.module !== null) argv0 = [args.module, ...args.rest];
  else argv0 = [""];
  const modules = coreModules();
  for (const [k, v] of extraUnixModules()) modules.set(k, v);
  const fs = new HostFs("/", false, Deno.cwd());
  const start = performance.now();
  const config: InterpConfig = {
    platform: "linux",
    machine: "linux [Deno] version",
    heapSize: args.heapSize,
    maxDepth: 10000,
    // the command line has nothing on the host's event loop while a script
    // runs (no timers, no listeners; stdout is written synchronously), so
    // a script does not yield to it, as the unix port does not: a turn of
    // the loop only costs time (Deno's first one 2-8 ms). Waiting (sleep,
    // input) still goes through the loop. MICROPYTS_SLICE_MS sets a slice:
    // a short one exercises the hand-over of long plain runs to generators
    // (the test suites run with 1 ms too)
    sliceMs: Number(Deno.env.get("MICROPYTS_SLICE_MS")) || Infinity,
    plainFirst: true,
    optimize: args.optimize,
    path: [path0, ...pathRest],
    argv: argv0,
    modules,
    frozen: new Map(),
    fs,
    stdout: (s) => writeAll(Deno.stdout, encoder.encode(s)),
    stdoutBytes: (b) => writeAll(Deno.stdout, b),
    stderr: (s) => writeAll(Deno.stderr, encoder.encode(s)),
    readLine: () => stdin.readLine(),
    readBytes: (n) => stdin.readBytes(n),
    ticksMs: () => performance.now() - start,
    epochSeconds: () => Date.now() / 1000,
  };
  if (args.device) {
    // a board: a fresh interpreter at each soft reset, a time slice so that
    // Ctrl-C is read during long computations, output as the console's
    return await runDevice((out) =>
      new Interp({
        ...config,
        modules: new Map(modules),
        sliceMs: 10,
        path: ["", ...pathRest],
        argv: [""],
        stdout: out,
        stdoutBytes: (b) => writeAll(Deno.stdout, b),
        stderr: out,
        readLine: () => null,
        readBytes: () => null,
      }), {
      input: Deno.stdin.readable,
      write: (b) => writeAll(Deno.stdout, b),
    });
  }
  const interp = new Interp(config);
  const main = interp.mainModule();

  let status = 0;
  const run = async (source: string, filename: string): Promise<number> => {
    try {
      const code = compileSource(source, filename, "exec", {
        optimize: args.optimize,
      });
      if (args.compileOnly) return 0;
      const body = instantiate(interp, code, main.attrs);
      await drive(interp, body());
      return 0;
    } catch (e) {
      return handleUncaught(interp, e);
    } finally {
      interp.flush();
    }
  };

  if (args.command !== null) {
    status = await run(args.command, "<stdin>");
  } else if (args.module !== null) {
    try {
      interp.sysPath.items[0] = "";
      const m = interp.importer.importName(args.module, true, 0, null);
      if (m && typeof m === "object" && typeof (m as any).next === "function") {
        // renamed to __main__ as the unix port does
        await drive(interp, runAsMain(interp, args.module));
      } else await drive(interp, runAsMain(interp, args.module));
    } catch (e) {
      status = handleUncaught(interp, e);
    }
    interp.flush();
  } else if (args.file !== null) {
    let source: string;
    try {
      source = new TextDecoder().decode(Deno.readFileSync(args.file));
    } catch (e) {
      const err = e instanceof Deno.errors.NotFound
        ? "[Errno 2] No such file or directory"
        : String(e);
      writeAll(
        Deno.stderr,
        encoder.encode(`micropython: can't open file '${args.file}': ${err}\n`),
      );
      return 2;
    }
    main.attrs.set("__file__", args.file);
    status = await run(source, args.file);
  } else if (Deno.stdin.isTerminal() || args.inspect) {
    // `-i` with nothing to run: the REPL, reading stdin even from a pipe
    return await runRepl(interp, stdin, !Deno.stdin.isTerminal());
  } else {
    const source = new TextDecoder().decode(stdin.readAll());
    status = await run(source, "<stdin>");
  }
  if (args.inspect && status === 0) {
    return await runRepl(interp, stdin, !Deno.stdin.isTerminal());
  }
  await runAtexit(interp);
  return status;
}

function* runAsMain(interp: Interp, name: string): Generator<any, any, any> {
  const main = interp.mainModule();
  const found = interp.importer.find(name, name.split(".").pop()!, null);
  void found;
  const path = name.replace(/\./g, "/");
  const fs = interp.config.fs;
  let file: string | null = null;
  for (
    const cand of [path + ".py", path + "/__main__.py", path + "/__init__.py"]
  ) {
    if (fs.stat(cand)) {
      file = cand;
      break;
    }
  }
  if (file === null) {
    const r = interp.importer.importName(name, true, 0, null);
    if (r && typeof r.next === "function") yield* r;
    return null;
  }
  const source = new TextDecoder().decode(fs.readFile(file));
  main.attrs.set("__file__", file);
  const code = compileSource(source, file, "exec", {
    optimize: interp.config.optimize,
  });
  yield* instantiate(interp, code, main.attrs)();
  return null;
}

async function runAtexit(interp: Interp): Promise<void> {
  if (interp.atexit !== null) {
    const f = interp.atexit;
    interp.atexit = null;
    try {
      const { callN, isGen } = await import("../runtime/call.ts");
      const r = callN(f, [], null);
      if (isGen(r)) await drive(interp, r);
    } catch (e) {
      handleUncaught(interp, e);
    }
    interp.flush();
  }
}

if (import.meta.main) {
  const status = await main(Deno.args);
  // exit once the event loop has turned, not right here: Deno stores the V8
  // code cache of the bundle (bin/micropython) after the main module's
  // evaluation has settled, and a synchronous exit inside it would skip that;
  // with the cache, start-up deserialises compiled code instead of parsing
  // and compiling it again. An empty write is the cheapest such turn (a timer
  // would load Deno's timer modules, about 9 ms).
  Deno.stdout.write(new Uint8Array(0)).finally(() => Deno.exit(status));
}

export { pyStr };
