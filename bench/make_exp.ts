/**
 * Writes `bench/programs/<name>.exp`: each program's output under CPython
 * (`python3`) at its small test size (`TEST_N` in `suite.ts`), which
 * `tests/bench_test.ts` compares our engine's output with.
 *
 * Usage: `deno run -A bench/make_exp.ts [--python CMD]`
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  listPrograms,
  PROGRAMS_DIR,
  readProgram,
  runExternal,
  TEST_N,
  withN,
} from "./suite.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: { python: { type: "string", default: "python3" } },
});
const tmp = Deno.makeTempDirSync({ prefix: "mpts-bench-exp-" });
let failed = false;
try {
  for (const name of listPrograms()) {
    const n = TEST_N[name];
    if (n === undefined) {
      console.error(`${name}: no test size in TEST_N`);
      failed = true;
      continue;
    }
    const source = withN(readProgram(name).source, n);
    const r = await runExternal(values.python!, source, `${tmp}/${name}.py`);
    if (!r.ok) {
      console.error(`${name}: ${values.python} failed:\n${r.output}`);
      failed = true;
      continue;
    }
    Deno.writeTextFileSync(`${PROGRAMS_DIR}${name}.exp`, r.output);
    console.log(`${name}.exp: ${r.output.trimEnd()}`);
  }
} finally {
  Deno.removeSync(tmp, { recursive: true });
}
if (failed) Deno.exit(1);
