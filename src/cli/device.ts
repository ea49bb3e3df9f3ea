/**
 * The board's REPL over a byte stream (`micropython --device`): what
 * MicroPython's host tools, mpremote and tools/pyboard.py, talk to on a
 * serial port. The friendly REPL (echo, `>>> `, Ctrl-A..Ctrl-E on an empty
 * line), paste mode, the raw REPL with raw-paste uploads, soft reset, and
 * Ctrl-C as KeyboardInterrupt while a program runs. Mirrors MicroPython's
 * `shared/runtime/pyexec.c` and `shared/readline/readline.c`; the byte
 * protocol is described in ../shared/tools/realclient/PROTOCOL.md.
 *
 * Output written by Python code goes out with `\n` as `\r\n`, as a board's
 * console does. Programs run with a time slice, so that the host's event
 * loop (and with it the reader of the input, which turns Ctrl-C into an
 * interrupt) gets turns during a long computation, and sleeps end early on
 * Ctrl-C.
 *
 * @module
 */

import { isIncomplete } from "../compiler/parser.ts";
import { compileSource, instantiate } from "../runtime/exec.ts";
import { drive, realWaiter, type Waiter } from "../runtime/scheduler.ts";
import { formatTraceback } from "../runtime/exc_format.ts";
import { PyException, systemExitType } from "../objects/exception.ts";
import { toPyException } from "../runtime/errors.ts";
import type { Interp } from "../state.ts";
import { banner } from "./repl.ts";

const CTRL_A = 1, CTRL_B = 2, CTRL_C = 3, CTRL_D = 4, CTRL_E = 5;
/** raw-paste flow-control window, as a board with a 256-byte buffer uses. */
const WINDOW = 128;
const RAW_BANNER = "raw REPL; CTRL-B to exit\r\n";

/** Where the device reads its input and writes its output. */
export interface DeviceIo {
  /** Chunks of input bytes; ends at end of input. */
  input: AsyncIterable<Uint8Array>;
  /** Writes bytes at once (unbuffered). */
  write(b: Uint8Array): void;
}

/**
 * The interpreter for one session: made anew at every soft reset, with the
 * given output functions (they receive the program's output with `\n`
 * already turned into `\r\n`).
 */
export type InterpFactory = (
  out: (s: string) => void,
) => Interp;

/** Input bytes, queued; Ctrl-C while a program runs interrupts it instead. */
class InputQueue {
  private bytes: number[] = [];
  private head = 0;
  private wake: (() => void) | null = null;
  ended = false;
  /** Set while a program runs: Ctrl-C then goes here. */
  onInterrupt: (() => void) | null = null;

  constructor(input: AsyncIterable<Uint8Array>) {
    this.pump(input);
  }

  private async pump(input: AsyncIterable<Uint8Array>): Promise<void> {
    try {
      for await (const chunk of input) {
        for (const b of chunk) {
          if (b === CTRL_C && this.onInterrupt !== null) this.onInterrupt();
          else this.bytes.push(b);
        }
        this.notify();
      }
    } catch {
      // a read error ends the input like its end does
    }
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    if (w !== null) w();
  }

  /** The next byte, or null at the end of input. */
  async next(): Promise<number | null> {
    while (this.head >= this.bytes.length) {
      if (this.ended) return null;
      await new Promise<void>((r) => (this.wake = r));
    }
    const b = this.bytes[this.head++];
    if (this.head > 4096) {
      this.bytes = this.bytes.slice(this.head);
      this.head = 0;
    }
    return b;
  }
}

const encoder = new TextEncoder();

