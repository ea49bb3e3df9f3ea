/**
 * Tokens produced by `lexer.ts` and consumed by `parser.ts`, as in
 * MicroPython's `py/lexer.h`.
 *
 * @module
 */

import type { ConstantValue } from "./ast.ts";
import type { CompileError } from "./syntax_error.ts";

/** What a token is; operators and keywords carry their text in `value`. */
export type TokenKind =
  | "name"
  | "keyword"
  | "number"
  | "string"
  | "op"
  | "newline"
  | "indent"
  | "dedent"
  | "end"
  /** A lexical error; the parser throws `error` when it reaches this token. */
  | "error";

/** One token with its source position. */
export interface Token {
  kind: TokenKind;
  /** Identifier, keyword or operator text; the raw source text of literals. */
  value: string;
  /** 1-based line of the first character. */
  line: number;
  /** 0-based column (in code points) of the first character. */
  col: number;
  /** Offset of the first character in the (newline-normalised) source. */
  pos: number;
  /** Value of a number token (int, float or complex). */
  num?: ConstantValue;
  /** Contents of a string token (one literal; adjacent ones are separate tokens). */
  str?: StringLiteral;
  /** The error of an `error` token. */
  error?: CompileError;
}

/** A single string, bytes or f-string literal. */
export interface StringLiteral {
  /** True for `b"..."`: `value` then holds one char per byte (0..255). */
  bytes: boolean;
  /** The decoded value; empty for f-strings, see `parts`. */
  value: string;
  /** The pieces of an f-string, or null for a plain literal. */
  parts: FStringPart[] | null;
}

/** Literal text (escapes decoded, `{{` undoubled) or a replacement field. */
export type FStringPart = string | FStringField;

/** One `{expr=!conv:spec}` replacement field of an f-string. */
export interface FStringField {
  /** Tokens of the expression, positioned in the outer source, ending with an `end` token. */
  tokens: Token[];
  /** 1-based line where the expression starts. */
  line: number;
  /** 0-based column where the expression starts. */
  col: number;
  /** Text to print before the value for `{expr=}`, or null. */
  debug: string | null;
  /** -1 for none, else the char code of `s`, `r` or `a`. */
  conversion: number;
  /** The format spec (which may hold nested fields), or null. */
  spec: FStringPart[] | null;
}

/** Reserved words of the language MicroPython implements (`match` is not one). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);
