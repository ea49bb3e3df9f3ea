/**
 * Recursive-descent parser from tokens to the AST of `ast.ts`, covering the
 * grammar of MicroPython's `py/grammar.h` (Python 3.4 plus async/await,
 * f-strings, walrus, positional-only parameters and PEP 614 decorators).
 *
 * As in MicroPython, errors that `py/compile.c` would report (bad assignment
 * targets, `return` outside a function, argument order ...) are collected
 * while parsing and thrown only when the whole input parsed, so a plain syntax
 * error later in the file wins. The `const()` optimisation of `py/parse.c` is
 * done here too: `X = const(expr)` folds `expr`, later uses of the name `X`
 * become constants, and a name starting with `_` is not bound at all.
 *
 * @module
 */

import type {
  Arg,
  Arguments,
  BinOpKind,
  CmpOpKind,
  Comprehension,
  ConstantValue,
  ExceptHandler,
  Expr,
  ExprContext,
  Expression,
  FunctionDef,
  Keyword,
  Module,
  Pos,
  Stmt,
  WithItem,
} from "./ast.ts";
import { tokenize } from "./lexer.ts";
import { CompileError } from "./syntax_error.ts";
import type { FStringField, FStringPart, Token } from "./tokens.ts";

/** Parses a whole module (a file, `exec` input, `-c` command or REPL entry). */
export function parseModule(source: string, filename: string): Module {
  const p = new Parser(tokenize(source), newState());
  return p.withFilename(filename, () => p.parseFile());
}

/** Parses the input of `eval`: one expression list, optionally followed by newlines. */
export function parseExpression(source: string, filename: string): Expression {
  const p = new Parser(tokenize(source), newState());
  return p.withFilename(filename, () => p.parseEvalInput());
}

/**
 * Says whether REPL input needs another line, with the rules of
 * MicroPython's `mp_repl_continue_with_input`: `source` holds the lines
 * entered so far joined by `\n`; an unclosed bracket or triple quote or a
 * trailing backslash continues, and so does a compound statement until an
 * empty line is entered (`source` then ends with `\n`).
 */
export function isIncomplete(source: string): boolean {
  if (source.length === 0) return false;
  const first = /^(if|while|for|try|with|def|class|async)(?![A-Za-z0-9_])/;
  const compound = source[0] === "@" || first.test(source);
  const NONE = 0, S1 = 1, D1 = 2, S3 = 3, D3 = 4;
  let quote = NONE;
  let parens = 0;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source[i];
    if (c === "'") {
      if (
        (quote === NONE || quote === S3) && source[i + 1] === "'" &&
        source[i + 2] === "'"
      ) {
        i += 2;
        quote = S3 - quote;
      } else if (quote === NONE || quote === S1) {
        quote = S1 - quote;
      }
    } else if (c === '"') {
      if (
        (quote === NONE || quote === D3) && source[i + 1] === '"' &&
        source[i + 2] === '"'
      ) {
        i += 2;
        quote = D3 - quote;
      } else if (quote === NONE || quote === D1) {
        quote = D1 - quote;
      }
    } else if (
      c === "\\" &&
      (source[i + 1] === "'" || source[i + 1] === '"' ||
        source[i + 1] === "\\")
    ) {
      if (quote !== NONE) i++;
    } else if (quote === NONE) {
      if (c === "(" || c === "[" || c === "{") parens++;
      else if (c === ")" || c === "]" || c === "}") parens--;
    }
  }
  if (quote === S3 || quote === D3) return true;
  if (parens > 0 && quote === NONE) return true;
  const last = source[n - 1];
  if (last === "\\") return true;
  return compound && last !== "\n";
}

// ------------------------------------------------------------- parser state

/** A value `const()` can hold: a literal or a tuple of them. */
type ConstVal = ConstantValue | { type: "tuple"; items: ConstVal[] };

interface Frame {
  kind: "module" | "class" | "function" | "lambda";
  isAsync: boolean;
  /** Number of loops around the current point, within this frame. */
  loops: number;
}

/** What a parser shares with the sub-parsers of f-string fields. */
interface State {
  deferred: CompileError | null;
  consts: Map<string, ConstVal>;
  frames: Frame[];
}

function newState(): State {
  return {
    deferred: null,
    consts: new Map(),
    frames: [{ kind: "module", isAsync: false, loops: 0 }],
  };
}

const BIN_OPS: ReadonlyMap<string, readonly [number, BinOpKind]> = new Map([
  ["|", [1, "BitOr"]],
  ["^", [2, "BitXor"]],
  ["&", [3, "BitAnd"]],
  ["<<", [4, "LShift"]],
  [">>", [4, "RShift"]],
  ["+", [5, "Add"]],
  ["-", [5, "Sub"]],
  ["*", [6, "Mult"]],
  ["/", [6, "Div"]],
  ["//", [6, "FloorDiv"]],
  ["%", [6, "Mod"]],
  ["@", [6, "MatMult"]],
]);

const AUG_OPS: ReadonlyMap<string, BinOpKind> = new Map([
  ["+=", "Add"],
  ["-=", "Sub"],
  ["*=", "Mult"],
  ["@=", "MatMult"],
  ["/=", "Div"],
  ["%=", "Mod"],
  ["&=", "BitAnd"],
  ["|=", "BitOr"],
  ["^=", "BitXor"],
  ["<<=", "LShift"],
  [">>=", "RShift"],
  ["**=", "Pow"],
  ["//=", "FloorDiv"],
]);

const CMP_OPS: ReadonlyMap<string, CmpOpKind> = new Map([
  ["<", "Lt"],
  [">", "Gt"],
  ["==", "Eq"],
  [">=", "GtE"],
  ["<=", "LtE"],
  ["!=", "NotEq"],
]);

/** Operators and keywords that can start an expression (besides names and literals). */
const EXPR_START_OPS = new Set(["(", "[", "{", "-", "+", "~", "*", "..."]);
const EXPR_START_KWS = new Set([
  "None",
  "True",
  "False",
  "not",
  "lambda",
  "await",
]);

function at(t: Pos): Pos {
  return { line: t.line, col: t.col };
}

class Parser {
  private readonly toks: Token[];
  private i = 0;
  private tok: Token;
  private readonly state: State;

  constructor(toks: Token[], state: State) {
    this.toks = toks;
    this.tok = toks[0];
    this.state = state;
  }

