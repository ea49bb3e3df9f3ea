/**
 * Turns Python source into tokens, following MicroPython's `py/lexer.c`:
 * INDENT/DEDENT/NEWLINE from indentation (a tab advances to the next multiple
 * of 8), implicit line joining inside brackets, backslash continuation, and
 * all literal forms including f-strings, whose replacement fields are
 * tokenized in place so nested quotes (`f"{d["k"]}"`) work.
 *
 * The first lexical error ends the token list with an `error` token, so the
 * parser reports any earlier syntax error first, as MicroPython does.
 *
 * @module
 */

import type { ConstantValue } from "./ast.ts";
import { CompileError } from "./syntax_error.ts";
import {
  type FStringField,
  type FStringPart,
  KEYWORDS,
  type StringLiteral,
  type Token,
} from "./tokens.ts";

const NL = 10;
const TAB = 9;
const FF = 12;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const SQUOTE = 39;
const DOT = 46;
const ZERO = 48;
const COLON = 58;
const EQUALS = 61;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const LBRACE = 123;
const RBRACE = 125;

/** Operators of three and two characters; single ones are in `OP1`. */
const OPS3 = new Set(["**=", "//=", ">>=", "<<=", "..."]);
const OPS2 = new Set([
  "**",
  "//",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "->",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "@=",
  ":=",
]);
/** Single-character operators by char code (interned strings). */
const OP1: (string | undefined)[] = [];
for (const ch of "+-*/%@&|^~<>()[]{},:.;=!") OP1[ch.charCodeAt(0)] = ch;
/** Char codes that may start a longer operator. */
const OP_LONGER = new Set(
  Array.from("+-*/%@&|^<>:.=!", (ch) => ch.charCodeAt(0)),
);
/** Interned strings of all longer operators, by their text. */
const OP_TEXT: ReadonlyMap<string, string> = new Map(
  [...OPS3, ...OPS2].map((op) => [op, op]),
);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** MicroPython accepts any non-ASCII character in identifiers. */
function isIdentStart(c: number): boolean {
  return isLetter(c) || c === UNDERSCORE || c >= 0x80;
}

function isIdentChar(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Splits the letters before a quote into string flags, or null if not a prefix. */
function stringPrefix(
  p: string,
): { raw: boolean; bytes: boolean; fstr: boolean } | null {
  switch (p.toLowerCase()) {
    case "r":
      return { raw: true, bytes: false, fstr: false };
    case "u":
      return { raw: false, bytes: false, fstr: false };
    case "b":
      return { raw: false, bytes: true, fstr: false };
    case "f":
      return { raw: false, bytes: false, fstr: true };
    case "rb":
    case "br":
      return { raw: true, bytes: true, fstr: false };
    case "rf":
    case "fr":
      return { raw: true, bytes: false, fstr: true };
    default:
      return null;
  }
}

/** Normalises line endings to `\n` and drops a byte-order mark. */
export function normalizeSource(source: string): string {
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.indexOf("\r") >= 0) source = source.replace(/\r\n?/g, "\n");
  return source;
}

/** Tokenizes a whole module; the last token is `end` (or `error`). */
export function tokenize(source: string): Token[] {
  return new Lexer(normalizeSource(source)).run();
}

class Lexer {
  private readonly src: string;
  private readonly n: number;
  /** Whether any character outside the BMP occurs (columns then need counting). */
  private readonly astral: boolean;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private depth = 0;
  private readonly indents: number[] = [0];
  private readonly tokens: Token[] = [];
  /** Start of the string literal being read, for "unterminated" errors. */
  private strLine = 0;
  private strCol = 0;

  constructor(src: string) {
    this.src = src;
    this.n = src.length;
    this.astral = /[\uD800-\uDBFF]/.test(src);
  }

  run(): Token[] {
    try {
      this.scanAll();
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.tokens.push({
        kind: "error",
        value: "",
        line: e.line,
        col: e.col,
        pos: this.pos,
        error: e,
      });
    }
    return this.tokens;
  }

