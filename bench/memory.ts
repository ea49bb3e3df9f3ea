/**
 * Memory benchmarks (`deno task bench:memory`):
 *
 * 1. Idle-board cost: the JS heap growth per board of K boards that each ran
 *    `pass` and are kept alive, between two forced garbage collections.
 * 2. Peak memory per program: each program runs as its own process under
 *    `/usr/bin/time -f %M` with our command line (`bin/micropython`) and, with
 *    `--ref BINARY`, a reference interpreter; prints peak RSS side by side,
 *    and (`+ MB`) its growth over the same interpreter's empty-script peak.
 *
 * Usage: `deno task bench:memory [NAME...] [--boards K] [--perf-bench DIR]
 * [-n N] [-m M] [--ref BINARY] [--ours CMD]`
 *
 * Without `--perf-bench`, the programs are `bench/programs/*.py` at their
 * default size. With `--perf-bench DIR` (MicroPython's `tests/perf_bench`),
 * they are its `bm_*` and `misc_*` programs, composed as its
 * `run-perfbench.py` does: the program, then `benchrun.py`, then
 * `bm_run(N, M)` (default 1000, 1000).
 *
 * @module
 */

import { parseArgs } from "node:util";
import { measureIdleBoard } from "./idle_board.ts";
import { listPrograms, readProgram } from "./suite.ts";

const PROLOGUE = `import sys
try:
    sys.path.remove('')
except ValueError:
    pass

`;

const OURS = new URL("../bin/micropython", import.meta.url).pathname;

/** A program to measure: name and full source. */
interface Job {
  name: string;
  source: string;
  /** Why it is not run, if it is not. */
  skip?: string;
}

/** One process's peak resident set size in KB, or why there is none. */
interface Peak {
  kb?: number;
  status: "ok" | "fail";
  detail?: string;
}

function usage(msg?: string): never {
  if (msg) console.error(`bench:memory: ${msg}`);
  console.error(
    "usage: deno task bench:memory [NAME...] [--boards K] [--perf-bench DIR] [-n N] [-m M] [--ref BINARY] [--ours CMD]",
  );
  Deno.exit(2);
}

/** The (n, m) keys of a perf_bench program's `bm_params`, in source order. */
function paramKeys(source: string): [number, number][] {
  const m = /^bm_params = \{([\s\S]*?)^\}/m.exec(source);
  if (!m) return [];
  return [...m[1].matchAll(/^\s*\((\d+),\s*(\d+)\)\s*:/gm)].map((
    k,
  ) => [Number(k[1]), Number(k[2])]);
}

/** The perf_bench programs, composed as `run-perfbench.py` does. */
function perfBenchJobs(dir: string, n: number, m: number): Job[] {
  const glue = Deno.readTextFileSync(`${dir}/benchrun.py`);
  const names = [...Deno.readDirSync(dir)]
    .map((e) => e.name)
    .filter((f) => /^(bm|misc)_.*\.py$/.test(f))
    .map((f) => f.slice(0, -3))
    .sort();
  return names.map((name) => {
    const source = Deno.readTextFileSync(`${dir}/${name}.py`);
    const keys = paramKeys(source);
    const job: Job = {
      name,
      source: `${PROLOGUE}${source}${glue}bm_run(${n}, ${m})\n`,
    };
    if (!keys.length) job.skip = "no bm_params";
    else if (m < keys[0][1]) job.skip = `too large for M=${m}`;
    return job;
  });
}