  /**
   * Runs `fn`, stamping `filename` on any CompileError it throws and turning
   * JS stack exhaustion (absurdly deep nesting) into a Python RuntimeError.
   */
  withFilename<T>(filename: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      let err = e;
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        err = new CompileError(
          "maximum recursion depth exceeded",
          this.tok.line,
          this.tok.col,
          "RuntimeError",
        );
      }
      if (err instanceof CompileError) err.filename = filename;
      throw err;
    }
  }

  // --------------------------------------------------------------- tokens

  private next(): Token {
    const t = this.tok;
    if (t.kind !== "end" && t.kind !== "error") this.tok = this.toks[++this.i];
    return t;
  }

  private peek(): Token {
    return this.toks[Math.min(this.i + 1, this.toks.length - 1)];
  }

  private isKind(kind: Token["kind"]): boolean {
    return this.tok.kind === kind;
  }

  private isOp(v: string): boolean {
    return this.tok.kind === "op" && this.tok.value === v;
  }

  private isKw(v: string): boolean {
    return this.tok.kind === "keyword" && this.tok.value === v;
  }

  private eatOp(v: string): boolean {
    if (!this.isOp(v)) return false;
    this.next();
    return true;
  }

  private eatKw(v: string): boolean {
    if (!this.isKw(v)) return false;
    this.next();
    return true;
  }

  private expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.next();
  }

  private expectKw(v: string): Token {
    if (!this.isKw(v)) this.fail();
    return this.next();
  }

  private expectName(): Token {
    if (this.tok.kind !== "name") this.fail();
    return this.next();
  }

  private expectNewline(): void {
    if (this.tok.kind !== "newline") this.fail();
    this.next();
  }

  /** Throws the syntax error for an unexpected token. */
  private fail(t: Token = this.tok): never {
    if (t.kind === "error" && t.error) throw t.error;
    if (t.kind === "indent") {
      throw new CompileError(
        "unexpected indent",
        t.line,
        t.col,
        "IndentationError",
      );
    }
    throw new CompileError("invalid syntax", t.line, t.col);
  }

  /** Records a compile-stage error, thrown once parsing has succeeded. */
  private defer(msg: string, where: Pos): void {
    if (this.state.deferred === null) {
      this.state.deferred = new CompileError(msg, where.line, where.col);
    }
  }

  private finish(): void {
    if (this.state.deferred !== null) throw this.state.deferred;
  }

  private get frame(): Frame {
    const f = this.state.frames;
    return f[f.length - 1];
  }

  private inFunction(): boolean {
    const k = this.frame.kind;
    return k === "function" || k === "lambda";
  }

  private startsExpr(): boolean {
    const t = this.tok;
    switch (t.kind) {
      case "name":
      case "number":
      case "string":
        return true;
      case "op":
        return EXPR_START_OPS.has(t.value);
      case "keyword":
        return EXPR_START_KWS.has(t.value);
      default:
        return false;
    }
  }

  private startsComp(): boolean {
    if (this.isKw("for")) return true;
    const p = this.peek();
    return this.isKw("async") && p.kind === "keyword" && p.value === "for";
  }

  // ------------------------------------------------------------ top level

  parseFile(): Module {
    const body: Stmt[] = [];
    while (this.tok.kind !== "end") this.parseStatement(body);
    this.finish();
    const mod: Module = { kind: "Module", body };
    const doc = docstringOf(body);
    if (doc !== null) mod.docstring = doc;
    return mod;
  }

  parseEvalInput(): Expression {
    const body = this.parseTestListStar();
    this.checkValue(body);
    while (this.tok.kind === "newline") this.next();
    if (this.tok.kind !== "end") this.fail();
    this.finish();
    return { kind: "Expression", body };
  }

  // ----------------------------------------------------------- statements

  private parseStatement(out: Stmt[]): void {
    const t = this.tok;
    if (t.kind === "keyword") {
      switch (t.value) {
        case "if":
          out.push(this.parseIf());
          return;
        case "while":
          out.push(this.parseWhile());
          return;
        case "for":
          out.push(this.parseFor(null));
          return;
        case "try":
          out.push(this.parseTry());
          return;
        case "with":
          out.push(this.parseWith(null));
          return;
        case "def":
          out.push(this.parseFuncDef([], null));
          return;
        case "class":
          out.push(this.parseClass([]));
          return;
        case "async":
          out.push(this.parseAsync([]));
          return;
      }
    } else if (t.kind === "op" && t.value === "@") {
      out.push(this.parseDecorated());
      return;
    }
    this.parseSimpleLine(out);
  }

  /** `small_stmt (';' small_stmt)* [';'] NEWLINE`. */
  private parseSimpleLine(out: Stmt[]): void {
    for (;;) {
      out.push(this.parseSmallStmt());
      if (!this.eatOp(";")) break;
      if (this.tok.kind === "newline") break;
    }
    this.expectNewline();
  }

  /** `':' (simple_line | NEWLINE INDENT stmt+ DEDENT)`. */
  private parseSuite(): Stmt[] {
    this.expectOp(":");
    const body: Stmt[] = [];
    if (this.tok.kind !== "newline") {
      this.parseSimpleLine(body);
      return body;
    }
    this.next();
    if (!this.isKind("indent")) this.fail();
    this.next();
    while (!this.isKind("dedent")) this.parseStatement(body);
    this.next();
    return body;
  }

  private parseLoopBody(): Stmt[] {
    this.frame.loops++;
    const body = this.parseSuite();
    this.frame.loops--;
    return body;
  }

  private parseIf(): Stmt {
    const t = this.next();
    const test = this.parseNamedExprTest();
    const body = this.parseSuite();
    let orelse: Stmt[] = [];
    if (this.isKw("elif")) orelse = [this.parseIf()];
    else if (this.eatKw("else")) orelse = this.parseSuite();
    return { kind: "If", test, body, orelse, line: t.line, col: t.col };
  }

  private parseWhile(): Stmt {
    const t = this.next();
    const test = this.parseNamedExprTest();
    const body = this.parseLoopBody();
    const orelse = this.eatKw("else") ? this.parseSuite() : [];
    return { kind: "While", test, body, orelse, line: t.line, col: t.col };
  }

  private parseFor(asyncTok: Token | null): Stmt {
    const t = asyncTok ?? this.tok;
    this.next();
    const target = this.parseTargetList();
    this.setContext(target, "Store");
    this.expectKw("in");
    const iter = this.parseTestListStar();
    this.checkValue(iter);
    const body = this.parseLoopBody();
    const orelse = this.eatKw("else") ? this.parseSuite() : [];
    return {
      kind: "For",
      target,
      iter,
      body,
      orelse,
      isAsync: asyncTok !== null,
      line: t.line,
      col: t.col,
    };
  }

  private parseTry(): Stmt {
    const t = this.next();
    const body = this.parseSuite();
    const handlers: ExceptHandler[] = [];
    let bare: Token | null = null;
    while (this.isKw("except")) {
      const et = this.next();
      if (bare !== null) this.defer("default 'except' must be last", bare);
      let type: Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(":")) {
        type = this.parseTest();
        if (this.eatKw("as")) name = this.expectName().value;
      } else {
        bare = et;
      }
      const hbody = this.parseSuite();
      handlers.push({
        kind: "ExceptHandler",
        type,
        name,
        body: hbody,
        line: et.line,
        col: et.col,
      });
    }
    const orelse = handlers.length > 0 && this.eatKw("else")
      ? this.parseSuite()
      : [];
    const finalbody = this.eatKw("finally") ? this.parseSuite() : [];
    if (handlers.length === 0 && finalbody.length === 0) this.fail();
    return {
      kind: "Try",
      body,
      handlers,
      orelse,
      finalbody,
      line: t.line,
      col: t.col,
    };
  }

  private parseWith(asyncTok: Token | null): Stmt {
    const t = asyncTok ?? this.tok;
    this.next();
    const items: WithItem[] = [];
    if (this.isOp("(") && this.parenthesizedWithItems()) {
      this.next();
      do {
        if (this.isOp(")")) break;
        items.push(this.parseWithItem());
      } while (this.eatOp(","));
      this.expectOp(")");
    } else {
      do items.push(this.parseWithItem()); while (this.eatOp(","));
    }
    const body = this.parseSuite();
    return {
      kind: "With",
      items,
      body,
      isAsync: asyncTok !== null,
      line: t.line,
      col: t.col,
    };
  }

  /** Whether `with (` starts `with (a as b, c):` rather than an expression. */
  private parenthesizedWithItems(): boolean {
    let depth = 0;
    let itemSyntax = false;
    for (let j = this.i; j < this.toks.length; j++) {
      const t = this.toks[j];
      if (t.kind === "op") {
        if (t.value === "(" || t.value === "[" || t.value === "{") depth++;
        else if (t.value === ")" || t.value === "]" || t.value === "}") {
          if (--depth === 0) {
            const after = this.toks[j + 1];
            return itemSyntax && after !== undefined && after.kind === "op" &&
              after.value === ":";
          }
        } else if (t.value === "," && depth === 1) itemSyntax = true;
      } else if (t.kind === "keyword" && t.value === "as" && depth === 1) {
        itemSyntax = true;
      } else if (t.kind === "newline" || t.kind === "end") {
        return false;
      }
    }
    return false;
  }

  private parseWithItem(): WithItem {
    const contextExpr = this.parseTest();
    let optionalVars: Expr | null = null;
    if (this.eatKw("as")) {
      optionalVars = this.parseTargetAtom();
      this.setContext(optionalVars, "Store");
    }
    return { contextExpr, optionalVars };
  }

  private parseDecorated(): Stmt {
    const decorators: Expr[] = [];
    let emitter: FunctionDef["emitter"];
    while (this.eatOp("@")) {
      const d = this.parseNamedExprTest();
      this.expectNewline();
      const builtin = builtinDecorator(d);
      if (builtin === null) decorators.push(d);
      else if (builtin === "") this.defer("invalid micropython decorator", d);
      else emitter = builtin;
    }
    let def: Stmt;
    if (this.isKw("def")) def = this.parseFuncDef(decorators, null);
    else if (this.isKw("class")) def = this.parseClass(decorators);
    else if (this.isKw("async")) def = this.parseAsync(decorators);
    else this.fail();
    if (emitter !== undefined && def.kind === "FunctionDef") {
      def.emitter = emitter;
    }
    return def;
  }

  private parseAsync(decorators: Expr[]): Stmt {
    const t = this.next();
    if (this.isKw("def")) return this.parseFuncDef(decorators, t);
    if (decorators.length === 0 && (this.isKw("for") || this.isKw("with"))) {
      if (!(this.frame.kind === "function" && this.frame.isAsync)) {
        this.defer("async for/with outside async function", t);
      }
      return this.isKw("for") ? this.parseFor(t) : this.parseWith(t);
    }
    this.fail();
  }

  private parseFuncDef(decorators: Expr[], asyncTok: Token | null): Stmt {
    const t = asyncTok ?? this.tok;
    this.next();
    const name = this.expectName().value;
    this.expectOp("(");
    const args = this.parseParams(")", true, t);
    this.expectOp(")");
    const returns = this.eatOp("->") ? this.parseTest() : null;
    this.state.frames.push({
      kind: "function",
      isAsync: asyncTok !== null,
      loops: 0,
    });
    const body = this.parseSuite();
    this.state.frames.pop();
    const fn: FunctionDef = {
      kind: "FunctionDef",
      name,
      args,
      body,
      decorators,
      returns,
      isAsync: asyncTok !== null,
      line: t.line,
      col: t.col,
    };
    const doc = docstringOf(body);
    if (doc !== null) fn.docstring = doc;
    return fn;
  }

  private parseClass(decorators: Expr[]): Stmt {
    const t = this.next();
    const name = this.expectName().value;
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.eatOp("(")) {
      ({ args: bases, keywords } = this.parseArgs(t));
      this.expectOp(")");
    }
    this.state.frames.push({ kind: "class", isAsync: false, loops: 0 });
    const body = this.parseSuite();
    this.state.frames.pop();
    const doc = docstringOf(body);
    return {
      kind: "ClassDef",
      name,
      bases,
      keywords,
      body,
      decorators,
      line: t.line,
      col: t.col,
      ...(doc !== null ? { docstring: doc } : {}),
    };
  }

  /** Parameters of `def` (closer `)`, with annotations) or `lambda` (closer `:`). */
  private parseParams(
    closer: string,
    annotations: boolean,
    owner: Token,
  ): Arguments {
    const a: Arguments = {
      posonlyargs: [],
      args: [],
      vararg: null,
      kwonlyargs: [],
      kwDefaults: [],
      kwarg: null,
      defaults: [],
    };
    let state = 0; // 0: positional, 1: keyword-only, 2: after **kwargs
    let slash = false;
    const names = new Set<string>();
    const add = (arg: Arg): Arg => {
      if (names.has(arg.arg)) this.defer("argument name reused", owner);
      names.add(arg.arg);
      return arg;
    };
    while (!this.isOp(closer)) {
      if (state === 2) this.fail();
      if (this.isOp("/")) {
        if (state !== 0 || slash || a.args.length === 0) this.fail();
        this.next();
        slash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.isOp("*")) {
        if (state !== 0) this.fail();
        this.next();
        state = 1;
        if (this.tok.kind === "name") {
          a.vararg = add(this.parseParam(annotations));
        }
      } else if (this.isOp("**")) {
        this.next();
        a.kwarg = add(this.parseParam(annotations));
        state = 2;
      } else {
        const arg = add(this.parseParam(annotations));
        const dflt = this.eatOp("=") ? this.parseTest() : null;
        if (state === 0) {
          a.args.push(arg);
          if (dflt !== null) a.defaults.push(dflt);
          else if (a.defaults.length > 0) {
            this.defer("non-default argument follows default argument", owner);
          }
        } else {
          a.kwonlyargs.push(arg);
          a.kwDefaults.push(dflt);
        }
      }
      if (!this.eatOp(",")) break;
    }
    return a;
  }

  private parseParam(annotations: boolean): Arg {
    const t = this.expectName();
    const annotation = annotations && this.eatOp(":") ? this.parseTest() : null;
    return { arg: t.value, annotation, line: t.line, col: t.col };
  }

  private parseSmallStmt(): Stmt {
    const t = this.tok;
    if (t.kind === "keyword") {
      switch (t.value) {
        case "pass":
          this.next();
          return { kind: "Pass", line: t.line, col: t.col };
        case "break":
        case "continue":
          this.next();
          if (this.frame.loops === 0) {
            this.defer("'break'/'continue' outside loop", t);
          }
          return {
            kind: t.value === "break" ? "Break" : "Continue",
            line: t.line,
            col: t.col,
          };
        case "return": {
          this.next();
          if (!this.inFunction()) this.defer("'return' outside function", t);
          const value = this.startsExpr() ? this.parseTestListStar() : null;
          if (value !== null) this.checkValue(value);
          return { kind: "Return", value, line: t.line, col: t.col };
        }
        case "raise": {
          this.next();
          let exc: Expr | null = null;
          let cause: Expr | null = null;
          if (this.startsExpr()) {
            exc = this.parseTest();
            if (this.eatKw("from")) cause = this.parseTest();
          }
          return { kind: "Raise", exc, cause, line: t.line, col: t.col };
        }
        case "global":
        case "nonlocal": {
          this.next();
          const names = [this.expectName().value];
          while (this.eatOp(",")) names.push(this.expectName().value);
          if (t.value === "global") {
            return { kind: "Global", names, line: t.line, col: t.col };
          }
          if (this.frame.kind === "module") {
            this.defer("can't declare nonlocal in outer code", t);
          }
          return { kind: "Nonlocal", names, line: t.line, col: t.col };
        }
        case "del": {
          this.next();
          const { elts, comma } = this.parseTargetElts();
          const target = comma ? elts : [elts[0]];
          for (const e of target) this.setContext(e, "Del");
          return { kind: "Delete", targets: target, line: t.line, col: t.col };
        }
        case "assert": {
          this.next();
          const test = this.parseTest();
          const msg = this.eatOp(",") ? this.parseTest() : null;
          return { kind: "Assert", test, msg, line: t.line, col: t.col };
        }
        case "import":
          return this.parseImport();
        case "from":
          return this.parseFromImport();
      }
    }
    return this.parseExprStmt();
  }

  private parseDottedName(): string {
    let name = this.expectName().value;
    while (this.eatOp(".")) name += "." + this.expectName().value;
    return name;
  }

  private parseImport(): Stmt {
    const t = this.next();
    const names = [];
    do {
      const name = this.parseDottedName();
      const asname = this.eatKw("as") ? this.expectName().value : null;
      names.push({ name, asname });
    } while (this.eatOp(","));
    return { kind: "Import", names, line: t.line, col: t.col };
  }

  private parseFromImport(): Stmt {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level++;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    const module = this.tok.kind === "name" ? this.parseDottedName() : null;
    if (module === null && level === 0) this.fail();
    this.expectKw("import");
    const names = [];
    if (this.isOp("*")) {
      const star = this.next();
      if (this.frame.kind !== "module") {
        this.defer("import * not at module level", star);
      }
      names.push({ name: "*", asname: null });
    } else {
      const paren = this.eatOp("(");
      for (;;) {
        const name = this.expectName().value;
        const asname = this.eatKw("as") ? this.expectName().value : null;
        names.push({ name, asname });
        if (!this.eatOp(",")) break;
        if (paren ? this.isOp(")") : this.tok.kind !== "name") break;
      }
      if (paren) this.expectOp(")");
    }
    return {
      kind: "ImportFrom",
      module,
      names,
      level,
      line: t.line,
      col: t.col,
    };
  }

  private parseRhs(): Expr {
    if (this.isKw("yield")) return this.parseYield();
    const value = this.parseTestListStar();
    this.checkValue(value);
    return value;
  }

  private parseExprStmt(): Stmt {
    const t = this.tok;
    const first = this.isKw("yield")
      ? this.parseYield()
      : this.parseTestListStar();
    if (this.isOp("=")) {
      const targets = [first];
      while (this.eatOp("=")) targets.push(this.parseRhs());
      const value = targets.pop() as Expr;
      for (const target of targets) this.setContext(target, "Store");
      if (targets.length === 1) {
        const folded = this.foldConstAssign(targets[0], value);
        if (folded === null) return { kind: "Pass", line: t.line, col: t.col };
        return {
          kind: "Assign",
          targets,
          value: folded,
          line: t.line,
          col: t.col,
        };
      }
      return { kind: "Assign", targets, value, line: t.line, col: t.col };
    }
    if (this.tok.kind === "op") {
      const op = AUG_OPS.get(this.tok.value);
      if (op !== undefined) {
        this.next();
        if (
          first.kind === "Name" || first.kind === "Attribute" ||
          first.kind === "Subscript"
        ) {
          this.setContext(first, "Store");
        } else {
          this.defer("can't assign to expression", first);
        }
        const value = this.parseRhs();
        return {
          kind: "AugAssign",
          target: first,
          op,
          value,
          line: t.line,
          col: t.col,
        };
      }
      if (this.tok.value === ":") {
        this.next();
        const annotation = this.parseTest();
        let value = this.eatOp("=") ? this.parseRhs() : null;
        if (
          first.kind === "Name" || first.kind === "Attribute" ||
          first.kind === "Subscript"
        ) {
          this.setContext(first, "Store");
        } else {
          this.defer("can't assign to expression", first);
        }
        if (value !== null) {
          const folded = this.foldConstAssign(first, value);
          if (folded === null) {
            return { kind: "Pass", line: t.line, col: t.col };
          }
          value = folded;
        }
        const simple = first.kind === "Name" &&
          !(t.kind === "op" && t.value === "(");
        return {
          kind: "AnnAssign",
          target: first,
          annotation,
          value,
          simple,
          line: t.line,
          col: t.col,
        };
      }
    }
    this.checkValue(first);
    return { kind: "ExprStmt", value: first, line: t.line, col: t.col };
  }

  // ---------------------------------------------------------- const()

  /**
   * Handles `name = const(expr)`: returns the folded value to assign, null
   * when the statement vanishes (a `_name`), or `value` itself otherwise.
   */
  private foldConstAssign(target: Expr, value: Expr): Expr | null {
    if (
      target.kind !== "Name" || value.kind !== "Call" ||
      value.func.kind !== "Name" || value.func.id !== "const"
    ) {
      return value;
    }
    const arg = value.args.length === 1 && value.keywords.length === 0
      ? value.args[0]
      : null;
    const v = arg !== null && arg.kind !== "Starred" ? evalConst(arg) : null;
    if (v === null) {
      throw new CompileError("not a constant", value.line, value.col);
    }
    this.state.consts.set(target.id, v);
    if (target.id.startsWith("_")) return null;
    return constNode(v, arg as Expr);
  }

  // -------------------------------------------------------------- targets

  /** Sets the context of an assignment or `del` target, checking it is one. */
  private setContext(e: Expr, ctx: ExprContext): void {
    switch (e.kind) {
      case "Name":
        if (e.id === "__debug__") break;
        e.ctx = ctx;
        return;
      case "Attribute":
      case "Subscript":
        e.ctx = ctx;
        return;
      case "Tuple":
      case "List": {
        // MicroPython rejects `() = x`, `del ()` and `del [x]`.
        if (
          e.kind === "List" ? ctx === "Del" : e.elts.length === 0
        ) {
          break;
        }
        let starred = false;
        for (const elt of e.elts) {
          if (elt.kind === "Starred") {
            if (ctx === "Del") {
              this.defer("can't delete expression", elt);
            } else if (starred) {
              this.defer("multiple *x in assignment", elt);
            }
            starred = true;
            elt.ctx = ctx;
            this.setContext(elt.value, ctx);
          } else {
            this.setContext(elt, ctx);
          }
        }
        e.ctx = ctx;
        return;
      }
    }
    this.defer(
      ctx === "Del" ? "can't delete expression" : "can't assign to expression",
      e,
    );
  }

  /** Reports a bare `*x` used as a value. */
  private checkValue(e: Expr): void {
    if (e.kind === "Starred") this.defer("*x must be assignment target", e);
  }

  /** `exprlist`: targets of `for`, `del` and comprehensions, split at commas. */
  private parseTargetElts(): { elts: Expr[]; comma: boolean } {
    const elts = [this.parseStarOr(false)];
    let comma = false;
    while (this.eatOp(",")) {
      comma = true;
      if (!this.startsExpr()) break;
      elts.push(this.parseStarOr(false));
    }
    return { elts, comma };
  }

  private parseTargetList(): Expr {
    const start = this.tok;
    const { elts, comma } = this.parseTargetElts();
    if (!comma) return elts[0];
    return {
      kind: "Tuple",
      elts,
      ctx: "Load",
      line: start.line,
      col: start.col,
    };
  }

  /** A single target such as the one after `with ... as`. */
  private parseTargetAtom(): Expr {
    return this.parseBinary(1);
  }

  // ---------------------------------------------------------- expressions

  /** `*expr` (as Starred) or, with `test`, a full test, else a bitwise-or expr. */
  private parseStarOr(test: boolean): Expr {
    if (this.isOp("*")) {
      const t = this.next();
      const value = this.parseBinary(1);
      return { kind: "Starred", value, ctx: "Load", line: t.line, col: t.col };
    }
    return test ? this.parseTest() : this.parseBinary(1);
  }

  private parseStarOrNamed(): Expr {
    if (this.isOp("*")) return this.parseStarOr(false);
    return this.parseNamedExprTest();
  }

  /** `testlist_star_expr`: a tuple when there is a comma. */
  private parseTestListStar(): Expr {
    const start = this.tok;
    const first = this.parseStarOr(true);
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpr()) break;
      elts.push(this.parseStarOr(true));
    }
    return {
      kind: "Tuple",
      elts,
      ctx: "Load",
      line: start.line,
      col: start.col,
    };
  }

  private parseNamedExprTest(): Expr {
    const start = this.tok;
    const e = this.parseTest();
    if (!this.isOp(":=")) return e;
    this.next();
    const value = this.parseTest();
    if (e.kind !== "Name") {
      this.defer("can't assign to expression", e);
      return value;
    }
    e.ctx = "Store";
    return {
      kind: "NamedExpr",
      target: e,
      value,
      line: start.line,
      col: start.col,
    };
  }

  private parseTest(): Expr {
    const start = this.tok;
    if (this.isKw("lambda")) return this.parseLambda();
    const e = this.parseOrTest();
    if (!this.isKw("if")) return e;
    this.next();
    const test = this.parseOrTest();
    this.expectKw("else");
    const orelse = this.parseTest();
    return {
      kind: "IfExp",
      test,
      body: e,
      orelse,
      line: start.line,
      col: start.col,
    };
  }

  private parseLambda(): Expr {
    const t = this.next();
    const args = this.parseParams(":", false, t);
    this.expectOp(":");
    this.state.frames.push({ kind: "lambda", isAsync: false, loops: 0 });
    const body = this.parseTest();
    this.state.frames.pop();
    return { kind: "Lambda", args, body, line: t.line, col: t.col };
  }

  private parseOrTest(): Expr {
    const start = this.tok;
    const first = this.parseAndTest();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.parseAndTest());
    return {
      kind: "BoolOp",
      op: "Or",
      values,
      line: start.line,
      col: start.col,
    };
  }

  private parseAndTest(): Expr {
    const start = this.tok;
    const first = this.parseNotTest();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.parseNotTest());
    return {
      kind: "BoolOp",
      op: "And",
      values,
      line: start.line,
      col: start.col,
    };
  }

  private parseNotTest(): Expr {
    if (this.isKw("not")) {
      const t = this.next();
      const operand = this.parseNotTest();
      return { kind: "UnaryOp", op: "Not", operand, line: t.line, col: t.col };
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const start = this.tok;
    const left = this.parseBinary(1);
    let ops: CmpOpKind[] | null = null;
    const comparators: Expr[] = [];
    for (;;) {
      const t = this.tok;
      let op: CmpOpKind | undefined;
      if (t.kind === "op") {
        op = CMP_OPS.get(t.value);
        if (op !== undefined) this.next();
      } else if (t.kind === "keyword") {
        if (t.value === "in") {
          this.next();
          op = "In";
        } else if (t.value === "is") {
          this.next();
          op = this.eatKw("not") ? "IsNot" : "Is";
        } else if (t.value === "not") {
          const p = this.peek();
          if (p.kind === "keyword" && p.value === "in") {
            this.next();
            this.next();
            op = "NotIn";
          }
        }
      }
      if (op === undefined) break;
      (ops ??= []).push(op);
      comparators.push(this.parseBinary(1));
    }
    if (ops === null) return left;
    return {
      kind: "Compare",
      left,
      ops,
      comparators,
      line: start.line,
      col: start.col,
    };
  }

  /** Binary operators from `|` (precedence 1) to `* / // % @` (6). */
  private parseBinary(minPrec: number): Expr {
    const start = this.tok;
    let left = this.parseFactor();
    for (;;) {
      const t = this.tok;
      if (t.kind !== "op") return left;
      const info = BIN_OPS.get(t.value);
      if (info === undefined || info[0] < minPrec) return left;
      this.next();
      const right = this.parseBinary(info[0] + 1);
      left = {
        kind: "BinOp",
        left,
        op: info[1],
        right,
        line: start.line,
        col: start.col,
      };
    }
  }

  private parseFactor(): Expr {
    const t = this.tok;
    if (t.kind === "op") {
      const op = t.value === "-"
        ? "USub"
        : t.value === "+"
        ? "UAdd"
        : t.value === "~"
        ? "Invert"
        : null;
      if (op !== null) {
        this.next();
        const operand = this.parseFactor();
        return { kind: "UnaryOp", op, operand, line: t.line, col: t.col };
      }
    }
    return this.parsePower();
  }

  private parsePower(): Expr {
    const start = this.tok;
    let base: Expr;
    if (this.isKw("await")) {
      const t = this.next();
      if (!this.inFunction()) this.defer("'await' outside function", t);
      base = {
        kind: "Await",
        value: this.parseAtomExpr(),
        line: t.line,
        col: t.col,
      };
    } else {
      base = this.parseAtomExpr();
    }
    if (!this.isOp("**")) return base;
    this.next();
    const right = this.parseFactor();
    return {
      kind: "BinOp",
      left: base,
      op: "Pow",
      right,
      line: start.line,
      col: start.col,
    };
  }

  private parseAtomExpr(): Expr {
    const start = this.tok;
    let e = this.parseAtom();
    for (;;) {
      if (this.tok.kind !== "op") return e;
      const v = this.tok.value;
      if (v === "(") {
        const t = this.next();
        const { args, keywords } = this.parseArgs(t);
        this.expectOp(")");
        e = {
          kind: "Call",
          func: e,
          args,
          keywords,
          line: start.line,
          col: start.col,
        };
      } else if (v === "[") {
        this.next();
        const slice = this.parseSubscriptList();
        this.expectOp("]");
        e = {
          kind: "Subscript",
          value: e,
          slice,
          ctx: "Load",
          line: start.line,
          col: start.col,
        };
      } else if (v === ".") {
        this.next();
        const name = this.expectName();
        if (name.value === "__debug__") this.fail(name);
        e = {
          kind: "Attribute",
          value: e,
          attr: name.value,
          ctx: "Load",
          line: start.line,
          col: start.col,
        };
      } else {
        return e;
      }
    }
  }

  /** Call arguments up to (not including) `)`, checking their order. */
  private parseArgs(call: Pos): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.isOp(")")) {
      const t = this.tok;
      if (this.eatOp("*")) {
        const value = this.parseTest();
        if (sawDoubleStar) this.defer("* arg after **", call);
        else if (sawKeyword) this.defer("* arg after kwarg", call);
        args.push({
          kind: "Starred",
          value,
          ctx: "Load",
          line: t.line,
          col: t.col,
        });
      } else if (this.eatOp("**")) {
        keywords.push({
          arg: null,
          value: this.parseTest(),
          line: t.line,
          col: t.col,
        });
        sawDoubleStar = true;
      } else if (
        t.kind === "name" && this.peek().kind === "op" &&
        this.peek().value === "="
      ) {
        this.next();
        this.next();
        keywords.push({
          arg: t.value,
          value: this.parseTest(),
          line: t.line,
          col: t.col,
        });
        sawKeyword = true;
      } else {
        let value = this.parseNamedExprTest();
        if (this.startsComp()) {
          value = this.finishComp("GeneratorExp", value, null, at(call));
        } else if (this.isOp("=")) {
          this.defer("LHS of keyword arg must be an id", call);
          this.next();
          this.parseTest();
        }
        if (sawDoubleStar) this.defer("positional arg after **", call);
        else if (sawKeyword) {
          this.defer("positional arg after keyword arg", call);
        }
        args.push(value);
      }
      if (!this.eatOp(",")) break;
    }
    return { args, keywords };
  }

  private parseSubscriptList(): Expr {
    const start = this.tok;
    const first = this.parseSubscript();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.parseSubscript());
    }
    return {
      kind: "Tuple",
      elts,
      ctx: "Load",
      line: start.line,
      col: start.col,
    };
  }

  private parseSubscript(): Expr {
    const t = this.tok;
    let lower: Expr | null = null;
    if (!this.isOp(":")) {
      lower = this.parseNamedExprTest();
      if (!this.isOp(":")) return lower;
    }
    this.next();
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.isOp(":") && !this.isOp("]") && !this.isOp(",")) {
      upper = this.parseTest();
    }
    if (this.eatOp(":") && !this.isOp("]") && !this.isOp(",")) {
      step = this.parseTest();
    }
    return { kind: "Slice", lower, upper, step, line: t.line, col: t.col };
  }

  private parseAtom(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case "name": {
        this.next();
        const c = this.state.consts.get(t.value);
        if (c !== undefined) return constNode(c, t);
        return {
          kind: "Name",
          id: t.value,
          ctx: "Load",
          line: t.line,
          col: t.col,
        };
      }
      case "number":
        this.next();
        return {
          kind: "Constant",
          value: t.num as ConstantValue,
          line: t.line,
          col: t.col,
        };
      case "string":
        return this.parseStrings();
      case "keyword":
        switch (t.value) {
          case "None":
            this.next();
            return {
              kind: "Constant",
              value: { type: "None" },
              line: t.line,
              col: t.col,
            };
          case "True":
          case "False":
            this.next();
            return {
              kind: "Constant",
              value: { type: "bool", value: t.value === "True" },
              line: t.line,
              col: t.col,
            };
        }
        break;
      case "op":
        switch (t.value) {
          case "(":
            return this.parseParen();
          case "[":
            return this.parseListDisplay();
          case "{":
            return this.parseBraceDisplay();
          case "...":
            this.next();
            return {
              kind: "Constant",
              value: { type: "Ellipsis" },
              line: t.line,
              col: t.col,
            };
        }
    }
    this.fail();
  }

  private parseParen(): Expr {
    const t = this.next();
    if (this.eatOp(")")) {
      return { kind: "Tuple", elts: [], ctx: "Load", line: t.line, col: t.col };
    }
    if (this.isKw("yield")) {
      const y = this.parseYield();
      this.expectOp(")");
      return y;
    }
    const first = this.parseStarOrNamed();
    if (this.startsComp()) {
      const g = this.finishComp("GeneratorExp", first, null, at(t));
      this.expectOp(")");
      return g;
    }
    if (!this.isOp(",")) {
      this.expectOp(")");
      this.checkValue(first);
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      elts.push(this.parseStarOrNamed());
    }
    this.expectOp(")");
    return { kind: "Tuple", elts, ctx: "Load", line: t.line, col: t.col };
  }

  private parseListDisplay(): Expr {
    const t = this.next();
    if (this.eatOp("]")) {
      return { kind: "List", elts: [], ctx: "Load", line: t.line, col: t.col };
    }
    const first = this.parseStarOrNamed();
    if (this.startsComp()) {
      const c = this.finishComp("ListComp", first, null, at(t));
      this.expectOp("]");
      return c;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.parseStarOrNamed());
    }
    this.expectOp("]");
    return { kind: "List", elts, ctx: "Load", line: t.line, col: t.col };
  }

  private parseBraceDisplay(): Expr {
    const t = this.next();
    if (this.eatOp("}")) {
      return { kind: "Dict", keys: [], values: [], line: t.line, col: t.col };
    }
    let first: Expr | null = null;
    if (this.eatOp("**")) {
      first = null;
    } else {
      first = this.parseStarOrNamed();
      if (!this.isOp(":")) return this.finishSet(t, first);
    }
    // A dict: `first` is its first key, or null after `**`.
    const keys: (Expr | null)[] = [first];
    const values: Expr[] = [];
    if (first === null) {
      values.push(this.parseBinary(1));
    } else {
      this.next();
      values.push(this.parseTest());
      if (this.startsComp()) {
        if (first.kind === "Starred") this.fail();
        const c = this.finishComp("DictComp", first, values[0], at(t));
        this.expectOp("}");
        return c;
      }
    }
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      if (this.eatOp("**")) {
        keys.push(null);
        values.push(this.parseBinary(1));
        continue;
      }
      const k = this.parseTest();
      keys.push(k);
      if (this.eatOp(":")) {
        values.push(this.parseTest());
      } else {
        if (keys.includes(null)) this.fail();
        this.defer("expecting key:value for dict", k);
        values.push(k);
      }
    }
    this.expectOp("}");
    if (first !== null && first.kind === "Starred") this.fail(t);
    return { kind: "Dict", keys, values, line: t.line, col: t.col };
  }

  private finishSet(t: Token, first: Expr): Expr {
    if (this.startsComp()) {
      const c = this.finishComp("SetComp", first, null, at(t));
      this.expectOp("}");
      return c;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      const e = this.parseStarOrNamed();
      elts.push(e);
      if (this.isOp(":")) {
        if (elts.some((x) => x.kind === "Starred")) this.fail();
        this.next();
        this.defer("expecting just a value for set", e);
        this.parseTest();
      }
    }
    this.expectOp("}");
    return { kind: "Set", elts, line: t.line, col: t.col };
  }

  /** Parses the `for ... in ... if ...` clauses after `elt` and builds the node. */
  private finishComp(
    kind: "ListComp" | "SetComp" | "GeneratorExp" | "DictComp",
    elt: Expr,
    value: Expr | null,
    pos: Pos,
  ): Expr {
    if (elt.kind === "Starred") this.fail();
    const generators: Comprehension[] = [];
    while (this.startsComp()) {
      let isAsync = false;
      if (this.isKw("async")) {
        const a = this.next();
        isAsync = true;
        if (!(this.frame.kind === "function" && this.frame.isAsync)) {
          this.defer("async for/with outside async function", a);
        }
      }
      this.next();
      const target = this.parseTargetList();
      this.setContext(target, "Store");
      this.expectKw("in");
      const iter = this.parseOrTest();
      const ifs: Expr[] = [];
      while (this.eatKw("if")) {
        ifs.push(this.isKw("lambda") ? this.parseLambda() : this.parseOrTest());
      }
      generators.push({ target, iter, ifs, isAsync });
    }
    // The comprehension body is its own scope: no yield, and await only in
    // an async function. The first iterable is evaluated outside it.
    const inner: Expr[] = [elt];
    if (value !== null) inner.push(value);
    generators.forEach((g, j) => {
      if (j > 0) inner.push(g.iter);
      inner.push(...g.ifs);
    });
    this.checkCompBody(inner);
    if (kind === "DictComp") {
      return {
        kind,
        key: elt,
        value: value as Expr,
        generators,
        ...pos,
      };
    }
    return { kind, elt, generators, ...pos };
  }

  private checkCompBody(exprs: (Expr | null)[]): void {
    const asyncOk = this.frame.kind === "function" && this.frame.isAsync;
    const visit = (e: Expr | null): void => {
      if (e === null || e.kind === "Lambda") return;
      if (e.kind === "Yield" || e.kind === "YieldFrom") {
        this.defer("'yield' outside function", e);
      } else if (e.kind === "Await" && !asyncOk) {
        this.defer("'await' outside function", e);
      }
      childExprs(e).forEach(visit);
    };
    exprs.forEach(visit);
  }

  private parseYield(): Expr {
    const t = this.next();
    if (!this.inFunction()) this.defer("'yield' outside function", t);
    if (this.eatKw("from")) {
      return {
        kind: "YieldFrom",
        value: this.parseTest(),
        line: t.line,
        col: t.col,
      };
    }
    let value: Expr | null = null;
    if (this.startsExpr()) {
      value = this.parseTestListStar();
      this.checkValue(value);
    }
    return { kind: "Yield", value, line: t.line, col: t.col };
  }

  // -------------------------------------------------------------- strings

  /** Adjacent string literals, concatenated; any f-string makes a JoinedStr. */
  private parseStrings(): Expr {
    const first = this.tok;
    const bytes = first.str?.bytes ?? false;
    const pieces: Token[] = [];
    let isF = false;
    while (this.tok.kind === "string") {
      const s = this.tok.str;
      if (s === undefined || s.bytes !== bytes) this.fail();
      if (s.parts !== null) isF = true;
      pieces.push(this.next());
    }
    if (bytes) {
      let text = "";
      for (const p of pieces) text += p.str?.value ?? "";
      const value = new Uint8Array(text.length);
      for (let j = 0; j < text.length; j++) value[j] = text.charCodeAt(j);
      return {
        kind: "Constant",
        value: { type: "bytes", value },
        line: first.line,
        col: first.col,
      };
    }
    if (!isF) {
      let value = "";
      for (const p of pieces) value += p.str?.value ?? "";
      return {
        kind: "Constant",
        value: { type: "str", value },
        line: first.line,
        col: first.col,
      };
    }
    const values: Expr[] = [];
    for (const p of pieces) {
      const s = p.str;
      if (s === undefined) continue;
      if (s.parts === null) pushText(values, s.value, first);
      else this.fstringValues(s.parts, first, values);
    }
    return { kind: "JoinedStr", values, line: first.line, col: first.col };
  }

  private fstringValues(parts: FStringPart[], pos: Pos, values: Expr[]): void {
    for (const part of parts) {
      if (typeof part === "string") {
        pushText(values, part, pos);
      } else {
        if (part.debug !== null) pushText(values, part.debug, pos);
        values.push(this.formattedValue(part, pos));
      }
    }
  }

  private formattedValue(f: FStringField, pos: Pos): Expr {
    const sub = new Parser(f.tokens, this.state);
    const value = sub.isKw("yield")
      ? sub.parseYield()
      : sub.parseTestListStar();
    if (sub.tok.kind !== "end") sub.fail();
    this.checkValue(value);
    let formatSpec = null;
    if (f.spec !== null) {
      const values: Expr[] = [];
      this.fstringValues(f.spec, pos, values);
      formatSpec = {
        kind: "JoinedStr" as const,
        values,
        line: pos.line,
        col: pos.col,
      };
    }
    return {
      kind: "FormattedValue",
      value,
      conversion: f.conversion,
      formatSpec,
      line: f.line,
      col: f.col,
    };
  }
}