  private colOf(pos: number): number {
    if (!this.astral) return pos - this.lineStart;
    let col = 0;
    for (let i = this.lineStart; i < pos; i++) {
      const c = this.src.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return col;
  }

  private error(
    msg: string,
    pos = this.pos,
    type: "SyntaxError" | "IndentationError" | "NotImplementedError" =
      "SyntaxError",
  ): CompileError {
    return new CompileError(msg, this.line, this.colOf(pos), type);
  }

  private newline(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }

  private push(kind: Token["kind"], value: string, pos: number): Token {
    const tok: Token = {
      kind,
      value,
      line: this.line,
      col: this.colOf(pos),
      pos,
    };
    this.tokens.push(tok);
    return tok;
  }

  private scanAll(): void {
    const src = this.src;
    let atLineStart = true;
    for (;;) {
      if (atLineStart) {
        atLineStart = false;
        let p = this.pos;
        let col = 0;
        let c = src.charCodeAt(p);
        for (;;) {
          if (c === SPACE || c === FF) col++;
          else if (c === TAB) col = (col + 8) & ~7;
          else break;
          c = src.charCodeAt(++p);
        }
        if (p >= this.n) {
          this.pos = p;
          break;
        }
        if (c === NL || c === HASH) {
          // Blank or comment-only line: no tokens, no indentation change.
          const nl = src.indexOf("\n", p);
          if (nl < 0) {
            this.pos = this.n;
            break;
          }
          this.pos = nl + 1;
          this.newline(nl);
          atLineStart = true;
          continue;
        }
        if (c === BACKSLASH && src.charCodeAt(p + 1) === NL) {
          this.pos = p + 2;
          this.newline(p + 1);
          atLineStart = true;
          continue;
        }
        this.pos = p;
        this.indent(col);
      }
      this.skipSpace();
      const p = this.pos;
      if (p >= this.n) break;
      const c = src.charCodeAt(p);
      if (c === HASH) {
        const nl = src.indexOf("\n", p);
        this.pos = nl < 0 ? this.n : nl;
        continue;
      }
      if (c === NL) {
        if (this.depth === 0) {
          this.push("newline", "", p);
          atLineStart = true;
        }
        this.pos = p + 1;
        this.newline(p);
        continue;
      }
      if (c === BACKSLASH) {
        if (p + 1 >= this.n) {
          this.pos = this.n;
          break;
        }
        throw this.error("invalid syntax", p);
      }
      const tok = this.scanToken(false);
      this.tokens.push(tok);
      if (tok.kind === "op") {
        const v = tok.value;
        if (v === "(" || v === "[" || v === "{") this.depth++;
        else if ((v === ")" || v === "]" || v === "}") && this.depth > 0) {
          this.depth--;
        }
      }
    }
    // End of input: close the last logical line and all open blocks.
    const last = this.tokens.length > 0
      ? this.tokens[this.tokens.length - 1].kind
      : "newline";
    if (this.depth === 0 && last !== "newline" && last !== "dedent") {
      this.push("newline", "", this.n);
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push("dedent", "", this.n);
    }
    // MicroPython appends a newline to unterminated input, so the end marker
    // sits on the line after the last one.
    const endLine = this.n > 0 && src.charCodeAt(this.n - 1) !== NL
      ? this.line + 1
      : this.line;
    this.tokens.push({
      kind: "end",
      value: "",
      line: endLine,
      col: 0,
      pos: this.n,
    });
  }

  private indent(col: number): void {
    const top = this.indents[this.indents.length - 1];
    if (col > top) {
      this.indents.push(col);
      this.push("indent", "", this.pos);
    } else if (col < top) {
      while (col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.push("dedent", "", this.pos);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        throw this.error(
          "unindent doesn't match any outer indent level",
          this.pos,
          "IndentationError",
        );
      }
    }
  }

  /** Skips spaces, tabs, form feeds and backslash continuations. */
  private skipSpace(): void {
    const src = this.src;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c === SPACE || c === TAB || c === FF) {
        this.pos++;
      } else if (c === BACKSLASH && src.charCodeAt(this.pos + 1) === NL) {
        this.newline(this.pos + 1);
        this.pos += 2;
      } else {
        return;
      }
    }
  }

  /** Scans one name, keyword, number, string or operator token at `pos`. */
  private scanToken(inField: boolean): Token {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (isIdentStart(c)) {
      let p = start + 1;
      while (p < this.n && isIdentChar(src.charCodeAt(p))) p++;
      const word = src.slice(start, p);
      const q = src.charCodeAt(p);
      if ((q === SQUOTE || q === DQUOTE) && word.length <= 2) {
        const prefix = stringPrefix(word);
        if (prefix !== null) {
          this.pos = p;
          return this.scanString(start, prefix.raw, prefix.bytes, prefix.fstr);
        }
      }
      this.pos = p;
      return {
        kind: KEYWORDS.has(word) ? "keyword" : "name",
        value: word,
        line: this.line,
        col: this.colOf(start),
        pos: start,
      };
    }
    if (isDigit(c) || (c === DOT && isDigit(src.charCodeAt(start + 1)))) {
      return this.scanNumber();
    }
    if (c === SQUOTE || c === DQUOTE) {
      return this.scanString(start, false, false, false);
    }
    let op = OP1[c];
    if (op === undefined || (c === BANG && !inField)) {
      op = undefined;
    }
    if (OP_LONGER.has(c)) {
      const long = OP_TEXT.get(src.slice(start, start + 3)) ??
        OP_TEXT.get(src.slice(start, start + 2));
      if (long !== undefined) op = long;
    }
    if (op === undefined) throw this.error("invalid syntax", start);
    this.pos = start + op.length;
    return {
      kind: "op",
      value: op,
      line: this.line,
      col: this.colOf(start),
      pos: start,
    };
  }

  /**
   * Scans a number the way MicroPython does: greedily over letters, digits,
   * dots and underscores, so `1if` is an error rather than `1 if`.
   */
  private scanNumber(): Token {
    const src = this.src;
    const start = this.pos;
    let p = start;
    let isFloat = src.charCodeAt(p) === DOT;
    const c1 = src.charCodeAt(p + 1) | 0x20;
    const forcedInt = src.charCodeAt(p) === ZERO &&
      (c1 === 0x62 || c1 === 0x6f || c1 === 0x78);
    let text = src[p++];
    for (;;) {
      const c = src.charCodeAt(p);
      if (!forcedInt && (c === 0x65 || c === 0x45)) {
        isFloat = true;
        text += "e";
        p++;
        const s = src.charCodeAt(p);
        if (s === 0x2b || s === 0x2d) text += src[p++];
      } else if (isLetter(c) || isDigit(c) || c === DOT) {
        if (c === DOT || c === 0x6a || c === 0x4a) isFloat = true;
        text += src[p++];
      } else if (c === UNDERSCORE) {
        p++;
      } else {
        break;
      }
    }
    const tok: Token = {
      kind: "number",
      value: src.slice(start, p),
      line: this.line,
      col: this.colOf(start),
      pos: start,
    };
    tok.num = isFloat
      ? this.parseFloat(text, start)
      : this.parseInt(text, start);
    this.pos = p;
    return tok;
  }

  private parseFloat(text: string, start: number): ConstantValue {
    const m = /^(\d*\.?\d*(?:e[+-]?\d+)?)([jJ]?)$/.exec(text);
    if (m === null || !/\d/.test(m[1].split("e")[0])) {
      throw this.error("invalid syntax for number", start);
    }
    const value = Number(m[1]);
    return m[2] ? { type: "complex", value } : { type: "float", value };
  }

  private parseInt(text: string, start: number): ConstantValue {
    let base = 10;
    let digits = text;
    const p = text.length > 1 && text[0] === "0"
      ? text.charCodeAt(1) | 0x20
      : 0;
    if (p === 0x78) base = 16;
    else if (p === 0x6f) base = 8;
    else if (p === 0x62) base = 2;
    if (base !== 10) {
      digits = text.slice(2);
    } else if (text.length > 1 && text[0] === "0") {
      base = 0; // a leading zero allows only more zeros
    }
    let ok = digits.length > 0;
    for (let i = 0; ok && i < digits.length; i++) {
      const d = hexValue(digits.charCodeAt(i));
      ok = base === 0 ? d === 0 : d >= 0 && d < base;
    }
    if (!ok) {
      throw this.error(
        `invalid syntax for integer with base ${base}: '${digits}'`,
        start,
      );
    }
    if (base === 0) return { type: "int", value: 0 };
    if (base === 10 && digits.length < 16) {
      return { type: "int", value: Number(digits) };
    }
    const big = BigInt(base === 10 ? digits : text.slice(0, 2) + digits);
    const value = big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    return { type: "int", value };
  }

  /** Scans a literal whose opening quote is at `pos`; `start` includes the prefix. */
  private scanString(
    start: number,
    raw: boolean,
    bytes: boolean,
    fstr: boolean,
  ): Token {
    const src = this.src;
    const line = this.line;
    const col = this.colOf(start);
    const q = src.charCodeAt(this.pos);
    const triple = src.charCodeAt(this.pos + 1) === q &&
      src.charCodeAt(this.pos + 2) === q;
    this.pos += triple ? 3 : 1;
    const saveLine = this.strLine;
    const saveCol = this.strCol;
    this.strLine = line;
    this.strCol = col;
    const str: StringLiteral = { bytes, value: "", parts: null };
    if (fstr) {
      str.parts = this.readFString(q, triple, raw, false);
    } else {
      str.value = this.readChars(q, triple, raw, bytes, false);
    }
    this.pos += triple ? 3 : 1;
    this.strLine = saveLine;
    this.strCol = saveCol;
    return {
      kind: "string",
      value: src.slice(start, this.pos),
      line,
      col,
      pos: start,
      str,
    };
  }

  private unterminated(): CompileError {
    return new CompileError("invalid syntax", this.strLine, this.strCol);
  }

  /**
   * Reads literal characters up to the closing quote (or, with `braces`, up
   * to a `{` or `}`), decoding escapes; leaves `pos` on the stopping char.
   */
  private readChars(
    q: number,
    triple: boolean,
    raw: boolean,
    bytes: boolean,
    braces: boolean,
  ): string {
    const src = this.src;
    let out = "";
    let chunk = this.pos;
    for (;;) {
      const p = this.pos;
      if (p >= this.n) throw this.unterminated();
      const c = src.charCodeAt(p);
      if (c === q) {
        if (
          !triple ||
          (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q)
        ) {
          break;
        }
        this.pos++;
      } else if (c === NL) {
        if (!triple) throw this.unterminated();
        this.newline(p);
        this.pos++;
      } else if (braces && (c === LBRACE || c === RBRACE)) {
        break;
      } else if (c === BACKSLASH) {
        out += src.slice(chunk, p);
        out += this.readEscape(raw, bytes, braces);
        chunk = this.pos;
      } else {
        if (bytes && c > 0x7f) {
          throw this.error(
            "bytes can only contain ASCII literal characters",
            p,
          );
        }
        this.pos++;
      }
    }
    return out + src.slice(chunk, this.pos);
  }

  /** Decodes the escape sequence at `pos` (a backslash) and moves past it. */
  private readEscape(raw: boolean, bytes: boolean, braces: boolean): string {
    const src = this.src;
    const p = this.pos;
    if (p + 1 >= this.n) throw this.unterminated();
    const d = src.charCodeAt(p + 1);
    if (braces && (d === LBRACE || d === RBRACE)) {
      // `\{` keeps the backslash and still opens a field.
      this.pos = p + 1;
      return "\\";
    }
    if (d === NL) {
      this.newline(p + 1);
      this.pos = p + 2;
      return raw ? "\\\n" : "";
    }
    if (raw) {
      this.pos = p + 2;
      return src.slice(p, p + 2);
    }
    this.pos = p + 2;
    let code: number;
    switch (d) {
      case BACKSLASH:
      case SQUOTE:
      case DQUOTE:
        return src[p + 1];
      case 0x61: // a
        return "\x07";
      case 0x62: // b
        return "\b";
      case 0x66: // f
        return "\f";
      case 0x6e: // n
        return "\n";
      case 0x72: // r
        return "\r";
      case 0x74: // t
        return "\t";
      case 0x76: // v
        return "\v";
      case 0x75: // u
      case 0x55: // U
        if (bytes) return src.slice(p, p + 2);
        code = this.readHex(d === 0x75 ? 4 : 8);
        break;
      case 0x78: // x
        code = this.readHex(2);
        break;
      case 0x4e: // N
        throw this.error("unicode name escapes", p, "NotImplementedError");
      default:
        if (d >= 48 && d <= 55) {
          code = d - 48;
          for (let i = 0; i < 2; i++) {
            const o = src.charCodeAt(this.pos);
            if (o < 48 || o > 55) break;
            code = code * 8 + o - 48;
            this.pos++;
          }
        } else {
          return src.slice(p, p + 2);
        }
    }
    if (bytes ? code > 0xff : code > 0x10ffff) {
      throw this.error("invalid syntax", p);
    }
    return String.fromCodePoint(code);
  }

  private readHex(count: number): number {
    let code = 0;
    for (let i = 0; i < count; i++) {
      const h = hexValue(this.src.charCodeAt(this.pos));
      if (h < 0) throw this.error("invalid syntax", this.pos);
      code = code * 16 + h;
      this.pos++;
    }
    return code;
  }

  /**
   * Reads the body of an f-string (or, with `inSpec`, of a format spec, which
   * ends at the field's closing `}`), leaving `pos` on the terminator.
   */
  private readFString(
    q: number,
    triple: boolean,
    raw: boolean,
    inSpec: boolean,
  ): FStringPart[] {
    const src = this.src;
    const parts: FStringPart[] = [];
    let text = "";
    for (;;) {
      text += this.readChars(q, triple, raw, false, true);
      const c = src.charCodeAt(this.pos);
      if (c === LBRACE) {
        if (!inSpec && src.charCodeAt(this.pos + 1) === LBRACE) {
          text += "{";
          this.pos += 2;
          continue;
        }
        if (text) parts.push(text);
        text = "";
        this.pos++;
        parts.push(this.readField(q, triple, raw));
      } else if (c === RBRACE) {
        if (inSpec) break;
        if (src.charCodeAt(this.pos + 1) !== RBRACE) {
          throw this.error("invalid syntax");
        }
        text += "}";
        this.pos += 2;
      } else {
        // The closing quote: inside a spec it means the field never closed.
        if (inSpec) throw this.error("invalid syntax");
        break;
      }
    }
    if (text) parts.push(text);
    return parts;
  }

  /** Reads a replacement field after its `{`, up to and including its `}`. */
  private readField(q: number, triple: boolean, raw: boolean): FStringField {
    const src = this.src;
    const exprStart = this.pos;
    const field: FStringField = {
      tokens: [],
      line: this.line,
      col: this.colOf(exprStart),
      debug: null,
      conversion: -1,
      spec: null,
    };
    let depth = 0;
    let c: number;
    for (;;) {
      // Inside a field, newlines are whitespace as inside brackets.
      for (;;) {
        c = src.charCodeAt(this.pos);
        if (c === SPACE || c === TAB || c === FF) this.pos++;
        else if (c === NL) {
          this.newline(this.pos);
          this.pos++;
        } else if (c === BACKSLASH && src.charCodeAt(this.pos + 1) === NL) {
          this.newline(this.pos + 1);
          this.pos += 2;
        } else break;
      }
      if (this.pos >= this.n) throw this.unterminated();
      if (c === HASH || c === BACKSLASH) throw this.error("invalid syntax");
      if (depth === 0) {
        const c2 = src.charCodeAt(this.pos + 1);
        if (
          c === RBRACE || c === COLON || (c === BANG && c2 !== EQUALS) ||
          (c === EQUALS && c2 !== EQUALS)
        ) {
          break;
        }
      }
      const tok = this.scanToken(true);
      field.tokens.push(tok);
      if (tok.kind === "op") {
        const v = tok.value;
        if (v === "(" || v === "[" || v === "{") depth++;
        else if (v === ")" || v === "]" || v === "}") depth--;
      }
    }
    const exprEnd = this.pos;
    const endLine = this.line;
    const endCol = this.colOf(exprEnd);
    if (field.tokens.length === 0) throw this.error("malformed f-string");
    if (c === EQUALS) {
      this.pos++;
      for (;;) {
        c = src.charCodeAt(this.pos);
        if (c !== SPACE && c !== TAB && c !== FF) break;
        this.pos++;
      }
      field.debug = src.slice(exprStart, this.pos);
    }
    if (c === BANG) {
      const conv = src.charCodeAt(this.pos + 1);
      const after = src.charCodeAt(this.pos + 2);
      if (
        (conv !== 0x73 && conv !== 0x72 && conv !== 0x61) ||
        (after !== COLON && after !== RBRACE)
      ) {
        throw this.error("invalid syntax", this.pos);
      }
      field.conversion = conv;
      this.pos += 2;
      c = after;
    }
    if (c === COLON) {
      this.pos++;
      field.spec = this.readFString(q, triple, raw, true);
      c = src.charCodeAt(this.pos);
    }
    if (c !== RBRACE) throw this.error("invalid syntax");
    this.pos++;
    // `{x=}` shows str(x) in MicroPython (CPython uses repr)
    field.tokens.push({
      kind: "end",
      value: "",
      line: endLine,
      col: endCol,
      pos: exprEnd,
    });
    return field;
  }
}