/** Runs the device until its input ends; resolves to the exit status. */
export async function runDevice(
  makeInterp: InterpFactory,
  io: DeviceIo,
): Promise<number> {
  const q = new InputQueue(io.input);
  const write = (s: string) => io.write(encoder.encode(s));
  // a board's console: the program's "\n" goes out as "\r\n"
  const cooked = (s: string) => write(s.replace(/\r?\n/g, "\r\n"));
  let interp = makeInterp(cooked);
  let raw = false;

  // sleeps that end early on Ctrl-C (the driver then raises it)
  let cutSleep: (() => void) | null = null;
  const waiter: Waiter = {
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(done, Math.max(0, ms));
        function done() {
          clearTimeout(t);
          cutSleep = null;
          resolve();
        }
        cutSleep = done;
      }),
    yieldTurn: realWaiter.yieldTurn,
  };

  /**
   * Compiles and runs `source`; returns the text of an uncaught exception
   * ("" if none), or null when it was SystemExit (a soft reset follows).
   */
  const execute = async (
    source: string,
    mode: "exec" | "single",
  ): Promise<string | null> => {
    q.onInterrupt = () => {
      interp.interruptPending = true;
      interp.budget = 0;
      if (cutSleep !== null) cutSleep();
    };
    try {
      const code = compileSource(source, "<stdin>", mode, {
        optimize: interp.config.optimize,
      });
      const main = interp.mainModule();
      await drive(interp, instantiate(interp, code, main.attrs)(), waiter);
      return "";
    } catch (e) {
      const exc = e instanceof PyException ? e : toPyException(e);
      if (exc.type.isSubclass(systemExitType)) return null;
      return formatTraceback(exc).replace(/\r?\n/g, "\r\n");
    } finally {
      q.onInterrupt = null;
      interp.interruptPending = false;
      interp.flush();
    }
  };

  const friendlyBanner = () =>
    write(banner(interp.config.platform).replace(/\r?\n/g, "\r\n"));
  /** A fresh interpreter; the banner of the mode the REPL stays in follows. */
  const softReset = () => {
    write("MPY: soft reboot\r\n");
    interp = makeInterp(cooked);
    if (raw) write(RAW_BANNER);
    else friendlyBanner();
  };

  // the last byte was "\r" (a "\r\n" pair is one newline, even across prompts)
  let lastCr = false;
  friendlyBanner();
  for (;;) {
    if (raw) {
      // ---------------------------------------------------- raw REPL
      write(RAW_BANNER);
      let buf: number[] = [];
      let next: "raw" | "friendly" = "raw";
      raw_loop: for (;;) {
        write(">");
        for (;;) {
          const b = await q.next();
          if (b === null) return 0;
          if (b === CTRL_A) {
            if (buf.length === 2 && buf[0] === CTRL_E) {
              const cmd = buf[1];
              buf = [];
              if (cmd === 65 /* A */) {
                const result = await rawPaste();
                if (result === "eof") return 0;
                if (result === "reset") softReset();
                continue raw_loop;
              }
              write("R\x00");
              continue raw_loop;
            }
            write(RAW_BANNER);
            buf = [];
            continue raw_loop;
          }
          if (b === CTRL_B) {
            write("\r\n");
            next = "friendly";
            break raw_loop;
          }
          if (b === CTRL_C) {
            buf = [];
            continue;
          }
          if (b === CTRL_D) {
            if (buf.length === 0) {
              write("OK\r\n");
              softReset();
              continue raw_loop;
            }
            write("OK");
            const source = new TextDecoder().decode(new Uint8Array(buf));
            buf = [];
            const exc = await execute(source, "exec");
            write("\x04");
            if (exc === null) {
              write("\x04");
              softReset();
              continue raw_loop;
            }
            write(exc + "\x04");
            continue raw_loop;
          }
          buf.push(b);
        }
      }
      if (next === "friendly") {
        raw = false;
        friendlyBanner();
      }
      continue;
    }

    // ------------------------------------------------------ friendly REPL
    write(">>> ");
    let source = "";
    let line = "";
    for (;;) {
      const b = await q.next();
      if (b === null) return 0;
      const wasCr = lastCr;
      lastCr = b === 13;
      if (line === "" && source === "") {
        if (b === CTRL_A) {
          write("\r\n");
          raw = true;
          break;
        }
        if (b === CTRL_B) {
          write("\r\n");
          friendlyBanner();
          write(">>> ");
          continue;
        }
        if (b === CTRL_D) {
          write("\r\n");
          softReset();
          write(">>> ");
          continue;
        }
        if (b === CTRL_E) {
          const r = await pasteMode();
          if (r === "eof") return 0;
          if (r === "reset") softReset();
          write(">>> ");
          continue;
        }
      }
      if (b === CTRL_C) {
        write("\r\n>>> ");
        source = "";
        line = "";
        continue;
      }
      if (b === 10 && wasCr) continue; // "\r\n" is one newline
      if (b === 13 || b === 10) {
        write("\r\n");
        source = source === "" ? line : source + "\n" + line;
        line = "";
        if (source.trim() !== "" && isIncomplete(source)) {
          write("... ");
          continue;
        }
        if (source.trim() !== "") {
          const exc = await execute(source + "\n", "single");
          if (exc === null) softReset();
          else write(exc);
        }
        break;
      }
      if (b === 8 || b === 127) {
        if (line.length > 0) {
          line = line.slice(0, -1);
          write("\b \b");
        }
        continue;
      }
      if (b === 9) {
        line += "    ";
        write("    ");
        continue;
      }
      if (b < 32) continue; // other control bytes and escape sequences
      const ch = b < 128 ? String.fromCharCode(b) : await utf8Char(b);
      line += ch;
      write(ch);
    }
  }

  /** The rest of a UTF-8 sequence that starts with `first`. */
  async function utf8Char(first: number): Promise<string> {
    const n = first >= 0xf0 ? 3 : first >= 0xe0 ? 2 : first >= 0xc0 ? 1 : 0;
    const bytes = [first];
    for (let i = 0; i < n; i++) {
      const b = await q.next();
      if (b === null) break;
      bytes.push(b);
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }

  /** Paste mode (Ctrl-E in the friendly REPL). */
  async function pasteMode(): Promise<"ok" | "eof" | "reset"> {
    write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    const buf: number[] = [];
    let lastCr = false;
    for (;;) {
      const b = await q.next();
      if (b === null) return "eof";
      const wasCr = lastCr;
      lastCr = b === 13;
      if (b === CTRL_C) {
        write("\r\n");
        return "ok";
      }
      if (b === CTRL_D) {
        write("\r\n");
        const source = new TextDecoder().decode(new Uint8Array(buf));
        const exc = await execute(source + "\n", "single");
        if (exc === null) return "reset";
        write(exc);
        return "ok";
      }
      if (b === 10 && wasCr) continue;
      if (b === 13 || b === 10) {
        buf.push(10);
        write("\r\n=== ");
        continue;
      }
      buf.push(b);
      io.write(new Uint8Array([b]));
    }
  }

  /**
   * A raw-paste upload (`\x05A\x01` at the raw prompt): the code arrives
   * under flow control, ends with Ctrl-D (or Ctrl-C: KeyboardInterrupt),
   * then runs. Its result follows as `output \x04 exception \x04`.
   */
  async function rawPaste(): Promise<"ok" | "eof" | "reset"> {
    io.write(new Uint8Array([82, 1, WINDOW & 0xff, WINDOW >> 8, 1])); // R\x01, window, \x01
    const buf: number[] = [];
    let used = 0;
    let interrupted = false;
    for (;;) {
      const b = await q.next();
      if (b === null) return "eof";
      if (b === CTRL_D) break;
      if (b === CTRL_C) {
        interrupted = true;
        break;
      }
      buf.push(b);
      if (++used === WINDOW) {
        used = 0;
        write("\x01");
      }
    }
    write("\x04");
    let exc: string | null;
    if (interrupted) {
      exc = "Traceback (most recent call last):\r\n" +
        '  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt: \r\n';
    } else {
      const source = new TextDecoder().decode(new Uint8Array(buf));
      exc = await execute(source, "exec");
    }
    if (exc === null) {
      write("\x04\x04");
      return "reset";
    }
    write("\x04" + exc + "\x04");
    return "ok";
  }
}
