/**
 * The board REPL protocol of `micropython --device` (src/cli/device.ts),
 * driven byte by byte. The expected bytes are the transcripts recorded from
 * the reference unix port in ../shared/tools/realclient/PROTOCOL.md (§3-§7);
 * only the banner's version line differs.
 */

import { equal, match, ok } from "node:assert/strict";
import { runDevice } from "../src/cli/device.ts";
import { Interp } from "../src/state.ts";
import { coreModules } from "../src/modules/registry.ts";
import { HostFs } from "../src/runtime/vfs.ts";

/** Input that arrives in the given chunks, each after the output settles. */
function scripted(chunks: (string | Uint8Array)[], gapMs = 30) {
  return {
    async *[Symbol.asyncIterator]() {
      for (const c of chunks) {
        await new Promise((r) => setTimeout(r, gapMs));
        yield typeof c === "string" ? new TextEncoder().encode(c) : c;
      }
      await new Promise((r) => setTimeout(r, gapMs));
    },
  };
}

/** Runs the device on `chunks`; the output as a string (one char per byte). */
async function session(
  chunks: (string | Uint8Array)[],
  gapMs = 30,
): Promise<string> {
  const out: number[] = [];
  const dir = Deno.makeTempDirSync();
  try {
    const status = await runDevice(
      (write) =>
        new Interp({
          platform: "linux",
          machine: "linux [Deno] version",
          heapSize: 1 << 20,
          maxDepth: 200,
          sliceMs: 10,
          optimize: 0,
          path: [""],
          argv: [""],
          modules: coreModules(),
          frozen: new Map(),
          fs: new HostFs(dir, true, "/"),
          stdout: write,
          stderr: write,
          ticksMs: () => performance.now(),
          epochSeconds: () => Date.now() / 1000,
        }),
      { input: scripted(chunks, gapMs), write: (b) => out.push(...b) },
    );
    equal(status, 0);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
  return String.fromCharCode(...out);
}

/** The output after the first friendly prompt. */
function afterBanner(s: string): string {
  match(
    s,
    /^MicroPython \S+ on \S+; [^\r\n]+\r\nType "help\(\)" for more information\.\r\n>>> /,
  );
  return s.slice(s.indexOf(">>> ") + 4);
}

Deno.test("device: friendly REPL echoes, prints results with \\r\\n, Ctrl-C gives a new prompt", async () => {
  const s = afterBanner(await session(["1+1\r", "\x03", "print('a\\nb')\r\n"]));
  equal(s, "1+1\r\n2\r\n>>> \r\n>>> print('a\\nb')\r\na\r\nb\r\n>>> ");
});

Deno.test("device: exceptions print as MicroPython's, lines ending in \\r\\n", async () => {
  const s = afterBanner(await session(["1/0\r"]));
  equal(
    s,
    '1/0\r\nTraceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n>>> ',
  );
});

Deno.test("device: raw REPL runs code and frames output and exception with \\x04", async () => {
  const s = afterBanner(
    await session(["\x01", "print(1+1)\x04", "1/0\x04", "\x02"]),
  );
  ok(
    s.startsWith(
      "\r\nraw REPL; CTRL-B to exit\r\n>OK2\r\n\x04\x04>" +
        'OK\x04Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n\x04>' +
        "\r\nMicroPython ",
    ),
    JSON.stringify(s),
  );
  ok(s.endsWith(">>> "));
});

Deno.test("device: raw-paste grants a window of 128 bytes at a time", async () => {
  const code = "x = " + JSON.stringify("y".repeat(300)) + "\nprint(len(x))";
  const s = afterBanner(
    await session([
      "\x01",
      "\x05A\x01",
      code.slice(0, 200),
      code.slice(200) + "\x04",
    ]),
  );
  // R\x01, window 128 little-endian, then one more window granted at once;
  // then one \x01 per 128 bytes consumed (316 bytes: two)
  equal(
    s,
    "\r\nraw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x01\x01\x04300\r\n\x04\x04>",
  );
});

Deno.test("device: Ctrl-D soft-resets (state cleared), raw mode survives it", async () => {
  const s = afterBanner(
    await session(["\x01", "a = 5\x04", "\x04", "print(a)\x04"]),
  );
  equal(
    s,
    "\r\nraw REPL; CTRL-B to exit\r\n>OK\x04\x04>OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>" +
      "OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nNameError: name 'a' isn't defined\r\n\x04>",
  );
});

Deno.test("device: Ctrl-C interrupts a busy loop and a sleep with KeyboardInterrupt", async () => {
  const s = afterBanner(
    await session(
      [
        "\x01",
        "while True:\n    pass\n\x04",
        "\x03",
        "import time\ntime.sleep(30)\n\x04",
        "\x03",
      ],
      150,
    ),
  );
  const ki = "KeyboardInterrupt: \r\n\x04>";
  equal(s.split(ki).length, 3, JSON.stringify(s));
});

Deno.test("device: paste mode echoes with === prompts and runs on Ctrl-D", async () => {
  const s = afterBanner(
    await session([
      "\x05",
      "for i in range(2):\r",
      "    print('p', i)\r",
      "\x04",
    ]),
  );
  equal(
    s,
    "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== for i in range(2):\r\n=== " +
      "    print('p', i)\r\n=== \r\np 0\r\np 1\r\n>>> ",
  );
});
