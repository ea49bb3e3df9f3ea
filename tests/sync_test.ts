/**
 * Tests of the plain (non-suspending) compilation of loop-free functions
 * (src/runtime/sync.ts): results are the same whichever version runs, and a
 * function that starts to sleep later is redone as a generator.
 */

import { deepEqual, equal, ok } from "node:assert/strict";
import { createBoard } from "../mod.ts";

/**
 * Runs `source` on a fresh board (its time slice `sliceMs`, else the
 * default) while a host timer counts how often it ran (`ticks`, every
 * `tickMs`, default 1); `interruptAfter` ms interrupts the run.
 */
async function run(
  source: string,
  opts: { sliceMs?: number; tickMs?: number; interruptAfter?: number } = {},
) {
  let out = "";
  const board = createBoard("unix", {
    stdout: (s) => (out += s),
    sliceMs: opts.sliceMs,
  });
  let ticks = 0;
  const timer = setInterval(() => ticks++, opts.tickMs ?? 1);
  const stop = opts.interruptAfter === undefined
    ? undefined
    : setTimeout(() => board.interrupt(), opts.interruptAfter);
  const r = await board.run(source);
  clearInterval(timer);
  clearTimeout(stop);
  return { out, ok: r.ok, error: r.error, ticks };
}

Deno.test("plain versions give the same results as generators", async () => {
  const r = await run(`
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return V(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
acc = V(0, 0)
for i in range(50):
    acc = acc.add(V(i, 2 * i))
print(fib(20), acc.x, acc.y, acc.dot(V(1, 1)))
def safe(d, k):
    try:
        return d[k]
    except KeyError:
        return -1
print([safe({1: 2}, k) for k in (1, 2, 1, 2, 1)])
`);
  equal(r.out, "6765 1225 2450 3675\n[2, -1, 2, -1, 2]\n");
});

Deno.test("a learned plain function that starts sleeping is redone as a generator", async () => {
  const { out, ok: done, ticks } = await run(
    `
import time
def f(x):
    if x > 5:
        time.sleep_ms(100)
    return x * 2
print([f(i) for i in range(8)])
`,
    { tickMs: 5 },
  );
  equal(done, true);
  equal(out, "[0, 2, 4, 6, 8, 10, 12, 14]\n");
  ok(ticks >= 10, `host timers ran during the sleeps (${ticks})`);
});

Deno.test("a plain function that sleeps after an effect still sleeps and keeps its effect once", async () => {
  const r = await run(`
import time
log = []
def f(x):
    log.append(x)
    if x > 3:
        time.sleep_ms(10)
    return x
t0 = time.ticks_ms()
for i in range(6):
    f(i)
print(log, time.ticks_diff(time.ticks_ms(), t0) >= 20)
`);
  equal(r.out, "[0, 1, 2, 3, 4, 5] True\n");
});

Deno.test("exceptions pass through plain functions with their traceback", async () => {
  const r = await run(`
def g(x):
    return 10 // x
def f(x):
    return g(x) + 1
for i in (3, 2, 1):
    f(i)
try:
    f(0)
except ZeroDivisionError as e:
    print("caught", e)
f(0)
`);
  equal(
    r.out,
    'caught divide by zero\nTraceback (most recent call last):\n  File "<stdin>", line 12, in <module>\n  File "<stdin>", line 5, in f\n  File "<stdin>", line 3, in g\nZeroDivisionError: divide by zero\n',
  );
});

Deno.test("a learned plain function with a long pure loop still lets the host run", async () => {
  const { out, ok: done, ticks } = await run(
    `
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s
total(10)
total(10)
print(total(40000000))
`,
    { sliceMs: 10 },
  );
  equal(done, true);
  equal(out, "799999980000000\n");
  ok(ticks >= 5, `host timers ran during the loop (${ticks})`);
});