// ---------------------------------------------------------------- helpers

function pushText(values: Expr[], text: string, pos: Pos): void {
  if (text === "") return;
  const last = values[values.length - 1];
  if (
    last !== undefined && last.kind === "Constant" && last.value.type === "str"
  ) {
    values[values.length - 1] = {
      kind: "Constant",
      value: { type: "str", value: last.value.value + text },
      line: last.line,
      col: last.col,
    };
  } else {
    values.push({
      kind: "Constant",
      value: { type: "str", value: text },
      line: pos.line,
      col: pos.col,
    });
  }
}

/**
 * For a `@micropython.xxx` decorator, the emitter it names ("" when invalid);
 * null for any other decorator, as in `compile_built_in_decorator()`.
 */
function builtinDecorator(d: Expr): FunctionDef["emitter"] | "" | null {
  let e = d;
  let parts = 1;
  while (e.kind === "Attribute") {
    e = e.value;
    parts++;
  }
  if (e.kind !== "Name" || e.id !== "micropython") return null;
  if (parts !== 2 || d.kind !== "Attribute") return "";
  const attr = d.attr;
  return attr === "bytecode" || attr === "native" || attr === "viper"
    ? attr
    : "";
}

function docstringOf(body: Stmt[]): string | null {
  const s = body[0];
  if (
    s !== undefined && s.kind === "ExprStmt" && s.value.kind === "Constant" &&
    s.value.value.type === "str"
  ) {
    return s.value.value.value;
  }
  return null;
}

