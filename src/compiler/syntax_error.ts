/**
 * The error the lexer and parser throw for bad source, mirroring the
 * `SyntaxError`s raised by MicroPython's `py/lexer.c`, `py/parse.c` and
 * `py/compile.c`.
 *
 * @module
 */

/** The Python exception type a {@linkcode CompileError} becomes. */
export type CompileErrorType =
  | "SyntaxError"
  | "IndentationError"
  /** Only for the unsupported `\N{...}` escape, as in MicroPython. */
  | "NotImplementedError"
  /** Only for nesting too deep to parse (`maximum recursion depth exceeded`). */
  | "RuntimeError"
  /** Type errors found by the viper emitter (compiler/viper.ts). */
  | "ViperTypeError";

/** A syntax error at a source position; the runtime raises it as `pyType`. */
export class CompileError extends Error {
  /** Python exception class to raise. */
  readonly pyType: CompileErrorType;
  /** 1-based line of the offending token or node. */
  readonly line: number;
  /** 0-based column of the offending token or node. */
  readonly col: number;
  /** Source file name, set by `parseModule`/`parseExpression`. */
  filename?: string;
  /** Name of the function being compiled, for the traceback (viper errors). */
  scope?: string;

  /** Creates an error with MicroPython's wording, e.g. `invalid syntax`. */
  constructor(
    message: string,
    line: number,
    col: number,
    pyType: CompileErrorType = "SyntaxError",
  ) {
    super(message);
    this.name = "CompileError";
    this.pyType = pyType;
    this.line = line;
    this.col = col;
  }
}