Deno.test("plain loops over generators and sleeps give the right results", async () => {
  const r = await run(`
import time
def gen(n):
    for i in range(n):
        if i == 2:
            time.sleep_ms(5)
        yield i * i
def consume(n):
    out = []
    for v in gen(n):
        out.append(v)
    return out
print(consume(3), consume(4), consume(5))
`);
  equal(r.out, "[0, 1, 4] [0, 1, 4, 9] [0, 1, 4, 9, 16]\n");
});

Deno.test("a learned function whose loop runs long after an effect is interruptible", async () => {
  const { out, error, ticks } = await run(
    `
L = []
def spin(n):
    i = 0
    while i < n:
        L.append(i)
        i += 1
spin(1); spin(1); spin(1)
print("learned")
spin(10**12)
`,
    { sliceMs: 10, interruptAfter: 100 },
  );
  ok(out.startsWith("learned\n"), out);
  equal(error?.type, "KeyboardInterrupt");
  ok(ticks >= 3, `host timers ran during the loop (${ticks})`);
});

Deno.test("a learned plain function calling a long loop after an effect is interruptible", async () => {
  const { out, error, ticks } = await run(
    `
L = []
def wait(n):
    i = 0
    while i < n:
        i += 1
def handle(n):
    L.append(1)
    wait(n)
handle(1); handle(1); handle(1)
print("learned")
handle(10**12)
`,
    { sliceMs: 10, interruptAfter: 100 },
  );
  ok(out.startsWith("learned\n"), out);
  equal(error?.type, "KeyboardInterrupt");
  ok(ticks >= 3, `host timers ran during the loop (${ticks})`);
});

Deno.test("deep pure recursion is time-sliced and gives the right result", async () => {
  const { out, ok: done, ticks } = await run(
    `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(5)
fib(5)
print(fib(31))
`,
    { sliceMs: 5 },
  );
  equal(done, true);
  equal(out, "1346269\n");
  // run plain without slicing, fib(31) would hold the event loop from start
  // to end (fib(30) then fib(29), two ticks at most); sliced, it takes many
  // 5 ms slices (not a fixed number: that depends on the engine's speed)
  ok(ticks >= 3, `host timers ran (${ticks})`);
});

Deno.test("a plain loop hands over to a generator at a loop head and finishes right", async () => {
  // a 1 ms slice: long loops are taken over (OSR) mid-way, many times
  const { out, ok: done, ticks } = await run(
    `
def nested(n):
    out = 0
    k = 0
    while k < n:
        if k % 2:
            for j in range(3):
                out += j * k
        else:
            out -= 1
        k += 1
    else:
        out += 1000
    return out
def flat(L):
    acc = []
    for x in L:
        for y in x:
            acc.append(y)
    return len(acc), acc[-1]
nested(3); nested(3); flat([[1]]); flat([[1]])
print(nested(300000), flat([[1, 2]] * 200000))
`,
    { sliceMs: 1 },
  );
  equal(done, true);
  equal(out, "67499851000 (400000, 2)\n");
  ok(ticks >= 3, `host timers ran (${ticks})`);
});

Deno.test("OSR resumes at the right one of several sequential and branched loops", async () => {
  const { out, ok: done } = await run(
    `
def f(n):
    a = 0
    for i in range(n):
        a += i
    b = 0
    for j in range(n):
        b += j * 2
    k = 0
    while k < n:
        k += 1
    if a > 0:
        for q in range(n):
            b += 1
    else:
        for q in range(n):
            b -= 1
    return a, b, k
f(2); f(2)
print(f(400000))
`,
    { sliceMs: 1 },
  );
  equal(done, true);
  // checked with CPython
  equal(out, "(79999800000, 160000000000, 400000)\n");
});