/** Sub-expressions of an expression (not descending into lambda bodies' scope rules). */
function childExprs(e: Expr): (Expr | null)[] {
  switch (e.kind) {
    case "BoolOp":
      return e.values;
    case "NamedExpr":
      return [e.value];
    case "BinOp":
      return [e.left, e.right];
    case "UnaryOp":
      return [e.operand];
    case "IfExp":
      return [e.test, e.body, e.orelse];
    case "Dict":
      return [...e.keys, ...e.values];
    case "Set":
    case "List":
    case "Tuple":
      return e.elts;
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return [e.elt, ...e.generators.flatMap((g) => [g.iter, ...g.ifs])];
    case "DictComp":
      return [
        e.key,
        e.value,
        ...e.generators.flatMap((g) => [g.iter, ...g.ifs]),
      ];
    case "Await":
    case "YieldFrom":
    case "Attribute":
    case "Starred":
      return [e.value];
    case "Yield":
      return [e.value];
    case "Compare":
      return [e.left, ...e.comparators];
    case "Call":
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case "FormattedValue":
      return [e.value, e.formatSpec];
    case "JoinedStr":
      return e.values;
    case "Subscript":
      return [e.value, e.slice];
    case "Slice":
      return [e.lower, e.upper, e.step];
    default:
      return [];
  }
}

