/**
 * Keeps the benchmark programs in `bench/programs/` correct: each runs at a
 * small size on our engine and must print what CPython printed (the `.exp`
 * files, written by `bench/make_exp.ts`). Also bounds what an idle board
 * costs in heap.
 */

import { equal, ok } from "node:assert/strict";
import {
  defaultN,
  listPrograms,
  PROGRAMS_DIR,
  readProgram,
  runOnBoard,
  TEST_N,
  withN,
} from "../bench/suite.ts";
import { measureIdleBoard } from "../bench/idle_board.ts";

const names = listPrograms();

Deno.test("bench programs: there are 10 to 14, each with a size line, a test size and a .exp file", () => {
  ok(names.length >= 10 && names.length <= 14, `${names.length} programs`);
  for (const name of names) {
    ok(defaultN(readProgram(name).source) > 0, `${name}: default N`);
    ok(TEST_N[name] !== undefined, `${name}: no TEST_N entry`);
    ok(
      Deno.statSync(`${PROGRAMS_DIR}${name}.exp`).isFile,
      `${name}: no .exp file`,
    );
  }
});

for (const name of names) {
  const n = TEST_N[name] ?? 1;
  Deno.test(`bench program ${name} at N=${n} prints CPython's output`, async () => {
    const source = withN(readProgram(name).source, n);
    const expected = Deno.readTextFileSync(`${PROGRAMS_DIR}${name}.exp`);
    const r = await runOnBoard(source, `${name}.py`);
    equal(r.output, expected);
    ok(r.ok);
  });
}

Deno.test("an idle board costs at most 2 MB of heap", async () => {
  const cost = await measureIdleBoard(20);
  // Without a forced GC, garbage inflates the reading: average over more.
  const final = cost.gc ? cost : await measureIdleBoard(200);
  ok(
    final.bytesPerBoard <= 2 * 1024 * 1024,
    `idle board costs ${
      (final.bytesPerBoard / 1024).toFixed(1)
    } KB (gc: ${final.gc})`,
  );
});
