/**
 * A line REPL on the terminal: `>>> ` / `... ` prompts, multi-line input,
 * results echoed with `repr`. (The full REPL with raw mode and editing is
 * its own module; this one is what the CLI needs.)
 *
 * @module
 */

import { isIncomplete } from "../compiler/parser.ts";
import { compileSource, instantiate } from "../runtime/exec.ts";
import { drive } from "../runtime/scheduler.ts";
import { formatTraceback } from "../runtime/exc_format.ts";
import { PyException, systemExitType } from "../objects/exception.ts";
import { toPyException } from "../runtime/errors.ts";
import { intValue, isInt } from "../runtime/ops.ts";
import { MP_VERSION } from "../modules/sys.ts";
import type { Interp } from "../state.ts";

/** Something that yields input lines (null at end of input). */
export interface LineSource {
  readLine(): string | null;
}

/** The REPL banner, as the unix port prints it. */
export function banner(platform: string): string {
  const date = new Date().toISOString().slice(0, 10);
  return `MicroPython v${MP_VERSION.slice(0, 3).join(".")}-${
    MP_VERSION[3]
  } on ${date}; ${platform} [Deno] version\nType "help()" for more information.\n`;
}

/** Runs a REPL until end of input; resolves to the exit status. */
export async function runRepl(
  interp: Interp,
  input: LineSource,
  /** Print each line read (input from a pipe, which no terminal echoes). */
  echo = false,
): Promise<number> {
  interp.writeOut(banner(interp.config.platform));
  const main = interp.mainModule();
  for (;;) {
    interp.writeOut(">>> ");
    interp.flush();
    let line = input.readLine();
    if (echo && line !== null) interp.writeOut(line + "\n");
    if (line === null) {
      interp.writeOut("\n");
      interp.flush();
      return 0;
    }
    let source = line;
    while (isIncomplete(source)) {
      interp.writeOut("... ");
      interp.flush();
      line = input.readLine();
      if (echo && line !== null) interp.writeOut(line + "\n");
      if (line === null) break;
      source += "\n" + line;
    }
    if (source.trim() === "") continue;
    try {
      const code = compileSource(source + "\n", "<stdin>", "single", {
        optimize: interp.config.optimize,
      });
      await drive(interp, instantiate(interp, code, main.attrs)());
    } catch (e) {
      const exc = e instanceof PyException ? e : toPyException(e);
      if (exc.type.isSubclass(systemExitType)) {
        interp.flush();
        const a = exc.args.items[0];
        return a === undefined || a === null
          ? 0
          : isInt(a)
          ? Number(intValue(a)) & 255
          : 1;
      }
      interp.writeErr(formatTraceback(exc));
    }
    interp.flush();
  }
}