// ------------------------------------------------------ constant folding

function constNode(v: ConstVal, pos: Pos): Expr {
  if (v.type === "tuple") {
    return {
      kind: "Tuple",
      elts: v.items.map((item) => constNode(item, pos)),
      ctx: "Load",
      line: pos.line,
      col: pos.col,
    };
  }
  return { kind: "Constant", value: v, line: pos.line, col: pos.col };
}

const MATH_CONSTS: ReadonlyMap<string, number> = new Map([
  ["pi", Math.PI],
  ["e", Math.E],
  ["tau", 2 * Math.PI],
  ["inf", Infinity],
  ["nan", NaN],
]);

/** Folds a `const()` argument as `py/parse.c` does, or returns null. */
function evalConst(e: Expr): ConstVal | null {
  switch (e.kind) {
    case "Constant":
      return e.value;
    case "Tuple": {
      const items: ConstVal[] = [];
      for (const elt of e.elts) {
        const v = evalConst(elt);
        if (v === null) return null;
        items.push(v);
      }
      return { type: "tuple", items };
    }
    case "UnaryOp": {
      const v = evalConst(e.operand);
      if (v === null) return null;
      if (e.op === "Not") return { type: "bool", value: !truthy(v) };
      if (v.type === "int") {
        const a = BigInt(v.value);
        if (e.op === "UAdd") return v;
        return intConst(e.op === "USub" ? -a : ~a);
      }
      if (v.type === "float" && e.op !== "Invert") {
        return e.op === "USub" ? { type: "float", value: -v.value } : v;
      }
      return null;
    }
    case "BinOp": {
      const l = evalConst(e.left);
      const r = evalConst(e.right);
      if (l === null || r === null) return null;
      return foldBinOp(e.op, l, r);
    }
    case "BoolOp": {
      let v: ConstVal | null = null;
      for (const x of e.values) {
        v = evalConst(x);
        if (v === null) return null;
        if (truthy(v) === (e.op === "Or")) return v;
      }
      return v;
    }
    case "Attribute":
      if (e.value.kind === "Name" && e.value.id === "math") {
        const f = MATH_CONSTS.get(e.attr);
        if (f !== undefined) return { type: "float", value: f };
      }
      return null;
    default:
      return null;
  }
}

