/**
 * Runs the benchmark programs in `bench/programs/` on our engine, in process,
 * on a fresh board per run, and prints a table of times; optionally runs the
 * same program text through another interpreter too and compares.
 *
 * Usage: `deno task bench [NAME...] [--reps R] [--warmup W] [--n SCALE]
 * [--json FILE] [--compare CMD]`
 *
 * - `--reps R`: timed runs per program (default 5).
 * - `--warmup W`: untimed runs first (default 1).
 * - `--n SCALE`: multiply every program's `N` by SCALE (default 1).
 * - `--compare CMD`: also run each program under CMD (e.g. the reference
 *   `micropython`); the script path is appended, or replaces `{file}`. The
 *   two interpreters alternate within each repetition. Its times are whole
 *   process times (its start-up time is reported in the header).
 * - `--json FILE`: write every sample to FILE.
 *
 * Columns: median and minimum of the timed runs, their spread (median
 * absolute deviation as a percentage of the median), and with `--compare`
 * the same for the other interpreter and the ratio of the medians (ours /
 * theirs: above 1, we are slower).
 *
 * Every run's output (the checksum line) must be the same across runs and
 * interpreters; a difference is flagged `MISMATCH`, an uncaught exception or
 * a non-zero exit `ERROR`, and the exit status is then 1.
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  defaultN,
  listPrograms,
  median,
  readProgram,
  type Run,
  runExternal,
  runOnBoard,
  spreadPct,
  withN,
} from "./suite.ts";

interface Stats {
  samples: number[];
  median: number;
  min: number;
  spreadPct: number;
}

interface Row {
  name: string;
  n: number;
  ours: Stats;
  ref?: Stats;
  ratio?: number;
  check: "ok" | "MISMATCH" | "ERROR";
  output: string;
  problems: string[];
}

function stats(samples: number[]): Stats {
  return {
    samples,
    median: median([...samples]),
    min: Math.min(...samples),
    spreadPct: spreadPct(samples),
  };
}

function usage(msg?: string): never {
  if (msg) console.error(`bench: ${msg}`);
  console.error(
    "usage: deno task bench [NAME...] [--reps R] [--warmup W] [--n SCALE] [--json FILE] [--compare CMD]",
  );
  Deno.exit(2);
}

function positiveNumber(s: string | undefined, name: string, dflt: number) {
  if (s === undefined) return dflt;
  const v = Number(s);
  if (!Number.isFinite(v) || v < 0) usage(`--${name} wants a number`);
  return v;
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const pad = (s: string, w: number) => s.padStart(w);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: {
      reps: { type: "string" },
      warmup: { type: "string" },
      n: { type: "string" },
      json: { type: "string" },
      compare: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) usage();
  const reps = Math.max(1, Math.round(positiveNumber(values.reps, "reps", 5)));
  const warmup = Math.round(positiveNumber(values.warmup, "warmup", 1));
  const scale = positiveNumber(values.n, "n", 1);
  const compare = values.compare;

  const all = listPrograms();
  const names = positionals.length ? positionals : all;
  for (const n of names) {
    if (!all.includes(n)) {
      usage(`no such program: "${n}" (have ${all.join(", ")})`);
    }
  }

  const tmp = Deno.makeTempDirSync({ prefix: "mpts-bench-" });
  const rows: Row[] = [];
  let refStartup: number | undefined;
  try {
    if (compare) {
      const file = `${tmp}/empty.py`;
      const t: number[] = [];
      for (let i = 0; i < reps + 1; i++) {
        const r = await runExternal(compare, "", file);
        if (!r.ok) {
          console.error(
            `bench: ${compare} fails on an empty script:\n${r.output}`,
          );
          return 2;
        }
        if (i > 0) t.push(r.ms);
      }
      refStartup = median(t);
    }

    console.log(
      `deno ${Deno.version.deno}, reps ${reps}, warmup ${warmup}, N scale ${scale}`,
    );
    if (compare) {
      console.log(
        `compare: ${compare} (whole process; start-up ${fmt(refStartup!)} ms)`,
      );
    }
    const head = ["program", "N", "median ms", "min ms", "spread"];
    const widths = [16, 8, 10, 9, 7];
    if (compare) {
      head.push("ref ms", "ref min", "ratio");
      widths.push(9, 9, 7);
    }
    head.push("check");
    widths.push(9);
    const line = (cells: string[]) =>
      cells.map((c, i) => i === 0 ? c.padEnd(widths[0]) : pad(c, widths[i]))
        .join(" ");
    console.log(line(head));

    for (const name of names) {
      const prog = readProgram(name);
      const n = Math.max(1, Math.round(defaultN(prog.source) * scale));
      const source = withN(prog.source, n);
      const file = `${tmp}/${name}.py`;
      const ours: Run[] = [];
      const ref: Run[] = [];
      for (let rep = -warmup; rep < reps; rep++) {
        const oursFirst = (rep & 1) === 0;
        let a: Run | undefined;
        let b: Run | undefined;
        if (oursFirst) a = await runOnBoard(source, `${name}.py`);
        if (compare) b = await runExternal(compare, source, file);
        if (!oursFirst) a = await runOnBoard(source, `${name}.py`);
        if (rep < 0) continue;
        ours.push(a!);
        if (b) ref.push(b);
      }
      const problems: string[] = [];
      const expected = ours[0].output;
      ours.forEach((r, i) => {
        if (!r.ok) problems.push(`run ${i} failed:\n${r.output}`);
        else if (r.output !== expected) {
          problems.push(`run ${i} printed ${JSON.stringify(r.output)}`);
        }
      });
      ref.forEach((r, i) => {
        if (!r.ok) problems.push(`reference run ${i} failed:\n${r.output}`);
        else if (r.output !== expected) {
          problems.push(
            `reference run ${i} printed ${
              JSON.stringify(r.output)
            }, we printed ${JSON.stringify(expected)}`,
          );
        }
      });
      const failed = ours.some((r) => !r.ok) || ref.some((r) => !r.ok);
      const row: Row = {
        name,
        n,
        ours: stats(ours.map((r) => r.ms)),
        check: failed ? "ERROR" : problems.length ? "MISMATCH" : "ok",
        output: expected,
        problems,
      };
      if (compare) {
        row.ref = stats(ref.map((r) => r.ms));
        row.ratio = row.ours.median / row.ref.median;
      }
      rows.push(row);
      const cells = [
        name,
        String(n),
        fmt(row.ours.median),
        fmt(row.ours.min),
        `${fmt(row.ours.spreadPct)}%`,
      ];
      if (row.ref) {
        cells.push(fmt(row.ref.median), fmt(row.ref.min), fmt(row.ratio!, 2));
      }
      cells.push(row.check);
      console.log(line(cells));
    }

    const total = rows.reduce((s, r) => s + r.ours.median, 0);
    let summary = `total of medians ${fmt(total)} ms`;
    const ratios = rows.filter((r) => r.ratio && r.check === "ok").map((r) =>
      r.ratio!
    );
    if (ratios.length) {
      const geo = Math.exp(
        ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length,
      );
      summary += `; geometric mean ratio ${fmt(geo, 2)} (>1: we are slower)`;
    }
    console.log(summary);
    for (const r of rows) {
      for (const p of r.problems) console.log(`${r.check} ${r.name}: ${p}`);
    }

    if (values.json) {
      const doc = {
        meta: {
          date: new Date().toISOString(),
          deno: Deno.version.deno,
          v8: Deno.version.v8,
          reps,
          warmup,
          scale,
          compare: compare ?? null,
          refStartupMs: refStartup ?? null,
        },
        programs: Object.fromEntries(rows.map((r) => [r.name, r])),
      };
      Deno.writeTextFileSync(values.json, JSON.stringify(doc, null, 2) + "\n");
      console.log(`wrote ${values.json}`);
    }
  } finally {
    Deno.removeSync(tmp, { recursive: true });
  }
  return rows.every((r) => r.check === "ok") ? 0 : 1;
}

if (import.meta.main) Deno.exit(await main());
