import assert from "node:assert/strict";
import { tokenize } from "./lexer.ts";
import type { FStringField, Token } from "./tokens.ts";

/** Token kinds and values in a compact form, e.g. `name:x op:= number:1 newline`. */
function kinds(source: string): string {
  return tokenize(source).map((t) =>
    t.kind === "name" || t.kind === "op" || t.kind === "keyword"
      ? `${t.kind}:${t.value}`
      : t.kind
  ).join(" ");
}

function only(source: string): Token {
  const toks = tokenize(source);
  assert.equal(toks.at(-1)?.kind, "end", `no end token for ${source}`);
  return toks[0];
}

function lexError(source: string): Token {
  const t = tokenize(source).at(-1) as Token;
  assert.equal(
    t.kind,
    "error",
    `expected an error for ${JSON.stringify(source)}`,
  );
  return t;
}

Deno.test("tokenize() emits DEDENT at end of input", () => {
  assert.equal(
    kinds("if x:\n    y"),
    "keyword:if name:x op:: newline indent name:y newline dedent end",
  );
});

Deno.test("tokenize() emits one DEDENT per closed block", () => {
  assert.equal(
    kinds("if a:\n if b:\n  c\nd\n"),
    "keyword:if name:a op:: newline indent keyword:if name:b op:: newline " +
      "indent name:c newline dedent dedent name:d newline end",
  );
});

Deno.test("tokenize() ignores blank and comment-only lines for indentation", () => {
  assert.equal(
    kinds("if a:\n\n   # c\n  b  # d\n\n  c\n"),
    "keyword:if name:a op:: newline indent name:b newline name:c newline dedent end",
  );
});

Deno.test("tokenize() counts a tab as reaching the next multiple of 8", () => {
  assert.equal(
    kinds("if a:\n\tb\n        c\n"),
    "keyword:if name:a op:: newline indent name:b newline name:c newline dedent end",
  );
});

Deno.test("tokenize() joins lines inside brackets", () => {
  assert.equal(
    kinds("x = (1,\n  2\n)\n"),
    "name:x op:= op:( number op:, number op:) newline end",
  );
});

Deno.test("tokenize() joins lines after a backslash", () => {
  const toks = tokenize("x = 1 + \\\n    2\ny");
  assert.equal(
    toks.map((t) => t.kind).join(" "),
    "name op number op number newline name newline end",
  );
  assert.equal(toks[4].line, 2);
  assert.equal(toks[6].line, 3);
});

Deno.test("tokenize() puts the end token on the line after the input", () => {
  assert.equal(tokenize("x = (").at(-1)?.line, 2);
  assert.equal(tokenize("x = (\n").at(-1)?.line, 2);
  assert.equal(tokenize("x\n\n").at(-1)?.line, 3);
});

Deno.test("tokenize() normalises CRLF and CR line endings", () => {
  const toks = tokenize("a\r\nb\rc\r\n");
  assert.deepEqual(toks.filter((t) => t.kind === "name").map((t) => t.line), [
    1,
    2,
    3,
  ]);
  assert.equal(only("'''x\r\ny'''").str?.value, "x\ny");
});

Deno.test("tokenize() reports columns in code points", () => {
  const toks = tokenize("s = '\u{1F600}'; t");
  assert.equal(toks[4].value, "t");
  assert.equal(toks[4].col, 9);
});

Deno.test("tokenize() reads integer literals", () => {
  assert.deepEqual(only("42").num, { type: "int", value: 42 });
  assert.deepEqual(only("0x_ff").num, { type: "int", value: 255 });
  assert.deepEqual(only("0O17").num, { type: "int", value: 15 });
  assert.deepEqual(only("0b1010").num, { type: "int", value: 10 });
  assert.deepEqual(only("1_000_000").num, { type: "int", value: 1000000 });
  assert.deepEqual(only("000").num, { type: "int", value: 0 });
  assert.deepEqual(only("9007199254740991").num, {
    type: "int",
    value: 9007199254740991,
  });
  assert.deepEqual(only("9007199254740992").num, {
    type: "int",
    value: 9007199254740992n,
  });
  assert.deepEqual(only("0xFFFFFFFFFFFFFFFFFFFF").num, {
    type: "int",
    value: 0xFFFFFFFFFFFFFFFFFFFFn,
  });
});