function truthy(v: ConstVal): boolean {
  switch (v.type) {
    case "None":
      return false;
    case "Ellipsis":
      return true;
    case "bool":
      return v.value;
    case "int":
    case "float":
    case "complex":
      return v.value != 0;
    case "str":
    case "bytes":
      return v.value.length > 0;
    case "tuple":
      return v.items.length > 0;
  }
}

function intConst(v: bigint): ConstVal {
  const small = v >= -BigInt(Number.MAX_SAFE_INTEGER) &&
    v <= BigInt(Number.MAX_SAFE_INTEGER);
  return { type: "int", value: small ? Number(v) : v };
}

/** Limit on the size of folded integers, in bits. */
const MAX_FOLD_BITS = 1 << 20;

function foldBinOp(op: BinOpKind, l: ConstVal, r: ConstVal): ConstVal | null {
  if (l.type === "int" && r.type === "int") {
    const a = BigInt(l.value);
    const b = BigInt(r.value);
    switch (op) {
      case "Add":
        return intConst(a + b);
      case "Sub":
        return intConst(a - b);
      case "Mult":
        return intConst(a * b);
      case "FloorDiv":
      case "Mod": {
        if (b === 0n) return null;
        let q = a / b;
        if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) q -= 1n;
        return intConst(op === "FloorDiv" ? q : a - q * b);
      }
      case "Div":
        if (b === 0n) return null;
        return { type: "float", value: Number(a) / Number(b) };
      case "Pow":
        if (b < 0n) {
          if (a === 0n) return null;
          return { type: "float", value: Math.pow(Number(a), Number(b)) };
        }
        if (a.toString(2).length * Number(b) > MAX_FOLD_BITS) return null;
        return intConst(a ** b);
      case "LShift":
        if (b < 0n || b > BigInt(MAX_FOLD_BITS)) return null;
        return intConst(a << b);
      case "RShift":
        if (b < 0n) return null;
        return intConst(a >> b);
      case "BitOr":
        return intConst(a | b);
      case "BitXor":
        return intConst(a ^ b);
      case "BitAnd":
        return intConst(a & b);
      default:
        return null;
    }
  }
  if (
    (l.type !== "int" && l.type !== "float") ||
    (r.type !== "int" && r.type !== "float")
  ) {
    return null;
  }
  const a = Number(l.value);
  const b = Number(r.value);
  let v: number;
  switch (op) {
    case "Add":
      v = a + b;
      break;
    case "Sub":
      v = a - b;
      break;
    case "Mult":
      v = a * b;
      break;
    case "Div":
      if (b === 0) return null;
      v = a / b;
      break;
    case "FloorDiv":
    case "Mod": {
      if (b === 0) return null;
      let m = a % b;
      if (m !== 0 && (m < 0) !== (b < 0)) m += b;
      v = op === "Mod" ? m : Math.round((a - m) / b);
      break;
    }
    case "Pow":
      if (a === 0 && b < 0) return null;
      if (a < 0 && !Number.isInteger(b)) return null;
      v = Math.pow(a, b);
      break;
    default:
      return null;
  }
  return { type: "float", value: v };
}