Deno.test("a plain loop hands over at a call site to a callee that must wait or loop long", async () => {
  const { out, ok: done } = await run(
    `
import time
def inner(n):
    s = 0
    for i in range(n):
        s += i
    return s
def outer(n):
    acc = []
    for k in range(3):
        acc.append(k)
        v = inner(n)
        acc.append(v)
    return acc
outer(2); outer(2)
print(outer(300000))
def sleeper(n):
    out = []
    for i in range(n):
        out.append(i)
        time.sleep_ms(1)
    return out
def caller():
    L = [0]
    L.append(1)
    r = sleeper(3)
    return L + r
caller(); caller()
print(caller())
`,
    { sliceMs: 1 },
  );
  equal(done, true);
  // effects before the hand-over happen once (checked with CPython)
  equal(
    out,
    "[0, 44999850000, 1, 44999850000, 2, 44999850000]\n[0, 1, 0, 1, 2]\n",
  );
});

/** What the CLI (plain-first runs) prints for a script. */
async function cliOutput(source: string): Promise<string> {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/script.py`;
  await Deno.writeTextFile(file, source);
  const cli = new URL("../src/cli/main.ts", import.meta.url).pathname;
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", cli, file],
    stdout: "piped",
  }).output();
  await Deno.remove(dir, { recursive: true });
  return new TextDecoder().decode(r.stdout);
}

Deno.test("the CLI's plain-first runs count the effects of calls with many arguments or keywords", async () => {
  // functions run plain from their first call there; a call that then needs
  // a generator (g) must not redo the prints before it
  const out = await cliOutput(
    `def g():
    try:
        return 1
    finally:
        pass
def four():
    print("a", "b", "c", "d")
    return g()
def kw():
    print("e", end="!\\n")
    return g()
for i in range(3):
    four()
    kw()
`,
  );
  equal(out, "a b c d\ne!\n".repeat(3));
});

Deno.test("the CLI's plain-first runs count a store after a branch or handler that skipped another", async () => {
  // the code generator counts a function's effect once per path; a store
  // in a branch not taken (or cut short by an exception) must not stand in
  // for the one after it, or g's fallback would redo the increments
  const out = await cliOutput(
    `def g():
    try:
        return 1
    finally:
        pass
class O: pass
o = O()
o.n = 0
def f(c):
    if c:
        o.x = 1
    o.n = o.n + 1
    return g()
def h(c):
    try:
        if c:
            raise ValueError
        o.y = 1
    except ValueError:
        pass
    o.n = o.n + 10
    return g()
for i in range(3):
    f(0)
    h(1)
print(o.n)
`,
  );
  // CPython prints 33 too
  equal(out, "33\n");
});

Deno.test("the CLI shows a long-running script's output while it runs", async () => {
  // the command line never yields to the event loop during a run; its
  // budget checks flush output that has waited, at module level (generator
  // code) and inside a function (plain code)
  const dir = await Deno.makeTempDir();
  const file = `${dir}/script.py`;
  await Deno.writeTextFile(
    file,
    `import time
def busy(ms):
    t = time.ticks_ms()
    while time.ticks_diff(time.ticks_ms(), t) < ms:
        pass
print("one")
t = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), t) < 400:
    pass
print("two")
busy(400)
print("three")
`,
  );
  const cli = new URL("../src/cli/main.ts", import.meta.url).pathname;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", cli, file],
    stdout: "piped",
  }).spawn();
  const seen: [string, number][] = [];
  let text = "";
  for await (const chunk of child.stdout) {
    text += new TextDecoder().decode(chunk);
    for (const w of ["one", "two", "three"]) {
      if (text.includes(w) && !seen.some(([s]) => s === w)) {
        seen.push([w, performance.now()]);
      }
    }
  }
  await child.status;
  await Deno.remove(dir, { recursive: true });
  equal(text, "one\ntwo\nthree\n");
  deepEqual(seen.map(([w]) => w), ["one", "two", "three"]);
  // each line shows up well before the next one is printed
  ok(seen[1][1] - seen[0][1] > 200, `one→two ${seen[1][1] - seen[0][1]} ms`);
  ok(seen[2][1] - seen[1][1] > 200, `two→three ${seen[2][1] - seen[1][1]} ms`);
});