/** Runs `command file` under `/usr/bin/time -f %M`. */
async function peakRss(
  command: string,
  file: string,
  timeFile: string,
): Promise<Peak> {
  const words = command.trim().split(/\s+/);
  const r = await new Deno.Command("/usr/bin/time", {
    args: ["-f", "%M", "-o", timeFile, ...words, file],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const lines = Deno.readTextFileSync(timeFile).trim().split("\n");
  const kb = Number(lines[lines.length - 1]);
  if (!r.success) {
    const err = new TextDecoder().decode(r.stderr).trim().split("\n");
    return { kb, status: "fail", detail: err[err.length - 1] };
  }
  return { kb, status: "ok" };
}

const mb = (p: Peak) =>
  p.kb === undefined || Number.isNaN(p.kb)
    ? "-"
    : (p.kb / 1024).toFixed(1) + (p.status === "ok" ? "" : "!");

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: {
      boards: { type: "string", default: "50" },
      "perf-bench": { type: "string" },
      n: { type: "string", short: "n", default: "1000" },
      m: { type: "string", short: "m", default: "1000" },
      ref: { type: "string" },
      ours: { type: "string", default: OURS },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) usage();
  const k = Number(values.boards);
  if (!Number.isInteger(k) || k < 1) usage("--boards wants a positive integer");

  const idle = await measureIdleBoard(k);
  if (!idle.gc) {
    console.log(
      "warning: no forced GC (run with --v8-flags=--expose-gc); the idle-board figure includes garbage",
    );
  }
  console.log(
    `idle board: ${
      (idle.bytesPerBoard / 1024).toFixed(1)
    } KB of JS heap per board (${k} boards that ran \`pass\`)`,
  );

  let jobs: Job[];
  const dir = values["perf-bench"];
  if (dir) {
    jobs = perfBenchJobs(dir, Number(values.n), Number(values.m));
  } else {
    jobs = listPrograms().map((name) => ({
      name,
      source: readProgram(name).source,
    }));
  }
  if (positionals.length) {
    const missing = positionals.filter((p) => !jobs.some((j) => j.name === p));
    if (missing.length) usage(`no such program: ${missing.join(", ")}`);
    jobs = jobs.filter((j) => positionals.includes(j.name));
  }
  jobs.unshift({ name: "(empty script)", source: "" });

  const ref = values.ref;
  console.log(
    `\npeak RSS (MB) per program${
      dir ? ` from ${dir} (bm_run(${values.n}, ${values.m}))` : ""
    }; ours: ${values.ours}${ref ? `; ref: ${ref}` : ""}`,
  );
  const head = [
    "program".padEnd(18),
    "ours MB".padStart(8),
    "+ MB".padStart(6),
  ];
  if (ref) {
    head.push("ref MB".padStart(8), "+ MB".padStart(6), "ratio".padStart(7));
  }
  console.log(head.join(" "));
  // Growth over the interpreter's own empty-script peak.
  const base: Record<string, number | undefined> = {};
  const plus = (who: string, p: Peak) => {
    if (base[who] === undefined) base[who] = p.kb;
    const b = base[who];
    return p.kb === undefined || Number.isNaN(p.kb) || b === undefined
      ? "-"
      : ((p.kb - b) / 1024).toFixed(1).replace(/^-0\.0$/, "0.0");
  };

  const tmp = Deno.makeTempDirSync({ prefix: "mpts-bench-mem-" });
  let failures = 0;
  const notes: string[] = [];
  try {
    for (const job of jobs) {
      if (job.skip) {
        console.log(`${job.name.padEnd(18)} skip (${job.skip})`);
        continue;
      }
      const file = `${tmp}/${job.name.startsWith("(") ? "empty" : job.name}.py`;
      Deno.writeTextFileSync(file, job.source);
      const ours = await peakRss(values.ours!, file, `${tmp}/time.txt`);
      const cells = [
        job.name.padEnd(18),
        mb(ours).padStart(8),
        plus("ours", ours).padStart(6),
      ];
      if (ours.status !== "ok") {
        failures++;
        notes.push(`${job.name}: ours failed: ${ours.detail}`);
      }
      if (ref) {
        const theirs = await peakRss(ref, file, `${tmp}/time.txt`);
        cells.push(mb(theirs).padStart(8), plus("ref", theirs).padStart(6));
        cells.push(
          ours.kb && theirs.kb
            ? (ours.kb / theirs.kb).toFixed(1).padStart(7)
            : "-".padStart(7),
        );
        if (theirs.status !== "ok") {
          notes.push(`${job.name}: ref failed: ${theirs.detail}`);
        }
      }
      console.log(cells.join(" "));
    }
  } finally {
    Deno.removeSync(tmp, { recursive: true });
  }
  if (notes.length) {
    console.log(`\n(! = the process failed)\n${notes.join("\n")}`);
  }
  return failures ? 1 : 0;
}

if (import.meta.main) Deno.exit(await main());
