/**
 * The benchmark programs in `bench/programs/` and how to run one: shared by
 * `run.ts`, `memory.ts` and `tests/bench_test.ts`.
 *
 * Each program is a Python file whose size parameter is a top-level line
 * `N = <int>`; {@linkcode withN} rewrites the first such line. A program
 * prints one checksum line, which must be the same on every interpreter.
 *
 * @module
 */

import { createBoard } from "../mod.ts";

/** The folder holding the benchmark programs. */
export const PROGRAMS_DIR: string = new URL("./programs/", import.meta.url)
  .pathname;

const N_LINE = /^N = (\d+)$/m;

/**
 * The small `N` each program runs with in `tests/bench_test.ts`; its
 * expected output, from CPython, is `bench/programs/<name>.exp`
 * (regenerate with `deno run -A bench/make_exp.ts`).
 */
export const TEST_N: Readonly<Record<string, number>> = {
  bigint: 3,
  closures: 2500,
  dict_ops: 300,
  exceptions: 50,
  fib: 10,
  generators: 200,
  int_loop: 300,
  json_roundtrip: 12,
  methods: 50,
  nbody: 20,
  sort_list: 1,
  strings: 600,
  struct_bytes: 1500,
};

/** A benchmark program: its name (file stem) and source text. */
export interface Program {
  /** File stem, e.g. `"fib"`. */
  name: string;
  /** Python source. */
  source: string;
}

/** Names of all programs in `bench/programs/`, sorted. */
export function listPrograms(dir: string = PROGRAMS_DIR): string[] {
  const names: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    if (e.isFile && e.name.endsWith(".py")) names.push(e.name.slice(0, -3));
  }
  return names.sort();
}

/** Reads one program by name. */
export function readProgram(
  name: string,
  dir: string = PROGRAMS_DIR,
): Program {
  return { name, source: Deno.readTextFileSync(`${dir}${name}.py`) };
}

/** The default size parameter of a program (its `N = <int>` line). */
export function defaultN(source: string): number {
  const m = N_LINE.exec(source);
  if (!m) throw new SyntaxError("Cannot find the size line: no `N = <int>`");
  return Number(m[1]);
}

/** The program with its size parameter replaced by `n`. */
export function withN(source: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Cannot set N: "${n}" is not a non-negative integer`);
  }
  defaultN(source);
  return source.replace(N_LINE, `N = ${n}`);
}

/** The outcome of running a program once. */
export interface Run {
  /** Wall time in milliseconds. */
  ms: number;
  /** Everything the program printed (stdout and stderr). */
  output: string;
  /** False when the program raised an uncaught exception or failed to run. */
  ok: boolean;
}

/** Runs a program once on a fresh unix board, timing `board.run` only. */
export async function runOnBoard(
  source: string,
  filename = "bench.py",
): Promise<Run> {
  let output = "";
  const board = createBoard("unix", { stdout: (s) => (output += s) });
  const t0 = performance.now();
  const r = await board.run(source, filename);
  const ms = performance.now() - t0;
  return { ms, output, ok: r.ok };
}

/**
 * Runs a program once under an external interpreter: the command (split on
 * spaces; `{file}` is replaced by the script's path, or the path is appended)
 * with the source written to `file`. Times the whole process.
 */
export async function runExternal(
  command: string,
  source: string,
  file: string,
): Promise<Run> {
  Deno.writeTextFileSync(file, source);
  const words = command.trim().split(/\s+/);
  const args = words.some((w) => w.includes("{file}"))
    ? words.map((w) => w.replaceAll("{file}", file))
    : [...words, file];
  const cmd = new Deno.Command(args[0], {
    args: args.slice(1),
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  });
  const t0 = performance.now();
  let r: Deno.CommandOutput;
  try {
    r = await cmd.output();
  } catch (e) {
    return { ms: 0, output: `cannot run ${args[0]}: ${e}`, ok: false };
  }
  const ms = performance.now() - t0;
  const dec = new TextDecoder();
  return {
    ms,
    output: dec.decode(r.stdout) + dec.decode(r.stderr),
    ok: r.success,
  };
}

/** The median of some numbers (which it sorts in place). */
export function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const h = xs.length >> 1;
  return xs.length % 2 ? xs[h] : (xs[h - 1] + xs[h]) / 2;
}

/** Median absolute deviation as a percentage of the median. */
export function spreadPct(xs: number[]): number {
  const m = median([...xs]);
  if (m === 0) return 0;
  return (median(xs.map((x) => Math.abs(x - m))) / m) * 100;
}
