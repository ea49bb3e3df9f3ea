/**
 * Tests of the embedding API and of the suspension properties in DESIGN.md
 * (1: the host's event loop is never blocked, 4: interruptible and bounded).
 */

import { equal, ok } from "node:assert/strict";
import { createBoard, PythonError } from "../mod.ts";

function capture() {
  const out = { text: "" };
  return { out, stdout: (s: string) => (out.text += s) };
}

Deno.test("createBoard().run() prints and resolves", async () => {
  const { out, stdout } = capture();
  const board = createBoard("unix", { stdout });
  const r = await board.run("print(1 + 1)\nprint('x' * 3)");
  equal(r.ok, true);
  equal(out.text, "2\nxxx\n");
});

Deno.test("run() reports an uncaught exception as PythonError with a traceback", async () => {
  const { out, stdout } = capture();
  const board = createBoard("unix", { stdout });
  const r = await board.run(
    "def f():\n    raise ValueError('bad')\nf()\n",
    "main.py",
  );
  equal(r.ok, false);
  ok(r.error instanceof PythonError);
  equal(r.error!.type, "ValueError");
  equal(
    out.text,
    'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n  File "main.py", line 2, in f\nValueError: bad\n',
  );
});

Deno.test("run() reports a SyntaxError with file and line", async () => {
  const { out, stdout } = capture();
  const board = createBoard("unix", { stdout });
  const r = await board.run("x = 1\nif x\n", "bad.py");
  equal(r.error?.type, "SyntaxError");
  equal(
    out.text,
    'Traceback (most recent call last):\n  File "bad.py", line 2\nSyntaxError: invalid syntax\n',
  );
});

Deno.test("boards do not share state", async () => {
  const a = createBoard("unix");
  const b = createBoard("unix");
  await a.run("x = 1\nimport sys\nsys.path.append('/a')");
  equal(await a.eval("x"), "1");
  equal(await b.eval("'x' in globals()"), "False");
  equal(await b.eval("'/a' in __import__('sys').path"), "False");
});

Deno.test("time.sleep suspends the script without blocking the event loop", async () => {
  const board = createBoard("unix");
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const t0 = performance.now();
  const r = await board.run("import time\ntime.sleep(0.2)\ntime.sleep_ms(50)");
  clearInterval(timer);
  equal(r.ok, true);
  ok(performance.now() - t0 >= 240, "slept for the requested time");
  ok(ticks >= 10, `host timers ran while the script slept (${ticks} ticks)`);
});

Deno.test("a long pure-Python loop yields to the event loop", async () => {
  const board = createBoard("unix", { sliceMs: 10 });
  const stamps: number[] = [];
  const timer = setInterval(() => stamps.push(performance.now()), 1);
  const r = await board.run("n = 0\nfor i in range(20000000):\n    n += i\n");
  clearInterval(timer);
  equal(r.ok, true);
  ok(
    stamps.length >= 5,
    `host timers ran during the loop (${stamps.length} times)`,
  );
  let maxGap = 0;
  for (let i = 1; i < stamps.length; i++) {
    maxGap = Math.max(maxGap, stamps[i] - stamps[i - 1]);
  }
  ok(
    maxGap < 200,
    `the event loop was never blocked for long (max gap ${
      maxGap.toFixed(1)
    } ms)`,
  );
});

Deno.test("board.interrupt() raises KeyboardInterrupt in a running loop", async () => {
  const board = createBoard("unix");
  setTimeout(() => board.interrupt(), 30);
  const r = await board.run("while True:\n    pass\n");
  equal(r.ok, false);
  equal(r.error?.type, "KeyboardInterrupt");
});

Deno.test("KeyboardInterrupt can be caught by the script", async () => {
  const { out, stdout } = capture();
  const board = createBoard("unix", { stdout });
  setTimeout(() => board.interrupt(), 30);
  const r = await board.run(
    "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('stopped')\n",
  );
  equal(r.ok, true);
  equal(out.text, "stopped\n");
});

Deno.test("deep recursion raises RuntimeError, not a JS stack overflow", async () => {
  const { out, stdout } = capture();
  const board = createBoard("unix", { stdout });
  const r = await board.run(
    "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print(e)\n",
  );
  equal(r.ok, true);
  equal(out.text, "maximum recursion depth exceeded\n");
});

Deno.test("setTimeLimit() stops a runaway script", async () => {
  const board = createBoard("unix");
  board.setTimeLimit(50);
  const r = await board.run("while True:\n    pass\n");
  equal(r.ok, false);
  equal(r.error?.type, "RuntimeError");
});

Deno.test("overlapping run() calls on one board run one after the other", async () => {
  let out = "";
  const board = createBoard("unix", { stdout: (s) => (out += s) });
  await board.run(
    "import time\ndef f(tag):\n    for i in range(3):\n        print(tag, i)\n        time.sleep_ms(1)\n",
  );
  const runs = await Promise.all([
    board.run("f('a')"),
    board.run("f('b')"),
    board.eval("1 + 1"),
  ]);
  equal(runs[0].ok && runs[1].ok, true);
  equal(runs[2], "2");
  equal(out, "a 0\na 1\na 2\nb 0\nb 1\nb 2\n");
});