Deno.test("tokenize() reads float and imaginary literals", () => {
  assert.deepEqual(only("1.").num, { type: "float", value: 1 });
  assert.deepEqual(only(".5").num, { type: "float", value: 0.5 });
  assert.deepEqual(only("1e10").num, { type: "float", value: 1e10 });
  assert.deepEqual(only("1.5E-3").num, { type: "float", value: 0.0015 });
  assert.deepEqual(only("1_0.5").num, { type: "float", value: 10.5 });
  assert.deepEqual(only("3j").num, { type: "complex", value: 3 });
  assert.deepEqual(only("1.5J").num, { type: "complex", value: 1.5 });
  assert.deepEqual(only("1e400").num, { type: "float", value: Infinity });
});

Deno.test("tokenize() rejects malformed numbers with MicroPython's wording", () => {
  assert.equal(
    lexError("x = 1if y else 2").error?.message,
    "invalid syntax for integer with base 10: '1if'",
  );
  assert.equal(
    lexError("0777").error?.message,
    "invalid syntax for integer with base 0: '0777'",
  );
  assert.equal(
    lexError("0x").error?.message,
    "invalid syntax for integer with base 16: ''",
  );
  assert.equal(
    lexError("0b12").error?.message,
    "invalid syntax for integer with base 2: '12'",
  );
  assert.equal(lexError("1e").error?.message, "invalid syntax for number");
  assert.equal(
    lexError("1.__class__").error?.message,
    "invalid syntax for number",
  );
  assert.equal(kinds("1 if x else 2").split(" ").length, 7);
});

Deno.test("tokenize() decodes string escapes", () => {
  assert.equal(
    only(String.raw`'\n\t\\\'\"\a\b\f\v\r\x41\u00e9\U0001F600\101\0'`).str
      ?.value,
    "\n\t\\'\"\x07\b\f\v\rA\u00e9\u{1F600}A\0",
  );
  assert.equal(only("'a\\\nb'").str?.value, "ab");
  assert.equal(only(String.raw`'\q'`).str?.value, "\\q");
  assert.equal(only(String.raw`'\777'`).str?.value, "\u01ff");
});

Deno.test("tokenize() accepts every string prefix in any case", () => {
  for (
    const p of [
      "r",
      "u",
      "R",
      "U",
      "rb",
      "Br",
      "bR",
      "RB",
      "f",
      "F",
      "rf",
      "fR",
    ]
  ) {
    const t = only(`${p}'x'`);
    assert.equal(t.kind, "string", p);
    assert.equal(t.str?.bytes, p.toLowerCase().includes("b"), p);
    assert.equal(t.str?.parts !== null, p.toLowerCase().includes("f"), p);
  }
  assert.equal(kinds("ub'x'"), "name:ub string newline end");
});

Deno.test("tokenize() keeps backslashes in raw strings", () => {
  assert.equal(only(String.raw`r'\n\''`).str?.value, String.raw`\n\'`);
  assert.equal(only(String.raw`rb'\x00'`).str?.value, String.raw`\x00`);
});

Deno.test("tokenize() reads bytes literals as byte values", () => {
  const t = only(String.raw`b'a\xff\u1234\0'`);
  assert.equal(t.str?.bytes, true);
  assert.equal(t.str?.value, "a\xff\\u1234\0");
  assert.equal(
    lexError("b'\u00e9'").error?.message,
    "bytes can only contain ASCII literal characters",
  );
  assert.equal(lexError(String.raw`b'\777'`).error?.message, "invalid syntax");
});

Deno.test("tokenize() reads triple-quoted strings across lines", () => {
  const toks = tokenize('x = """a\n"b"\n""" + y\n');
  assert.equal(toks[2].str?.value, 'a\n"b"\n');
  assert.equal(toks[2].line, 1);
  assert.equal(toks[4].line, 3);
});

Deno.test("tokenize() reports an unterminated string at its start", () => {
  const t = lexError("x = 1\ny = '''abc\n\n");
  assert.equal(t.error?.message, "invalid syntax");
  assert.equal(t.error?.line, 2);
  assert.equal(lexError("'abc\n'").error?.line, 1);
});

Deno.test("tokenize() raises NotImplementedError for \\N{...}", () => {
  const e = lexError(String.raw`'\N{DASH}'`).error;
  assert.equal(e?.pyType, "NotImplementedError");
  assert.equal(e?.message, "unicode name escapes");
});

