/**
 * Runs every Python snippet under tests/python/<area>/<name>.py on a fresh
 * board and compares its output (stdout and stderr, in order) with
 * <name>.py.exp, which holds the output checked against CPython or the
 * reference MicroPython. Known failures are listed in skip.ts.
 */

import { equal } from "node:assert/strict";
import { createBoard } from "../mod.ts";
import { HostFs } from "../src/runtime/vfs.ts";
import { SKIP } from "./python/skip.ts";

const root = new URL("./python/", import.meta.url).pathname;

function* walk(dir: string): Generator<string> {
  const entries = [...Deno.readDirSync(dir)].sort((a, b) =>
    a.name.localeCompare(b.name)
  );
  for (const e of entries) {
    const p = dir + e.name;
    if (e.isDirectory) yield* walk(p + "/");
    else if (e.name.endsWith(".py")) yield p;
  }
}

for (const file of walk(root)) {
  const rel = file.slice(root.length);
  let expected: string;
  try {
    expected = Deno.readTextFileSync(file + ".exp");
  } catch {
    continue; // helper modules imported by tests have no .exp
  }
  const reason = SKIP[rel];
  Deno.test({
    name: `python: ${rel}`,
    ignore: reason !== undefined,
    async fn() {
      let out = "";
      const dir = file.slice(0, file.lastIndexOf("/"));
      const board = createBoard("unix", {
        stdout: (s) => (out += s),
        fs: new HostFs(dir, true, "/"),
        path: ["/"],
        maxDepth: 1000,
        // MICROPYTS_SLICE_MS=1 runs the snippets with constant hand-overs
        sliceMs: Number(Deno.env.get("MICROPYTS_SLICE_MS")) || undefined,
      });
      board.setTimeLimit(20000);
      const source = Deno.readTextFileSync(file);
      await board.run(source, rel.slice(rel.lastIndexOf("/") + 1));
      equal(out, expected);
    },
  });
}
