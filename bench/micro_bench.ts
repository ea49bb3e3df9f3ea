/**
 * Micro-benchmarks of engine internals (`deno task bench:micro`). Each runs a
 * small Python snippet on a board created once, outside the measured
 * function; the snippet's loop runs the operation 1000 times, so the
 * difference from the "empty loop" baseline is about 1000 operations.
 *
 * @module
 */

import { type Board, createBoard } from "../mod.ts";

const SETUP = `
import time

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return self.x + self.y

def f(a, b):
    return a

def gen(n):
    for i in range(n):
        yield i

D = {i: i for i in range(100)}
P = Point(3, 4)

def empty_loop():
    for i in range(1000):
        pass

def calls():
    for i in range(1000):
        f(i, 2)

def method_calls():
    p = P
    for i in range(1000):
        p.norm1()

def attr_loads():
    p = P
    s = 0
    for i in range(1000):
        s = p.x
    return s

def int_arith():
    s = 0
    for i in range(1000):
        s = (s + i * 3) % 10007 - (i >> 2)
    return s

def float_arith():
    x = 0.5
    s = 0.0
    for i in range(1000):
        s = s * 0.999 + x / (i + 1.5)
    return s

def dict_lookups():
    d = D
    s = 0
    for i in range(1000):
        s += d[i % 100]
    return s

def string_building():
    parts = []
    for i in range(1000):
        parts.append("%d," % i)
    return "".join(parts)

def generator_resumes():
    s = 0
    for v in gen(1000):
        s += v
    return s

def exceptions():
    n = 0
    for i in range(1000):
        try:
            raise ValueError
        except ValueError:
            n += 1
    return n

def sleeps():
    for i in range(100):
        time.sleep_ms(0)
`;

/** A board that has run SETUP, checked to work. */
async function setupBoard(): Promise<Board> {
  let out = "";
  const board = createBoard("unix", { stdout: (s) => (out += s) });
  const r = await board.run(SETUP, "setup.py");
  if (!r.ok) throw new Error(`Cannot set up the micro-benchmarks: ${out}`);
  return board;
}

const board = await setupBoard();

/**
 * Runs `call` on the shared board, failing loudly if it raises. Benchmark
 * functions must be `async` functions awaiting this: `Deno.bench` does not
 * await a plain function's promise, and overlapping runs on one board would
 * share its call depth.
 */
async function run(call: string): Promise<void> {
  const r = await board.run(call);
  if (!r.ok) throw new Error(`Micro-benchmark "${call}" failed: ${r.error}`);
}

const OPS: [string, string][] = [
  ["function call", "calls()"],
  ["method call", "method_calls()"],
  ["attribute load", "attr_loads()"],
  ["int arithmetic", "int_arith()"],
  ["float arithmetic", "float_arith()"],
  ["dict lookup", "dict_lookups()"],
  ["string building", "string_building()"],
  ["generator resume", "generator_resumes()"],
  ["exception raise/catch", "exceptions()"],
];

const group = "ops ×1000";
Deno.bench({
  name: "empty loop",
  group,
  baseline: true,
  fn: async () => await run("empty_loop()"),
});
for (const [name, call] of OPS) {
  Deno.bench({ name, group, fn: async () => await run(call) });
}

Deno.bench({
  name: "run('pass') on a board",
  group: "host",
  baseline: true,
  fn: async () => await run("pass"),
});
Deno.bench({
  name: "createBoard + run('pass')",
  group: "host",
  fn: async () => {
    const r = await createBoard("unix").run("pass");
    if (!r.ok) throw new Error("run('pass') failed");
  },
});
Deno.bench({
  name: "suspension round-trip ×100 (time.sleep_ms(0))",
  group: "host",
  fn: async () => await run("sleeps()"),
});