Deno.test("tokenize() rejects a short \\x escape", () => {
  assert.equal(lexError(String.raw`'\x4'`).error?.message, "invalid syntax");
});

Deno.test("tokenize() reports a dedent to an unknown level as IndentationError", () => {
  const e = lexError("if a:\n    b\n  c\n").error;
  assert.equal(e?.pyType, "IndentationError");
  assert.equal(e?.message, "unindent doesn't match any outer indent level");
  assert.equal(e?.line, 3);
});

Deno.test("tokenize() rejects stray characters", () => {
  for (const s of ["$", "?", "`", "a ! b", "x = 1 \\ 2"]) {
    assert.equal(lexError(s).error?.message, "invalid syntax", s);
  }
});

Deno.test("tokenize() accepts non-ASCII identifiers", () => {
  assert.equal(
    kinds("\u03b1\u03b2 = 1"),
    "name:\u03b1\u03b2 op:= number newline end",
  );
});

Deno.test("tokenize() treats match and print as names", () => {
  assert.equal(kinds("match print"), "name:match name:print newline end");
});

Deno.test("tokenize() reads the longest operator", () => {
  assert.equal(
    kinds("a **= b // c ... -> :="),
    "name:a op:**= name:b op:// name:c op:... op:-> op::= newline end",
  );
});

function field(t: Token, i: number): FStringField {
  const part = t.str?.parts?.[i];
  assert.ok(part !== undefined && typeof part !== "string");
  return part;
}

Deno.test("tokenize() splits f-strings into text and fields", () => {
  const t = only("f'a{{b}}{x}c'");
  assert.equal(t.str?.parts?.length, 3);
  assert.equal(t.str?.parts?.[0], "a{b}");
  assert.equal(t.str?.parts?.[2], "c");
  const f = field(t, 1);
  assert.deepEqual(f.tokens.map((k) => k.kind), ["name", "end"]);
  assert.equal(f.conversion, -1);
  assert.equal(f.spec, null);
  assert.equal(f.col, 9);
});

Deno.test("tokenize() reads f-string conversions and nested specs", () => {
  const t = only("f'{x!r:{w}.{p}f}'");
  const f = field(t, 0);
  assert.equal(f.conversion, "r".charCodeAt(0));
  assert.equal(f.spec?.length, 4);
  assert.equal(f.spec?.[1], ".");
  assert.equal(f.spec?.[3], "f");
});

Deno.test("tokenize() reads the f-string = specifier", () => {
  const a = field(only("f'{x=}'"), 0);
  assert.equal(a.debug, "x=");
  // MicroPython shows str(x) for `{x=}` (CPython: repr)
  assert.equal(a.conversion, -1);
  const b = field(only("f'{x = }'"), 0);
  assert.equal(b.debug, "x = ");
  const c = field(only("f'{x=!s:>10}'"), 0);
  assert.equal(c.debug, "x=");
  assert.equal(c.conversion, "s".charCodeAt(0));
  const d = field(only("f'{x=:>10}'"), 0);
  assert.equal(d.conversion, -1);
  const e = field(only("f'{a==b}'"), 0);
  assert.equal(e.debug, null);
  assert.equal(e.tokens.length, 4);
});

Deno.test("tokenize() allows quotes and brackets inside f-string fields", () => {
  const a = field(only(`f"{d['a']}"`), 0);
  assert.equal(a.tokens.length, 5);
  const b = field(only(`f"{x["a"]}"`), 0);
  assert.equal(b.tokens[2].str?.value, "a");
  const c = field(only(`f"{ {'k': 1}['k'] }"`), 0);
  assert.equal(c.tokens.length, 9);
  const d = field(only(`f'{x:=5}'`), 0);
  assert.deepEqual(d.spec, ["=5"]);
});

Deno.test("tokenize() rejects malformed f-strings", () => {
  assert.equal(lexError("f'{}'").error?.message, "malformed f-string");
  assert.equal(lexError("f'{ }'").error?.message, "malformed f-string");
  for (const s of ["f'{x'", "f'{x!z}'", "f'{\\}'", "f'{#}'", "f'}'"]) {
    assert.equal(lexError(s).error?.message, "invalid syntax", s);
  }
});

Deno.test("tokenize() tracks lines inside triple-quoted f-string fields", () => {
  const f = field(only('f"""\n{\nx\n}"""'), 1);
  assert.equal(f.tokens[0].line, 3);
});
