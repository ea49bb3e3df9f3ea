/**
 * Code generation: Python AST → JavaScript source.
 *
 * Every Python function, class body, comprehension and the module body
 * becomes a JS generator function. When a call returns a generator (the
 * callee has to run as one, see runtime/call.ts), the caller yields it and
 * the driver of the frame stack runs it and resumes the caller with its
 * result (`resumeFrames`), so any call can suspend the script; `await`,
 * `yield from` and the other delegations go the same way. Python locals
 * are JS `let` variables (closures are JS closures); globals live in the
 * module's Map `$G`.
 *
 * The output is a security boundary: nothing from the Python source is
 * pasted into JS as text. Identifiers are mangled into `p_` + a fixed
 * alphabet, string literals are JSON-encoded, other constants go through
 * the constants table `$K`, and the code reaches the runtime only through
 * the helpers destructured from `$rt`.
 *
 * Mirrors MicroPython's `py/compile.c` (and `py/emitbc.c` for the output).
 *
 * @module
 */

import type * as ast from "./ast.ts";
import { CompileError } from "./syntax_error.ts";
import {
  analyzeScopes,
  NameKind,
  Scope,
  type ScopeInfo,
  ScopeKind,
} from "./scope.ts";
import { type CodeInfo, FunKind } from "../objects/function.ts";
import { attrKey } from "../objects/attrmap.ts";
import { GLOBALS_AWARE, RUNTIME_HELPERS } from "./helpers.ts";
import { definiteComprehensionLoads, definiteLoads } from "./definite.ts";
// viper hook: `@micropython.viper` bodies are compiled by viper.ts
import { isViperScope, newViperCompiler } from "./viper.ts";

/** A compiled module: JS source plus the tables it refers to. */
export interface CompiledCode {
  /** Body of `new Function("$rt", "$K", "$CI", "$G", "$S", js)`. */
  js: string;
  /** Constants (`$K[i]`): descriptors turned into values when loaded. */
  consts: ConstDesc[];
  /** Code objects of the module and its functions (`$CI[i]`). */
  codeInfos: CodeInfo[];
  filename: string;
  /** Compiled for `exec`/`eval` with a separate locals dict (`$LOC`). */
  hasLocals?: boolean;
}

/** A constant that cannot be written as a JS literal. */
export type ConstDesc =
  | { t: "int"; v: string }
  | { t: "float"; v: number }
  | { t: "complex"; v: number }
  | { t: "bytes"; v: number[] }
  | { t: "tuple"; v: ConstDesc[] }
  | { t: "str"; v: string }
  | { t: "none" }
  | { t: "bool"; v: boolean }
  | { t: "smallint"; v: number }
  | { t: "ellipsis" };

/** Options for compilation. */
export interface CompileOptions {
  /** `-O` level: 1 or more drops `assert` and makes `__debug__` False. */
  optimize?: number;
  /** True for code run by `eval` (the module body returns its value). */
  evalMode?: boolean;
  /** For `exec`/`eval` with separate globals and locals. */
  hasLocals?: boolean;
}

const JS_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Mangles a Python identifier into a JS identifier from a fixed alphabet. */
export function mangle(name: string): string {
  if (JS_IDENT.test(name)) return "p_" + name;
  let out = "p_";
  for (const ch of name) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += "$" + ch.codePointAt(0)!.toString(16) + "$";
  }
  return out;
}

/** Binary operator helpers (exported for viper.ts). */
export const BINOP: Record<ast.BinOpKind, string> = {
  Add: "$add",
  Sub: "$sub",
  Mult: "$mul",
  MatMult: "$matmul",
  Div: "$truediv",
  Mod: "$mod",
  Pow: "$pow",
  LShift: "$lshift",
  RShift: "$rshift",
  BitOr: "$or",
  BitXor: "$xor",
  BitAnd: "$and",
  FloorDiv: "$floordiv",
};

/** Comparison helpers (exported for viper.ts). */
export const CMPOP: Record<ast.CmpOpKind, string> = {
  Eq: "$eq",
  NotEq: "$ne",
  Lt: "$lt",
  LtE: "$le",
  Gt: "$gt",
  GtE: "$ge",
  Is: "$is",
  IsNot: "$isnot",
  In: "$in",
  NotIn: "$notin",
};

/**
 * A function's compiled code: its code info's index and the JS source of
 * its versions (`sync` is "null" without a plain one, `resume` is empty or
 * starts with a comma, to follow `sync` in a `$mkfunc` call).
 */
interface FunctionCode {
  ciIndex: number;
  gen: string;
  sync: string;
  resume: string;
}

/**
 * Node kinds a function may not contain to get a plain (sync) version.
 * A nested `def` (without decorators) or `lambda` is allowed: its body is
 * its own function; see `capturesLocals` for when it still is not.
 */
const NOT_SYNC = new Set([
  "With",
  "ClassDef",
  "Import",
  "ImportFrom",
  "Yield",
  "YieldFrom",
  "Await",
  "NamedExpr",
]);

/**
 * Whether a function body can also be compiled to a plain JS function:
 * nothing that must suspend (yield, await, import), no finally blocks (a
 * redo would repeat them), no nested definitions. "loops" when it has
 * `for`/`while` loops: a plain run can then hand over to a generator at a
 * loop head (`OSR`), so the loops must not be inside a `try`.
 */
export function syncEligible(body: unknown): "no" | "plain" | "loops" {
  let loops = false;
  // a generator expression inside a comprehension could escape without
  // the function knowing (see `OsrInfo.genexp`)
  let hidden = false;
  const stack: [unknown, boolean][] = [[body, false]];
  while (stack.length) {
    const [x, inTry] = stack.pop()!;
    if (Array.isArray(x)) {
      for (const y of x) stack.push([y, inTry]);
      continue;
    }
    if (typeof x !== "object" || x === null) continue;
    const node = x as Record<string, unknown>;
    const kind = node.kind;
    let tryHere = inTry;
    if (typeof kind === "string") {
      if (NOT_SYNC.has(kind)) return "no";
      if (kind === "FunctionDef" || kind === "Lambda") {
        if (
          kind === "FunctionDef" &&
          (node.isAsync || (node.decorators as unknown[]).length > 0)
        ) return "no";
        // only its defaults run here; its body is a function of its own
        const args = node.args as ast.Arguments;
        stack.push([args.defaults, inTry], [args.kwDefaults, inTry]);
        continue;
      }
      if (kind === "Try") {
        if ((node.finalbody as unknown[]).length > 0) return "no";
        tryHere = true;
      }
      if (kind === "For" || kind === "While") {
        if (kind === "For" && node.isAsync) return "no";
        if (inTry) return "no";
        loops = true;
      }
      if (
        (kind === "ListComp" || kind === "SetComp" || kind === "DictComp" ||
          kind === "GeneratorExp") &&
        JSON.stringify([node.elt, node.key, node.value, node.generators])
          .includes('"kind":"GeneratorExp"')
      ) hidden = true;
    }
    for (const k in node) {
      const v = node[k];
      if (typeof v === "object" && v !== null) stack.push([v, tryHere]);
    }
  }
  return loops ? (hidden ? "no" : "loops") : "plain";
}

/**
 * True when a function nested in `fs` (a `def` or `lambda`, at any depth,
 * comprehensions included) uses a variable of `fs` itself. Its closure
 * holds that variable of the JS function that created it, so `fs` then
 * cannot have a plain version with loops: handing over to the resumable
 * version would leave the closure with the plain version's stale copy.
 */
export function capturesLocals(fs: Scope): boolean {
  const declaredBy = (from: Scope, n: string): Scope | null => {
    for (let x = from.parent; x !== null; x = x.parent) {
      if (x.kind === ScopeKind.Class) continue;
      if (x.kind === ScopeKind.Module || x.globals.has(n)) return null;
      if (x.declares(n)) return x;
    }
    return null;
  };
  const visit = (s: Scope, inFunction: boolean): boolean =>
    s.children.some((c) => {
      const fn = inFunction || c.kind !== ScopeKind.Comprehension;
      if (fn) {
        for (const n of [...c.used, ...c.nonlocals]) {
          if (!c.declares(n) && declaredBy(c, n) === fs) return true;
        }
      }
      return visit(c, fn);
    });
  return visit(fs, false);
}

/** Statements without sub-blocks: what they store, they store whenever they run. */
const SIMPLE_STMTS: ReadonlySet<string> = new Set([
  "ExprStmt",
  "Assign",
  "AugAssign",
  "AnnAssign",
  "Pass",
  "Return",
  "Break",
  "Continue",
  "Raise",
  "Assert",
  "Delete",
  "Global",
  "Nonlocal",
  "Import",
  "ImportFrom",
]);

/**
 * The call a statement consists of, when it can be a resumable call site
 * (`f(x)`, `y = f(x)`, `return f(x)` with a few plain positional
 * arguments), else null.
 */
function siteCall(st: ast.Stmt): ast.Call | null {
  const v = st.kind === "ExprStmt" || st.kind === "Return"
    ? st.value
    : st.kind === "Assign" && st.targets.length === 1 &&
        st.targets[0].kind === "Name"
    ? st.value
    : null;
  if (v === null || v.kind !== "Call" || v.keywords.length) return null;
  if (v.args.some((a) => a.kind === "Starred")) return null;
  if (v.func.kind === "Attribute") return v.args.length <= 2 ? v : null;
  if (v.args.length > 3) return null;
  if (v.func.kind === "Name") {
    const n = v.func.id;
    if (GLOBALS_AWARE.has(n) || (n === "super" && v.args.length === 0)) {
      return null;
    }
  }
  if (v.args.length === 1 && v.args[0].kind === "GeneratorExp") return null;
  return v;
}

/**
 * Numbers the points of a function body where a plain run can hand over to
 * its resumable version (loop heads and call sites, see `OSR`), and records,
 * for each statement, the points it contains (itself included).
 */
function numberSites(body: ast.Stmt[]): {
  ids: Map<ast.Stmt, number>;
  within: Map<ast.Stmt, number[]>;
} {
  const ids = new Map<ast.Stmt, number>();
  const within = new Map<ast.Stmt, number[]>();
  const visit = (stmts: ast.Stmt[]): number[] => {
    const all: number[] = [];
    for (const st of stmts) {
      const mine: number[] = [];
      if (st.kind === "For" || st.kind === "While") {
        const id = ids.size + 1;
        ids.set(st, id);
        mine.push(id, ...visit(st.body), ...visit(st.orelse));
      } else if (st.kind === "If") {
        mine.push(...visit(st.body), ...visit(st.orelse));
      } else if (siteCall(st) !== null) {
        const id = ids.size + 1;
        ids.set(st, id);
        mine.push(id);
      }
      // (nothing inside a `try` is a hand-over point: its handlers would
      // catch the hand-over)
      if (mine.length) within.set(st, mine);
      all.push(...mine);
    }
    return all;
  };
  visit(body);
  return { ids, within };
}

/** Node kinds that may call out or iterate without bound. */
const CALLING = new Set([
  "Call",
  "Yield",
  "YieldFrom",
  "Await",
  "Lambda",
  "NamedExpr",
  "ListComp",
  "SetComp",
  "DictComp",
  "GeneratorExp",
  "Starred",
]);

/**
 * JS test that a call's result `v` is a generator to run (see `isGen` in
 * call.ts): `first` evaluates it, `v` reads it again. Results that are not
 * objects, and None, skip the `instanceof`, which V8's baseline and Maglev
 * code run as a builtin call.
 */
function isGenTest(first: string, v = first): string {
  return `typeof ${first} === "object" && ${v} !== null && ${v} instanceof $Gen`;
}

/**
 * True when an expression makes no calls of its own (special methods of
 * its operands aside) and cannot iterate without bound.
 */
function callFree(e: ast.Expr): boolean {
  const stack: unknown[] = [e];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) {
      for (const y of x) {
        if (y === null) return false; // `**` in a dict display
        stack.push(y);
      }
      continue;
    }
    if (typeof x !== "object" || x === null) continue;
    const node = x as Record<string, unknown>;
    if (typeof node.kind === "string" && CALLING.has(node.kind)) return false;
    for (const k in node) {
      const v = node[k];
      if (typeof v === "object" && v !== null) stack.push(v);
    }
  }
  return true;
}

/**
 * True when free variable `name` of `scope` is a parameter of the function
 * that defines it and nothing ever deletes it: always bound.
 */
function boundParam(scope: Scope, name: string): boolean {
  for (let s = scope.parent; s !== null; s = s.parent) {
    if (s.kind === ScopeKind.Class) continue;
    if (s.kind === ScopeKind.Module) return false;
    if (s.nonlocals.has(name)) continue;
    if (s.declares(name)) {
      return s.params.has(name) && !s.deleted.has(name) &&
        !nonlocalDeletes(s).has(name);
    }
  }
  return false;
}

/** Names that nested functions may unbind (`nonlocal x` then `del x`). */
function nonlocalDeletes(scope: Scope): Set<string> {
  const out = new Set<string>();
  const visit = (s: Scope): void => {
    for (const c of s.children) {
      for (const n of c.deleted) if (c.nonlocals.has(n)) out.add(n);
      visit(c);
    }
  };
  visit(scope);
  return out;
}

interface LoopCtx {
  /** JS label to break to for Python `break` (skips `else`), or null. */
  breakLabel: string | null;
  /** OSR: the loop's id and the JS variables holding its iteration state. */
  id?: number;
  state?: string[];
}

/** What a function with loops needs for on-stack replacement (see `OSR`). */
interface OsrInfo {
  ids: Map<ast.Stmt, number>;
  within: Map<ast.Stmt, number[]>;
  /** The function's variables (parameters and locals), in a fixed order. */
  vars: string[];
  /**
   * It makes generator expressions: one made by the plain version keeps
   * reading the plain version's variables, so once one exists (`$noOSR`)
   * that run must not hand over.
   */
  genexp: boolean;
}

/**
 * Compiles one JS generator function (a Python function, class body, ...).
 * Exported for viper.ts, which subclasses it for viper functions.
 */
export class FunctionCompiler {
  lines: string[] = [];
  indent = 1;
  tempCount = 0;
  temps: string[] = [];
  loops: LoopCtx[] = [];
  /** Caught-exception variables of enclosing `except` handlers. */
  handlers: string[] = [];
  extraVars: string[] = [];
  lastLine = -1;
  labelCount = 0;

  constructor(
    public mc: ModuleCompiler,
    public scope: Scope,
    public ciIndex: number,
  ) {}

  temp(): string {
    const t = "$t" + ++this.tempCount;
    this.temps.push(t);
    return t;
  }

  emit(s: string): void {
    this.lines.push("  ".repeat(this.indent) + s);
  }

  setLine(node: { line: number }): void {
    if ((this.mc.opts.optimize ?? 0) >= 3) return;
    if (node.line !== this.lastLine) {
      this.emit(`$L = ${node.line};`);
      this.lastLine = node.line;
    }
  }

  error(msg: string, node: { line: number; col: number }): never {
    throw new CompileError(msg, node.line, node.col);
  }

  /**
   * `f(args)` in plain code. A Python function that takes exactly these
   * positional arguments and may run plain from anywhere (`syncOK`: no
   * loops, so it returns a value) is called straight from here, without
   * the helpers (`$cs*` -> `call*` -> `syncv`): in V8's interpreter and
   * baseline tiers each of them is a full call. Anything else takes
   * `$cs*`, which also counts the call's effect.
   */
  plainCall(f: string, args: string[], nodes: ast.Expr[]): string {
    const n = args.length;
    if (n <= 3) return `$cs${n}(${[f, ...args].join(", ")})`;
    const ft = this.temp();
    // each argument is evaluated once, in order, after the callee: into a
    // temporary unless it is a constant, or a name while no argument can
    // run code (that might rebind it)
    const names = nodes.every((a) =>
      a.kind === "Constant" || a.kind === "Name"
    );
    const pre: string[] = [`${ft} = ${f}`];
    const vals = args.map((a, i) => {
      const k = nodes[i].kind;
      if (k === "Constant" || (names && k === "Name")) return a;
      const t = this.temp();
      pre.push(`${t} = ${a}`);
      return t;
    });
    const slow = `$csN(${ft}, [${vals.join(", ")}])`;
    return `(${
      pre.join(", ")
    }, ${ft}?.simple === ${n} && ${ft}.sync !== null && ${ft}.code.syncOK ? ${ft}.sync(${
      vals.join(", ")
    }) : ${slow})`;
  }

  /** Wraps a call expression: a returned generator is yielded to the frame driver to run. */
  w(expr: string): string {
    if (this.sync) return `$syncv(${expr})`;
    return `(${isGenTest(`($t = ${expr})`, "$t")} ? yield $t : $t)`;
  }

  /** Compiling the plain (non-suspending) version of a function. */
  sync = false;

  /** In the plain version, marks a visible effect (see runtime/sync.ts). */
  fx(): string {
    return this.sync ? "$SYNC.fx++; " : "";
  }

  /**
   * True once this invocation surely counted an effect: every path to the
   * code being emitted went through a statement-level `$SYNC.fx++`. A region
   * only asks whether anything happened since it began, so later stores
   * need not count again (`block` and compound statements restore it).
   */
  fxDone = false;

  /** `fx()` for a store that runs whenever its statement does. */
  fxStore(): string {
    if (!this.sync || this.fxDone) return "";
    this.fxDone = true;
    return "$SYNC.fx++; ";
  }

  // ------------------------------------------------------------- names

  loadName(name: string, node: { line: number; col: number }): string {
    if (name === "__debug__") return this.mc.opts.optimize ? "false" : "true";
    const s = this.scope;
    const kind = s.resolve(name);
    const m = mangle(name);
    switch (kind) {
      case NameKind.Local:
        // surely bound here (definite.ts): no UnboundLocalError check
        if (this.safe.has(node as ast.Name)) return m;
        return `(${m} !== undefined ? ${m} : $unbound(${
          JSON.stringify(name)
        }))`;
      case NameKind.Free:
        if (boundParam(s, name)) return m;
        return `(${m} !== undefined ? ${m} : $unbound(${
          JSON.stringify(name)
        }))`;
      case NameKind.Global:
        return this.loadGlobal(name);
      case NameKind.ClassName: {
        // a name the class body assigns is looked up like LOAD_NAME: class, then globals
        const fallback =
          !s.assigned.has(name) && s.resolveFree(name) === NameKind.Free
            ? `(${m} !== undefined ? ${m} : $unbound(${JSON.stringify(name)}))`
            : this.loadGlobal(name);
        return `(($t = $ns.get(${
          JSON.stringify(name)
        })) !== undefined ? $t : ${fallback})`;
      }
    }
    return this.error("bad name", node);
  }

  loadGlobal(name: string): string {
    const n = JSON.stringify(name);
    if (this.mc.opts.hasLocals && this.scope.kind === ScopeKind.Module) {
      return `$lookupLocals($LOC, ${n})`;
    }
    return `(($t = ${this.globalCell(name)}.v) !== undefined ? $t : ($t = ${
      this.builtinCell(name)
    }.v) !== undefined ? $t : $nameError(${n}))`;
  }

  /** The JS name of the cell of global `name` (see runtime/globals.ts). */
  globalCell(name: string): string {
    const cells = this.mc.globalCells;
    let v = cells.get(name);
    if (v === undefined) cells.set(name, v = "$g" + cells.size);
    return v;
  }

  builtinCell(name: string): string {
    const cells = this.mc.builtinCells;
    let v = cells.get(name);
    if (v === undefined) cells.set(name, v = "$b" + cells.size);
    return v;
  }

  storeName(name: string, value: string): string {
    const kind = this.scope.resolve(name);
    const n = JSON.stringify(name);
    switch (kind) {
      case NameKind.Local:
        return `${mangle(name)} = ${value};`;
      case NameKind.Free:
        return `${this.fx()}${mangle(name)} = ${value};`;
      case NameKind.Global:
        if (this.mc.opts.hasLocals && this.scope.kind === ScopeKind.Module) {
          return `$storeLocals($LOC, ${n}, ${value});`;
        }
        return `${this.fx()}${this.globalCell(name)}.set(${value});`;
      case NameKind.ClassName:
        return `$ns.set(${n}, ${value});`;
    }
  }

  delName(name: string): string {
    const kind = this.scope.resolve(name);
    const n = JSON.stringify(name);
    const m = mangle(name);
    switch (kind) {
      case NameKind.Local:
      case NameKind.Free:
        return `${this.fx()}if (${m} === undefined) $unbound(${n}); ${m} = undefined;`;
      case NameKind.Global:
        if (this.mc.opts.hasLocals && this.scope.kind === ScopeKind.Module) {
          return `$delLocals($LOC, ${n});`;
        }
        return `${this.fx()}if (!$G.delete(${n})) $nameError(${n});`;
      case NameKind.ClassName:
        return `if (!$ns.delete(${n})) $nameError(${n});`;
    }
  }

  // -------------------------------------------------------- expressions

  constant(c: ast.ConstantValue): string {
    switch (c.type) {
      case "None":
        return "null";
      case "bool":
        return c.value ? "true" : "false";
      case "Ellipsis":
        return "$Ellipsis";
      case "int":
        if (typeof c.value === "number") {
          return c.value < 0 ? `(${c.value})` : String(c.value);
        }
        return this.mc.constRef({ t: "int", v: c.value.toString() });
      case "float":
        // a fractional float is a raw JS number (see objects/float.ts)
        if (!Number.isInteger(c.value) && Number.isFinite(c.value)) {
          return c.value < 0 ? `(${c.value})` : String(c.value);
        }
        return this.mc.constRef({ t: "float", v: c.value });
      case "complex":
        return this.mc.constRef({ t: "complex", v: c.value });
      case "str":
        return JSON.stringify(c.value);
      case "bytes":
        return this.mc.constRef({ t: "bytes", v: Array.from(c.value) });
    }
  }

  /** A tuple of constants folds to one shared constant. */
  constTuple(e: ast.Tuple): ConstDesc | null {
    const out: ConstDesc[] = [];
    for (const x of e.elts) {
      if (x.kind === "Constant") {
        const c = x.value;
        switch (c.type) {
          case "None":
            out.push({ t: "none" });
            break;
          case "bool":
            out.push({ t: "bool", v: c.value });
            break;
          case "int":
            out.push(
              typeof c.value === "number"
                ? { t: "smallint", v: c.value }
                : { t: "int", v: c.value.toString() },
            );
            break;
          case "float":
            out.push({ t: "float", v: c.value });
            break;
          case "complex":
            out.push({ t: "complex", v: c.value });
            break;
          case "str":
            out.push({ t: "str", v: c.value });
            break;
          case "bytes":
            out.push({ t: "bytes", v: Array.from(c.value) });
            break;
          case "Ellipsis":
            out.push({ t: "ellipsis" });
            break;
        }
      } else if (x.kind === "Tuple") {
        const inner = this.constTuple(x);
        if (inner === null) return null;
        out.push(inner);
      } else return null;
    }
    return { t: "tuple", v: out };
  }

  /** Compiles an expression list that may contain `*x` into a JS array expression. */
  seqArray(elts: ast.Expr[]): string {
    const parts = elts.map((e) =>
      e.kind === "Starred"
        ? "...$spread(" + this.expr(e.value) + ")"
        : this.expr(e)
    );
    return "[" + parts.join(", ") + "]";
  }

  expr(e: ast.Expr): string {
    switch (e.kind) {
      case "Constant":
        return this.constant(e.value);
      case "Name":
        return this.loadName(e.id, e);
      case "BinOp":
        return `${BINOP[e.op]}(${this.expr(e.left)}, ${this.expr(e.right)})`;
      case "UnaryOp": {
        const v = this.expr(e.operand);
        switch (e.op) {
          case "Not":
            return `!$truthy(${v})`;
          case "USub":
            if (
              e.operand.kind === "Constant" && e.operand.value.type === "int" &&
              typeof e.operand.value.value === "number"
            ) {
              return `(${-e.operand.value.value})`;
            }
            return `$neg(${v})`;
          case "UAdd":
            return `$pos(${v})`;
          case "Invert":
            return `$invert(${v})`;
        }
        break;
      }
      case "BoolOp": {
        let out = this.expr(e.values[e.values.length - 1]);
        for (let i = e.values.length - 2; i >= 0; i--) {
          const t = this.temp();
          const test = e.op === "And" ? `!$truthy(${t})` : `$truthy(${t})`;
          out = `((${t} = ${this.expr(e.values[i])}), ${test} ? ${t} : ${out})`;
        }
        return out;
      }
      case "Compare":
        return this.compare(e);
      case "IfExp":
        return `(${this.test(e.test)} ? ${this.expr(e.body)} : ${
          this.expr(e.orelse)
        })`;
      case "Attribute": {
        // an instance attribute of a plain class: read straight from its
        // store (a per-site V8 inline cache), else the general path. Only
        // instances of plain classes have a type with `fastAttrs` set
        // (runtime/attr.ts `getAttr`), so no `instanceof` is needed: V8
        // runs that as a call until the code is optimized, and often after
        const o = this.temp();
        const v = this.temp();
        const n = JSON.stringify(e.attr);
        const k = JSON.stringify(attrKey(e.attr));
        return `((${o} = ${
          this.expr(e.value)
        })?.type?.fastAttrs === true && (${v} = ${o}[${k}]) !== undefined ? ${v} : $getattr(${o}, ${n}))`;
      }
      case "Subscript":
        if (e.slice.kind === "Slice") {
          // o[a:b:c]: lists are sliced without making a slice object
          return `$getslice(${this.expr(e.value)}, ${
            this.sliceBounds(e.slice)
          })`;
        }
        return `$getitem(${this.expr(e.value)}, ${this.expr(e.slice)})`;
      case "Slice":
        return `$slice(${e.lower ? this.expr(e.lower) : "null"}, ${
          e.upper ? this.expr(e.upper) : "null"
        }, ${e.step ? this.expr(e.step) : "null"})`;
      case "Call":
        return this.call(e);
      case "Tuple": {
        if (
          e.elts.length > 0 &&
          e.elts.every((x) => x.kind === "Constant" || x.kind === "Tuple")
        ) {
          const c = this.constTuple(e);
          if (c !== null) return this.mc.constRef(c);
        }
        if (e.elts.length === 0) return "$EMPTY_TUPLE";
        return `$mktuple(${this.seqArray(e.elts)})`;
      }
      case "List":
        return `$mklist(${this.seqArray(e.elts)})`;
      case "Set":
        return `$mkset(${this.seqArray(e.elts)})`;
      case "Dict": {
        const t = this.temp();
        let out = `(${t} = $mkdict(), `;
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k === null) {
            out += `$dictMerge(${t}, ${this.expr(e.values[i])}), `;
          } else {
            // MicroPython (like Python 3.4) evaluates the value before the key
            const v = this.temp();
            out += `(${v} = ${this.expr(e.values[i])}), ${t}.setItem(${
              this.expr(k)
            }, ${v}), `;
          }
        }
        return out + t + ")";
      }
      case "Lambda":
        return this.mc.functionExpr(
          this,
          e,
          "<lambda>",
          e.args,
          null,
          e.body,
          false,
        );
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.comprehension(e);
      case "Await":
        return `(yield $await(${this.expr(e.value)}))`;
      case "Yield":
        return `(yield ${e.value ? this.expr(e.value) : "null"})`;
      case "YieldFrom":
        return `(yield $yieldFrom(${this.expr(e.value)}))`;
      case "NamedExpr": {
        const t = this.temp();
        const target = this.scope.kind === ScopeKind.Comprehension
          ? this.storeInFuncParent(e.target.id, t)
          : this.storeName(e.target.id, t);
        return `((${t} = ${this.expr(e.value)}), ${
          target.replace(/;$/, "")
        }, ${t})`;
      }
      case "JoinedStr":
        return this.joinedStr(e);
      case "FormattedValue":
        return this.formattedValue(e);
      case "Starred":
        return this.error("can't use starred expression here", e);
    }
    return this.error("unsupported expression", e);
  }

  storeInFuncParent(name: string, value: string): string {
    const target = this.scope.funcParent;
    if (
      target.kind === ScopeKind.Module ||
      target.resolve(name) === NameKind.Global
    ) {
      return `${this.globalCell(name)}.set(${value});`;
    }
    return `${mangle(name)} = ${value};`;
  }

  joinedStr(e: ast.JoinedStr): string {
    if (e.values.length === 0) return '""';
    const parts = e.values.map((v) =>
      v.kind === "Constant" ? this.constant(v.value) : this.expr(v)
    );
    return "(" + (parts.length === 1 ? '"" + ' : "") + parts.join(" + ") + ")";
  }

  formattedValue(e: ast.FormattedValue): string {
    let v = this.expr(e.value);
    if (e.conversion !== -1) v = `$conv(${v}, ${e.conversion})`;
    const spec = e.formatSpec ? this.joinedStr(e.formatSpec) : '""';
    return `$format(${v}, ${spec})`;
  }

  compare(e: ast.Compare): string {
    if (e.ops.length === 1) {
      return `${CMPOP[e.ops[0]]}(${this.expr(e.left)}, ${
        this.expr(e.comparators[0])
      })`;
    }
    // a < b < c: b evaluated once; result is the first false comparison or the last
    const first = this.temp();
    let left = first;
    const leftInit = `${first} = ${this.expr(e.left)}`;
    const parts: string[] = [];
    const res = this.temp();
    for (let i = 0; i < e.ops.length; i++) {
      const last = i === e.ops.length - 1;
      if (last) {
        parts.push(
          `${CMPOP[e.ops[i]]}(${left}, ${this.expr(e.comparators[i])})`,
        );
      } else {
        const t = this.temp();
        parts.push(
          `(${t} = ${this.expr(e.comparators[i])}, ${res} = ${
            CMPOP[e.ops[i]]
          }(${left}, ${t}), $truthy(${res}))`,
        );
        left = t;
      }
    }
    let out = parts[parts.length - 1];
    for (let i = parts.length - 2; i >= 0; i--) {
      out = `(${parts[i]} ? ${out} : ${res})`;
    }
    return `(${leftInit}, ${out})`;
  }

  /** `a op b` of two compiled Python values as a JS boolean. */
  compareTest(op: ast.CmpOpKind, a: string, b: string): string {
    switch (op) {
      case "Is":
        return `(${a} === ${b})`;
      case "IsNot":
        return `(${a} !== ${b})`;
      case "In":
        return `$contains(${b}, ${a})`;
      case "NotIn":
        return `!$contains(${b}, ${a})`;
    }
    return `${CMPOP[op]}b(${a}, ${b})`;
  }

  /** Compiles an expression used as a condition, to a JS boolean. */
  test(e: ast.Expr): string {
    switch (e.kind) {
      case "UnaryOp":
        if (e.op === "Not") return `!${this.test(e.operand)}`;
        break;
      case "BoolOp": {
        const op = e.op === "And" ? " && " : " || ";
        return "(" + e.values.map((v) => this.test(v)).join(op) + ")";
      }
      case "Compare":
        if (e.ops.length === 1) {
          return this.compareTest(
            e.ops[0],
            this.expr(e.left),
            this.expr(e.comparators[0]),
          );
        }
        break;
      case "Constant":
        if (e.value.type === "bool") return e.value.value ? "true" : "false";
        break;
    }
    return `$truthy(${this.expr(e)})`;
  }

  /**
   * Operands of generated code that is written more than once, in
   * evaluation order. Each is evaluated once: a number literal (not as the
   * receiver, operand 0 with `receiver`) is used as it is, and so is a
   * variable when no operand after it has to be evaluated (which could
   * rebind it: `x + (x := 5)`); anything else goes into a temp, its
   * assignment into `parts`.
   */
  operands(parts: string[], js: string[], receiver = false): string[] {
    const num = (v: string, i: number) =>
      /^[\d.]+$/.test(v) && !(receiver && i === 0);
    const name = (v: string) => /^[A-Za-z_$][\w$]*$/.test(v);
    let last = -1;
    js.forEach((v, i) => {
      if (!num(v, i) && !name(v)) last = i;
    });
    return js.map((v, i) => {
      if (num(v, i) || (name(v) && i > last)) return v;
      const t = this.temp();
      parts.push(`${t} = ${v}`);
      return t;
    });
  }

  /**
   * `o.name(args)` in plain code through the site's method cache
   * (runtime/sync.ts `MethodCache`): when it holds `o`'s type, still in the
   * current epoch, and `o`'s own attributes do not shadow `name`, the
   * cached function is called directly; else `helper` (`$csm`, or
   * `$cmx` at a resumable call site) looks the method up and fills it.
   */
  cachedMethodCall(
    f: ast.Attribute,
    argNodes: ast.Expr[],
    helper: string,
  ): string {
    const parts: string[] = [];
    const [o, ...args] = this.operands(
      parts,
      [this.expr(f.value), ...argNodes.map((a) => this.expr(a))],
      true,
    );
    const ic = this.mc.methodCache();
    const name = JSON.stringify(f.attr);
    const key = JSON.stringify(attrKey(f.attr));
    const slow = args.length <= 2
      ? `${helper}${args.length}(${[o, name, ...args, ic].join(", ")})`
      : `${helper}(${o}, ${name}, [${args.join(", ")}], ${ic})`;
    const test = `${o} !== null && ${o}.type === ${ic}.t && ${ic}.e === ` +
      `$ICE.v && ${o}[${key}] === undefined`;
    return `(${[...parts, ""].join(", ")}${test} ? ${ic}.f(${
      [o, ...args].join(", ")
    }) : ${slow})`;
  }

  call(e: ast.Call): string {
    const simpleArgs = e.args.every((a) => a.kind !== "Starred") &&
      e.keywords.length === 0;
    // zero-argument super()
    if (
      e.func.kind === "Name" && e.func.id === "super" && e.args.length === 0 &&
      e.keywords.length === 0 && this.scope.resolve("super") === NameKind.Global
    ) {
      return this.superCall(e);
    }
    if (this.siteCall === e) {
      this.siteCall = null;
      if (e.func.kind === "Attribute") {
        return this.cachedMethodCall(e.func, e.args, "$cmx");
      }
      const f = this.expr(e.func);
      const args = e.args.map((a) => this.expr(a));
      return `$cx${args.length}(${[f, ...args].join(", ")})`;
    }
    if (simpleArgs && e.func.kind === "Attribute" && this.sync) {
      return this.cachedMethodCall(e.func, e.args, "$csm");
    }
    if (simpleArgs && e.func.kind === "Attribute") {
      const obj = this.expr(e.func.value);
      const args = e.args.map((a) => this.expr(a));
      const name = JSON.stringify(e.func.attr);
      if (args.length <= 2) {
        return this.w(`$cm${args.length}(${[obj, name, ...args].join(", ")})`);
      }
      return this.w(`$cm(${obj}, ${name}, [${args.join(", ")}])`);
    }
    const f = this.expr(e.func);
    if (
      simpleArgs && e.func.kind === "Name" && GLOBALS_AWARE.has(e.func.id) &&
      this.scope.resolve(e.func.id) !== NameKind.Local &&
      this.scope.resolve(e.func.id) !== NameKind.Free
    ) {
      const args = e.args.map((a) => this.expr(a));
      return this.w(
        `$callG(${f}, [${args.join(", ")}], $G, ${this.localsThunk()})`,
      );
    }
    if (
      simpleArgs && e.args.length === 1 && e.args[0].kind === "GeneratorExp" &&
      !e.args[0].generators.some((g) => g.isAsync)
    ) {
      // f(x for x in ...): when f consumes its whole argument (tuple, sum,
      // sorted ...), build a list instead of resuming a generator per item
      const g = e.args[0];
      const ft = this.temp();
      const call = (arg: string) =>
        this.sync ? `$cs1(${ft}, ${arg})` : this.w(`$call1(${ft}, ${arg})`);
      // tuple(...) and list(...) take the fresh list's items as they are
      // (the list is built once, in a temp: its code is emitted once)
      const lt = this.temp();
      const whole = `((${lt} = ${
        this.comprehension(g, true)
      }), (${ft} === $tupleT || ${ft} === $listT) ? $ownList(${ft}, ${lt}) : ${
        call(lt)
      })`;
      return `((${ft} = ${f}), $eager(${ft}) ? ${whole} : ${
        call(this.comprehension(g))
      })`;
    }
    if (simpleArgs) {
      const args = e.args.map((a) => this.expr(a));
      if (this.sync) return this.plainCall(f, args, e.args);
      if (args.length <= 3) {
        return this.w(`$call${args.length}(${[f, ...args].join(", ")})`);
      }
      return this.w(`$callN(${f}, [${args.join(", ")}], null)`);
    }
    const pos = this.seqArray(e.args);
    const names: string[] = [];
    const vals: string[] = [];
    const dstars: string[] = [];
    for (const k of e.keywords) {
      if (k.arg === null) dstars.push(this.expr(k.value));
      else {
        names.push(JSON.stringify(k.arg));
        vals.push(this.expr(k.value));
      }
    }
    const kwArgs = `${f}, ${pos}, [${names.join(", ")}], [${
      vals.join(", ")
    }], ${dstars.length ? "[" + dstars.join(", ") + "]" : "null"}`;
    if (this.sync) return `$csKw(${kwArgs})`;
    return this.w(`$callKw(${kwArgs})`);
  }

  /** The bounds of a slice expression, each `null` when omitted. */
  sliceBounds(e: ast.Slice): string {
    return `${e.lower ? this.expr(e.lower) : "null"}, ${
      e.upper ? this.expr(e.upper) : "null"
    }, ${e.step ? this.expr(e.step) : "null"}`;
  }

  /** A JS arrow returning the bound locals as a dict, for `locals()`. */
  localsThunk(): string {
    const s = this.scope;
    if (s.kind === ScopeKind.Module) return "null";
    if (s.kind === ScopeKind.Class) return "() => $ns";
    const names = [...s.params, ...s.localNames()];
    const pairs = names.map((n) => `[${JSON.stringify(n)}, ${mangle(n)}]`);
    return `() => [${pairs.join(", ")}]`;
  }

  superCall(e: ast.Call): string {
    // find the enclosing function and its class
    let fs: Scope | null = this.scope;
    while (fs && fs.kind === ScopeKind.Comprehension) fs = fs.parent;
    if (!fs || fs.kind !== ScopeKind.Function) {
      return this.error("super() can't find self", e);
    }
    const cls = this.mc.classVarFor(fs);
    const node = fs.node as ast.FunctionDef | ast.Lambda;
    const a = node.args;
    const first = a.posonlyargs[0] ?? a.args[0];
    let self: string;
    if (first) self = mangle(first.arg);
    else if (a.vararg) self = `${mangle(a.vararg.arg)}.items[0]`;
    else return this.error("super() can't find self", e);
    if (cls === null) return `$superNoClass()`;
    return `$super(${cls}, ${self})`;
  }

  comprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    asList = false,
  ): string {
    const cs = this.mc.info.scopes.get(e)!;
    // a generator expression consumed whole by a builtin runs as a list comprehension
    const kind = asList ? "ListComp" : e.kind;
    const compName = e.kind === "ListComp"
      ? "<listcomp>"
      : e.kind === "SetComp"
      ? "<setcomp>"
      : e.kind === "DictComp"
      ? "<dictcomp>"
      : "<genexpr>";
    const ciIndex = this.mc.addCodeInfo({
      name: compName,
      qualname: compName,
      file: this.mc.filename,
      line: e.line,
      kind: kind === "GeneratorExp" ? FunKind.GENERATOR : FunKind.NORMAL,
      argNames: [],
      nPosOnly: 0,
      kwOnlyNames: [],
      varargs: false,
      varkw: false,
    });
    const fc = this.mc.newFunctionCompiler(cs, ciIndex);
    fc.indent = this.indent + 2;
    fc.safe = definiteComprehensionLoads(e);
    const gens = e.generators;
    const isGen = kind === "GeneratorExp";
    // inside a plain function, list/set/dict comprehensions run plain too
    // the loop itself is always a generator; plain code runs it plain only
    // over a short sequence (`boundedComprehension`)
    fc.sync = false;
    const acc = "$acc";
    const body = (): void => {
      if (e.kind === "DictComp") {
        const k = fc.temp();
        fc.emit(`${k} = ${fc.expr(e.key)};`);
        fc.emit(`${acc}.setItem(${k}, ${fc.expr(e.value)});`);
      } else if (kind === "ListComp") {
        fc.emit(`${acc}.push(${fc.expr(e.elt)});`);
      } else if (kind === "SetComp") fc.emit(`${acc}.add(${fc.expr(e.elt)});`);
      else fc.emit(`yield ${fc.expr(e.elt)};`);
    };
    const loop = (i: number): void => {
      const g = gens[i];
      const it = i === 0 ? "$it0" : fc.temp();
      if (i > 0) {
        fc.emit(
          `${it} = ${
            g.isAsync
              ? `$aiter(${fc.expr(g.iter)})`
              : `$iter(${fc.expr(g.iter)})`
          };`,
        );
      }
      const v = fc.temp();
      fc.emit("for (;;) {");
      fc.indent++;
      fc.emitBudget();
      if (g.isAsync) {
        fc.emit(`${v} = yield $anext(${it});`);
      } else {
        fc.emit(`${v} = $next(${it});`);
        fc.emit(
          `if (${isGenTest(v)}) ${v} = yield ${v};`,
        );
      }
      fc.emit(`if (${v} === $STOP) break;`);
      fc.assign(g.target, v);
      for (const c of g.ifs) fc.emit(`if (!${fc.test(c)}) continue;`);
      if (i + 1 < gens.length) loop(i + 1);
      else body();
      fc.indent--;
      fc.emit("}");
    };
    if (!isGen) {
      const init = kind === "ListComp"
        ? "[]"
        : kind === "SetComp"
        ? "$mkset([])"
        : "$mkdict()";
      fc.emit(`const ${acc} = ${init};`);
    }
    loop(0);
    if (!isGen) {
      fc.emit(`return ${kind === "ListComp" ? `$mklist(${acc})` : acc};`);
    } else fc.emit("return null;");
    const locals = cs.localNames().map(mangle);
    const decl = ["$t", ...fc.temps, ...locals];
    if (fc.usesK) decl.push("$k = 0");
    const first = gens[0];
    // the first iterable is evaluated here, in the enclosing scope
    const iterExpr = this.expr(first.iter);
    const outer = first.isAsync ? `$aiter(${iterExpr})` : `$iter(${iterExpr})`;
    const pad = "  ".repeat(this.indent);
    const line = (this.mc.opts.optimize ?? 0) >= 3 ? 1 : e.line;
    const fn = `function* ($it0) {\n${pad}  let ${
      decl.join(", ")
    };\n${pad}  let $L = ${line};\n${pad}  try {\n${
      fc.lines.join("\n")
    }\n${pad}  } catch ($e) {\n${pad}    throw $tb($e, $CI[${ciIndex}], $L);\n${pad}  }\n${pad}}`;
    if (isGen) {
      const kind = cs.isAsync ? "$mkasyncgenexp" : "$mkgenexp";
      if (this.sync && this.osr !== null) {
        // this run may no longer hand over (see `OsrInfo.genexp`)
        if (!this.extraVars.includes("$noOSR")) this.extraVars.push("$noOSR");
        return `($noOSR = true, ${kind}((${fn})(${outer})))`;
      }
      return `${kind}((${fn})(${outer}))`;
    }
    if (this.sync) {
      // plain code: over a short list, tuple or range the loop is bounded
      // and runs plain; otherwise it needs its generator (`$syncv`)
      if (gens.length !== 1 || first.isAsync) {
        return `$syncv((${fn})(${outer}))`;
      }
      const src = this.temp();
      const arr = this.temp();
      const plainFn = this.boundedComprehension(e, kind, cs, ciIndex, fc.safe);
      return `((${src} = ${iterExpr}), (${arr} = $plainSeq(${src})) !== null ? (${plainFn})(${arr}) : $syncv((${fn})($iter(${src}))))`;
    }
    if (
      gens.length === 1 && !first.isAsync && callFree(first.target) &&
      first.ifs.every(callFree) &&
      (e.kind === "DictComp"
        ? callFree(e.key) && callFree(e.value)
        : callFree(e.elt))
    ) {
      // no calls in the loop: over a short list, tuple or range it does
      // bounded work, so it runs as a plain loop (no generator, no ticks)
      const src = this.temp();
      const arr = this.temp();
      const plainFn = this.boundedComprehension(e, kind, cs, ciIndex, fc.safe);
      return `((${src} = ${iterExpr}), (${arr} = $plainSeq(${src})) !== null ? (${plainFn})(${arr}) : (yield (${fn})($iter(${src}))))`;
    }
    return `(yield (${fn})(${outer}))`;
  }

  /** A list/set/dict comprehension as a plain function over a JS array. */
  boundedComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    kind: string,
    cs: Scope,
    ciIndex: number,
    safe: ReadonlySet<ast.Name>,
  ): string {
    const fc = this.mc.newFunctionCompiler(cs, ciIndex);
    fc.indent = this.indent + 2;
    fc.safe = safe;
    fc.sync = true;
    const g = e.generators[0];
    const v = fc.temp();
    fc.emit(
      `const $acc = ${
        kind === "ListComp"
          ? "[]"
          : kind === "SetComp"
          ? "$mkset([])"
          : "$mkdict()"
      };`,
    );
    fc.emit("for (let $i = 0; $i < $a.length; $i++) {");
    fc.indent++;
    fc.emit(`${v} = $a[$i];`);
    fc.assign(g.target, v);
    for (const c of g.ifs) fc.emit(`if (!${fc.test(c)}) continue;`);
    if (e.kind === "DictComp") {
      const k = fc.temp();
      fc.emit(`${k} = ${fc.expr(e.key)};`);
      fc.emit(`$acc.setItem(${k}, ${fc.expr(e.value)});`);
    } else if (kind === "ListComp") fc.emit(`$acc.push(${fc.expr(e.elt)});`);
    else fc.emit(`$acc.add(${fc.expr(e.elt)});`);
    fc.indent--;
    fc.emit("}");
    fc.emit(`return ${kind === "ListComp" ? "$mklist($acc)" : "$acc"};`);
    const decl = ["$t", ...fc.temps, ...cs.localNames().map(mangle)];
    const pad = "  ".repeat(this.indent);
    const line = (this.mc.opts.optimize ?? 0) >= 3 ? 1 : e.line;
    return `function ($a) {\n${pad}  let ${
      decl.join(", ")
    };\n${pad}  let $L = ${line};\n${pad}  try {\n${
      fc.lines.join("\n")
    }\n${pad}  } catch ($e) {\n${pad}    if ($e === $UNWIND) throw $e;\n${pad}    throw $tb($e, $CI[${ciIndex}], $L);\n${pad}  }\n${pad}}`;
  }

  // --------------------------------------------------------- assignment

  /**
   * `a, b = x, y`: the values go to temps and then to the targets, in
   * Python's order, without building and unpacking a tuple. False when the
   * statement does not have that shape.
   */
  parallelAssign(targets: ast.Expr[], value: ast.Expr): boolean {
    if (targets.length !== 1) return false;
    const t = targets[0];
    if (
      (t.kind !== "Tuple" && t.kind !== "List") ||
      (value.kind !== "Tuple" && value.kind !== "List") ||
      t.elts.length !== value.elts.length ||
      t.elts.some((x) => x.kind === "Starred") ||
      value.elts.some((x) => x.kind === "Starred")
    ) {
      return false;
    }
    const vals = value.elts.map((x) => {
      const v = this.temp();
      this.emit(`${v} = ${this.expr(x)};`);
      return v;
    });
    t.elts.forEach((x, i) => this.assign(x, vals[i]));
    return true;
  }

  /** Emits the store of JS expression `value` (already a temp or simple) into a target. */
  assign(t: ast.Expr, value: string): void {
    switch (t.kind) {
      case "Name":
        this.emit(this.storeName(t.id, value));
        return;
      case "Attribute": {
        const o = this.temp();
        const n = JSON.stringify(t.attr);
        const k = JSON.stringify(attrKey(t.attr));
        this.emit(
          `${this.fxStore()}if ((${o} = ${
            this.expr(t.value)
          })?.type?.fastSet === true) ${o}[${k}] = ${value}; else $setattr(${o}, ${n}, ${value});`,
        );
        return;
      }
      case "Subscript":
        if (t.slice.kind === "Slice") {
          this.emit(
            `${this.fxStore()}$setslice(${this.expr(t.value)}, ${
              this.sliceBounds(t.slice)
            }, ${value});`,
          );
          return;
        }
        this.emit(
          `${this.fxStore()}$setitem(${this.expr(t.value)}, ${
            this.expr(t.slice)
          }, ${value});`,
        );
        return;
      case "Tuple":
      case "List": {
        const star = t.elts.findIndex((x) => x.kind === "Starred");
        const arr = this.temp();
        if (star < 0) {
          this.emit(`${arr} = $unpack(${value}, ${t.elts.length});`);
        } else {
          this.emit(
            `${arr} = $unpackEx(${value}, ${star}, ${
              t.elts.length - star - 1
            });`,
          );
        }
        t.elts.forEach((x, i) => {
          this.assign(x.kind === "Starred" ? x.value : x, `${arr}[${i}]`);
        });
        return;
      }
      case "Starred":
        return this.error(
          "starred assignment target must be in a list or tuple",
          t,
        );
    }
    this.error("can't assign to expression", t);
  }

  del(t: ast.Expr): void {
    switch (t.kind) {
      case "Name":
        this.emit(this.delName(t.id));
        return;
      case "Attribute":
        this.emit(
          `${this.fxStore()}$delattr(${this.expr(t.value)}, ${
            JSON.stringify(t.attr)
          });`,
        );
        return;
      case "Subscript":
        this.emit(
          `${this.fxStore()}$delitem(${this.expr(t.value)}, ${
            this.expr(t.slice)
          });`,
        );
        return;
      case "Tuple":
      case "List":
        for (const x of t.elts) this.del(x);
        return;
    }
    this.error("can't delete expression", t);
  }

  // --------------------------------------------------------- statements

  /**
   * The budget check at a loop head. Iterations are counted in a local
   * (`$k`, every loop of the function) and charged to the budget 64 at a
   * time: a call per iteration is costly while V8 still runs the code in
   * its interpreter or baseline tier, and a branch taken every 64th time
   * has been seen long before the code is optimized. A budget already used
   * up (`micropython.schedule`, a hand-over) is acted on at once.
   */
  emitBudget(): void {
    this.usesK = true;
    if (this.sync) this.emit(`if (${K_DUE}) $S.stepSync64();`);
    else this.emit(`if ((${K_DUE}) && $S.step64()) yield $TICK;`);
  }

  /** Some loop head counts its iterations in `$k` (see `emitBudget`). */
  usesK = false;

  block(body: ast.Stmt[]): void {
    const fxDone = this.fxDone;
    if (this.resume) this.resumeBlock(body);
    else for (const s of body) this.stmt(s);
    this.fxDone = fxDone;
  }

  /** Loads of locals that are surely bound (see definite.ts). */
  safe: ReadonlySet<ast.Name> = new Set();

  /**
   * A function with loops: in the plain version, loop heads can throw
   * `OSR`; the resumable version (`resume`) starts at the loop `$R` with
   * the state `$st`, skipping whatever lies before it.
   */
  osr: OsrInfo | null = null;
  resume = false;

  stmt(s: ast.Stmt): void {
    const fxDone = this.fxDone;
    this.stmtBody(s);
    // a compound statement's stores may not have run (a loop that ran no
    // times, an exception caught half-way)
    if (!SIMPLE_STMTS.has(s.kind)) this.fxDone = fxDone;
  }

  stmtBody(s: ast.Stmt): void {
    this.setLine(s);
    if (this.osr !== null && (this.sync || this.resume)) {
      const id = this.osr.ids.get(s);
      const call = id === undefined ? null : siteCall(s);
      if (call !== null) return this.siteStmt(s, id!, call);
    }
    switch (s.kind) {
      case "ExprStmt":
        if (s.value.kind === "Constant") return;
        if (
          this.mc.opts.evalMode ||
          this.mc.replPrint && this.scope.kind === ScopeKind.Module
        ) {
          this.emit(`$displayHook(${this.expr(s.value)});`);
        } else this.emit(this.expr(s.value) + ";");
        return;
      case "Assign": {
        if (s.targets.length === 1 && s.targets[0].kind === "Name") {
          this.emit(this.storeName(s.targets[0].id, this.expr(s.value)));
          return;
        }
        if (this.parallelAssign(s.targets, s.value)) return;
        const v = this.temp();
        this.emit(`${v} = ${this.expr(s.value)};`);
        for (const t of s.targets) this.assign(t, v);
        return;
      }
      case "AugAssign":
        this.augAssign(s);
        return;
      case "AnnAssign":
        if (s.value) {
          const v = this.temp();
          this.emit(`${v} = ${this.expr(s.value)};`);
          this.assign(s.target, v);
        }
        return;
      case "Pass":
        return;
      case "Return":
        this.emit(`return ${s.value ? this.expr(s.value) : "null"};`);
        return;
      case "If":
        this.ifStmt(s);
        return;
      case "While":
        this.whileStmt(s);
        return;
      case "For":
        this.forStmt(s);
        return;
      case "Break": {
        const l = this.loops[this.loops.length - 1];
        if (!l) this.error("'break' outside loop", s);
        this.emit(l.breakLabel ? `break ${l.breakLabel};` : "break;");
        return;
      }
      case "Continue":
        if (this.loops.length === 0) this.error("'continue' outside loop", s);
        this.emit("continue;");
        return;
      case "Raise":
        this.raise(s);
        return;
      case "Try":
        this.tryStmt(s);
        return;
      case "With":
        this.withStmt(s, 0);
        return;
      case "Assert":
        if (this.mc.opts.optimize) return;
        this.emit(
          `if (!${this.test(s.test)}) throw $assertFail(${
            s.msg ? this.expr(s.msg) : "undefined"
          });`,
        );
        return;
      case "Delete":
        for (const t of s.targets) this.del(t);
        return;
      case "Global":
      case "Nonlocal":
        return;
      case "FunctionDef":
        this.functionDef(s);
        return;
      case "ClassDef":
        this.classDef(s);
        return;
      case "Import":
        this.importStmt(s);
        return;
      case "ImportFrom":
        this.importFrom(s);
        return;
    }
  }

  augAssign(s: ast.AugAssign): void {
    const fn = "$i" + BINOP[s.op].slice(1);
    const t = s.target;
    // an in-place operator on an attribute or item stores: an effect (an
    // in-place operator that mutates its object counts itself, in runtime.ts)
    if (t.kind !== "Name") {
      const fx = this.fxStore();
      if (fx !== "") this.emit(fx.trim());
    }
    if (t.kind === "Name") {
      this.emit(
        this.storeName(
          t.id,
          `${fn}(${this.loadName(t.id, t)}, ${this.expr(s.value)})`,
        ),
      );
    } else if (t.kind === "Attribute") {
      const o = this.temp();
      this.emit(`${o} = ${this.expr(t.value)};`);
      const a = JSON.stringify(t.attr);
      this.emit(
        `$setattr(${o}, ${a}, ${fn}($getattr(${o}, ${a}), ${
          this.expr(s.value)
        }));`,
      );
    } else if (t.kind === "Subscript") {
      const o = this.temp();
      const k = this.temp();
      this.emit(`${o} = ${this.expr(t.value)};`);
      this.emit(`${k} = ${this.expr(t.slice)};`);
      this.emit(
        `$setitem(${o}, ${k}, ${fn}($getitem(${o}, ${k}), ${
          this.expr(s.value)
        }));`,
      );
    } else this.error("illegal expression for augmented assignment", t);
  }

  ifStmt(s: ast.If): void {
    const targets = this.resume ? this.osr!.within.get(s) : undefined;
    if (targets) {
      // resuming: take the branch that holds the target loop
      const bodyIds = s.body.flatMap((b) => this.osr!.within.get(b) ?? []);
      const pick = bodyIds.length
        ? bodyIds.map((k) => `$R === ${k}`).join(" || ")
        : "false";
      this.emit(`if ($R !== 0 ? (${pick}) : ${this.test(s.test)}) {`);
      this.indent++;
      this.block(s.body);
      this.indent--;
      this.emit("} else {");
      this.indent++;
      this.block(s.orelse);
      this.indent--;
      this.emit("}");
      this.lastLine = -1;
      return;
    }
    this.emit(`if (${this.test(s.test)}) {`);
    this.indent++;
    this.block(s.body);
    this.indent--;
    let orelse = s.orelse;
    while (orelse.length === 1 && orelse[0].kind === "If") {
      const e = orelse[0] as ast.If;
      this.emit(`} else {`);
      this.indent++;
      this.setLine(e);
      this.emit(`if (${this.test(e.test)}) {`);
      this.indent++;
      this.block(e.body);
      this.indent--;
      if (e.orelse.length) {
        this.emit("} else {");
        this.indent++;
        this.block(e.orelse);
        this.indent--;
      }
      this.emit("}");
      this.indent--;
      orelse = [];
    }
    if (orelse.length) {
      this.emit("} else {");
      this.indent++;
      this.block(orelse);
      this.indent--;
    }
    this.emit("}");
    this.lastLine = -1;
  }

  /**
   * A block of the resumable version: statements that contain no resume
   * target run only when not resuming (`$R === 0`); those that do lead the
   * way to it (see `ifStmt`, `forStmt`, `whileStmt`).
   */
  resumeBlock(body: ast.Stmt[]): void {
    let pending: ast.Stmt[] = [];
    const flush = (): void => {
      if (!pending.length) return;
      this.emit("if ($R === 0) {");
      this.indent++;
      for (const st of pending) this.stmt(st);
      this.indent--;
      this.emit("}");
      pending = [];
    };
    for (const st of body) {
      const ids = this.osr!.within.get(st);
      if (ids) {
        // entered when not resuming, or when it holds the target
        flush();
        this.emit(
          `if ($R === 0 || ${ids.map((k) => `$R === ${k}`).join(" || ")}) {`,
        );
        this.indent++;
        this.stmt(st);
        this.indent--;
        this.emit("}");
      } else pending.push(st);
    }
    flush();
  }

  /** OSR: at the head of loop `id`, hand over to the generator when the slice is over. */
  emitLoopHead(id: number | undefined, state: string[]): void {
    if (!this.sync || this.osr === null || id === undefined) {
      this.emitBudget();
      return;
    }
    this.usesK = true;
    this.emit(
      // the generator taken over to yields at its first check
      `if ((${K_DUE}) && $S.step64()) { ${
        this.osr.genexp ? "if ($noOSR) $noHandOver(); else { " : ""
      }$S.budget = 0; throw ${
        this.osrState(id, `${id}: [${state.join(", ")}]`, "null")
      };${this.osr.genexp ? " }" : ""} }`,
    );
  }

  /** The `OSR` for hand-over point `id` (`extra`: its own loop state). */
  osrState(id: number, extra: string | null, gen: string): string {
    const loops = this.loops.filter((l) => l.id !== undefined).map((l) =>
      `${l.id}: [${l.state!.join(", ")}]`
    );
    if (extra !== null) loops.push(extra);
    return `new $OSR(${id}, [${this.osr!.vars.join(", ")}], {${
      loops.join(", ")
    }}, ${gen})`;
  }

  /**
   * A statement that is a resumable call site: in the plain version, a
   * callee that needs a generator makes this function hand over here; the
   * resumable version starting here finishes that callee first.
   */
  siteStmt(st: ast.Stmt, id: number, call: ast.Call): void {
    const t = this.temp();
    if (this.sync) {
      this.siteCall = call;
      const v = this.expr(call);
      this.siteCall = null;
      this.emit(`${t} = ${v};`);
      this.emit(
        this.osr!.genexp
          ? `if (${
            isGenTest(t)
          }) { if ($noOSR) ${t} = $syncv(${t}); else throw ${
            this.osrState(id, null, t)
          }; }`
          : `if (${isGenTest(t)}) throw ${this.osrState(id, null, t)};`,
      );
    } else {
      this.emit(`if ($R === ${id}) {`);
      this.emit("  $R = 0;");
      this.emit(`  ${t} = yield $st.g;`);
      this.emit(`} else ${t} = ${this.expr(call)};`);
    }
    if (st.kind === "Assign") {
      this.emit(this.storeName((st.targets[0] as ast.Name).id, t));
    } else if (st.kind === "Return") this.emit(`return ${t};`);
  }

  /** The call being compiled as a call site (see `siteStmt`). */
  siteCall: ast.Call | null = null;

  newLabel(): string {
    return "$l" + ++this.labelCount;
  }

  whileStmt(s: ast.While): void {
    const label = s.orelse.length ? this.newLabel() : null;
    if (label) {
      this.emit(`${label}: {`);
      this.indent++;
    }
    const id = this.osr?.ids.get(s);
    // resuming into the body (not at this loop's head): skip the first test
    const skip = this.resume && id !== undefined ? this.temp() : null;
    if (skip) {
      this.emit(`${skip} = $R !== 0 && $R !== ${id};`);
      this.emit(`if ($R === ${id}) $R = 0;`);
    }
    this.emit("for (;;) {");
    this.indent++;
    this.emitLoopHead(id, []);
    if (skip) {
      this.emit(
        `if (${skip}) ${skip} = false; else if (!${this.test(s.test)}) break;`,
      );
    } else this.emit(`if (!${this.test(s.test)}) break;`);
    this.loops.push({ breakLabel: label, id, state: [] });
    this.block(s.body);
    this.loops.pop();
    this.lastLine = -1;
    this.indent--;
    this.emit("}");
    if (label) {
      this.block(s.orelse);
      this.indent--;
      this.emit("}");
    }
    this.lastLine = -1;
  }

  forStmt(s: ast.For): void {
    const label = s.orelse.length ? this.newLabel() : null;
    if (label) {
      this.emit(`${label}: {`);
      this.indent++;
    }
    const it = this.temp();
    const v = this.temp();
    const ri = s.iter;
    const id = this.osr?.ids.get(s);
    // resumable version: the iteration state comes from the OSR state
    const resumeAt = this.resume && id !== undefined;
    const setupAt = this.lines.length;
    // for x in range(...) with the builtin `range` and int bounds: count
    // in JS numbers (`cur`, `end`, `step`) instead of iterating a range
    let counter:
      | { cur: string; end: string; step: string; sign: number }
      | null = null;
    if (
      !s.isAsync && ri.kind === "Call" && ri.func.kind === "Name" &&
      ri.func.id === "range" && ri.keywords.length === 0 &&
      ri.args.length >= 1 && ri.args.length <= 3 &&
      ri.args.every((a) => a.kind !== "Starred")
    ) {
      const f = this.temp();
      this.emit(`${f} = ${this.expr(ri.func)};`);
      const args = ri.args.map((a) => {
        const t = this.temp();
        this.emit(`${t} = ${this.expr(a)};`);
        return t;
      });
      const stepArg = ri.args[2];
      // the sign of a literal step is known here (0 raises, via the generic path)
      const sign = stepArg === undefined
        ? 1
        : stepArg.kind === "Constant" && stepArg.value.type === "int"
        ? Math.sign(Number(stepArg.value.value))
        : stepArg.kind === "UnaryOp" && stepArg.op === "USub" &&
            stepArg.operand.kind === "Constant" &&
            stepArg.operand.value.type === "int"
        ? -Math.sign(Number(stepArg.operand.value.value))
        : 0;
      counter = { cur: this.temp(), end: this.temp(), step: "1", sign };
      const checks = args.map((a) => `Number.isInteger(${a})`);
      if (args.length === 3) {
        counter.step = args[2];
        if (sign === 0) checks.push(`${args[2]} !== 0`);
      }
      const generic = this.sync
        ? `$iters($cs${args.length}(${[f, ...args].join(", ")}))`
        : `$iter(${this.w(`$call${args.length}(${[f, ...args].join(", ")})`)})`;
      if (args.length === 3 && sign === 0 && stepArg.kind === "Constant") {
        checks.push("false"); // a literal zero step: the generic path raises
      }
      this.emit(`if (${f} === $range && ${checks.join(" && ")}) {`);
      this.emit(`  ${it} = null;`);
      this.emit(
        `  ${counter.cur} = ${
          args.length === 1 ? "0" : args[0]
        }; ${counter.end} = ${args.length === 1 ? args[0] : args[1]};`,
      );
      this.emit(`} else ${it} = ${generic};`);
    } else if (s.isAsync) {
      this.emit(`${it} = $aiter(${this.expr(s.iter)});`);
    } else if (this.sync) {
      this.emit(`${it} = $iters(${this.expr(s.iter)});`);
    } else this.emit(`${it} = $iter(${this.expr(s.iter)});`);
    const state = [it];
    if (counter !== null) {
      state.push(counter.cur, counter.end);
      if (counter.step !== "1") state.push(counter.step);
    }
    let skip: string | null = null;
    if (resumeAt) {
      // wrap the setup just emitted: when resuming, restore instead
      const setup = this.lines.splice(setupAt).map((l) => "  " + l);
      this.emit("if ($R !== 0) {");
      state.forEach((x, i) => this.emit(`  ${x} = $st.s[${id}][${i}];`));
      this.emit("} else {");
      this.lines.push(...setup);
      this.emit("}");
      // resuming into the body (not at this loop's head): keep the item
      skip = this.temp();
      this.emit(`${skip} = $R !== 0 && $R !== ${id};`);
      this.emit(`if ($R === ${id}) $R = 0;`);
    }
    this.emit("for (;;) {");
    this.indent++;
    this.emitLoopHead(id, state);
    if (skip) {
      this.emit(`if (${skip}) ${skip} = false; else {`);
      this.indent++;
    }
    // an exception from the iterator is reported on the `for` line
    if ((this.mc.opts.optimize ?? 0) < 3) this.emit(`$L = ${s.line};`);
    if (counter !== null) {
      const { cur, end, step, sign } = counter;
      const done = sign > 0
        ? `${cur} >= ${end}`
        : sign < 0
        ? `${cur} <= ${end}`
        : `(${step} > 0 ? ${cur} >= ${end} : ${cur} <= ${end})`;
      this.emit(`if (${it} === null) {`);
      this.emit(`  if (${done}) break;`);
      this.emit(`  ${v} = ${cur}; ${cur} += ${step};`);
      this.emit("} else {");
      this.indent++;
    }
    if (s.isAsync) {
      this.emit(`${v} = yield $anext(${it});`);
    } else if (this.sync) {
      this.emit(`${v} = $nexts(${it});`);
    } else {
      this.emit(`${v} = $next(${it});`);
      this.emit(
        `if (${isGenTest(v)}) ${v} = yield ${v};`,
      );
    }
    this.emit(`if (${v} === $STOP) break;`);
    if (counter !== null) {
      this.indent--;
      this.emit("}");
    }
    this.assign(s.target, v);
    if (skip) {
      this.indent--;
      this.emit("}");
    }
    this.lastLine = s.line;
    this.loops.push({ breakLabel: label, id, state });
    this.block(s.body);
    this.loops.pop();
    this.indent--;
    this.emit("}");
    this.lastLine = -1;
    if (label) {
      this.block(s.orelse);
      this.indent--;
      this.emit("}");
    }
  }

  raise(s: ast.Raise): void {
    if (s.exc === null) {
      const h = this.handlers[this.handlers.length - 1];
      this.emit(h ? `throw ${h};` : "throw $reraise();");
      return;
    }
    const exc = this.w(`$mkexc(${this.expr(s.exc)})`);
    if (s.cause) {
      this.emit(`throw $raiseFrom(${exc}, ${this.expr(s.cause)});`);
    } else this.emit(`throw $raise(${exc});`);
  }

  tryStmt(s: ast.Try): void {
    const hasFinally = s.finalbody.length > 0;
    if (hasFinally) {
      this.emit("try {");
      this.indent++;
    }
    if (s.handlers.length) {
      const ok = s.orelse.length ? this.temp() : null;
      if (ok) this.emit(`${ok} = false;`);
      this.emit("try {");
      this.indent++;
      this.block(s.body);
      if (ok) this.emit(`${ok} = true;`);
      this.indent--;
      const e = "$e" + ++this.tempCount;
      this.emit(`} catch (${e}) {`);
      this.indent++;
      if (this.sync) this.emit(`if (${e} === $UNWIND) throw ${e};`);
      this.emit(`${e} = $tbh(${e}, $CI[${this.ciIndex}], $L);`);
      this.emit(`$S.excStack.push(${e});`);
      this.emit("try {");
      this.indent++;
      this.handlers.push(e);
      let first = true;
      for (const h of s.handlers) {
        this.lastLine = -1;
        if (h.type) {
          this.emit(
            `${first ? "" : "} else "}if ($excMatch(${e}, ${
              this.expr(h.type)
            })) {`,
          );
        } else this.emit(`${first ? "" : "} else "}{`);
        first = false;
        this.indent++;
        this.setLine(h);
        if (h.name) {
          this.emit(this.storeName(h.name, e));
          this.emit("try {");
          this.indent++;
          this.block(h.body);
          this.indent--;
          this.emit("} finally {");
          this.indent++;
          this.emit(this.unbindName(h.name));
          this.indent--;
          this.emit("}");
        } else this.block(h.body);
        this.indent--;
      }
      if (s.handlers[s.handlers.length - 1].type !== null) {
        this.emit(`} else throw ${e};`);
      } else this.emit("}");
      this.handlers.pop();
      this.indent--;
      this.emit("} finally {");
      this.emit(`  $S.excStack.pop();`);
      this.emit("}");
      this.indent--;
      this.emit("}");
      if (ok) {
        this.emit(`if (${ok}) {`);
        this.indent++;
        this.block(s.orelse);
        this.indent--;
        this.emit("}");
      }
    } else {
      this.block(s.body);
    }
    this.lastLine = -1;
    if (hasFinally) {
      this.indent--;
      this.emit("} finally {");
      this.indent++;
      // keep the line of a propagating exception: restore $L after the finally body
      const saved = this.temp();
      this.emit(`${saved} = $L;`);
      this.block(s.finalbody);
      this.emit(`$L = ${saved};`);
      this.indent--;
      this.emit("}");
      this.lastLine = -1;
    }
  }

  unbindName(name: string): string {
    const kind = this.scope.resolve(name);
    const n = JSON.stringify(name);
    switch (kind) {
      case NameKind.Local:
      case NameKind.Free:
        return `${mangle(name)} = undefined;`;
      case NameKind.Global:
        if (this.mc.opts.hasLocals && this.scope.kind === ScopeKind.Module) {
          return `$delLocals($LOC, ${n}, true);`;
        }
        return `$G.delete(${n});`;
      case NameKind.ClassName:
        return `$ns.delete(${n});`;
    }
  }

  withStmt(s: ast.With, i: number): void {
    if (i >= s.items.length) {
      this.block(s.body);
      return;
    }
    const item = s.items[i];
    const mgr = this.temp();
    const exit = this.temp();
    const ok = this.temp();
    const isAsync = s.isAsync;
    this.emit(`${mgr} = ${this.expr(item.contextExpr)};`);
    this.emit(
      `${exit} = $getattr(${mgr}, ${isAsync ? '"__aexit__"' : '"__exit__"'});`,
    );
    const enter = this.w(
      `$cm(${mgr}, ${isAsync ? '"__aenter__"' : '"__enter__"'}, [])`,
    );
    const entered = isAsync ? `(yield $await(${enter}))` : enter;
    if (item.optionalVars) {
      const v = this.temp();
      this.emit(`${v} = ${entered};`);
      this.assign(item.optionalVars, v);
    } else this.emit(`${entered};`);
    this.emit(`${ok} = true;`);
    this.emit("try {");
    this.indent++;
    this.withStmt(s, i + 1);
    this.indent--;
    const e = "$e" + ++this.tempCount;
    this.emit(`} catch (${e}) {`);
    this.indent++;
    this.emit(`${e} = $exc(${e});`);
    this.emit(`${ok} = false;`);
    const call = this.w(`$call3(${exit}, $typeOf(${e}), ${e}, null)`);
    const r = isAsync ? `(yield $await(${call}))` : call;
    this.emit(`if (!$truthy(${r})) throw ${e};`);
    this.indent--;
    this.emit("} finally {");
    this.indent++;
    const call2 = this.w(`$call3(${exit}, null, null, null)`);
    this.emit(`if (${ok}) ${isAsync ? `yield $await(${call2})` : call2};`);
    this.indent--;
    this.emit("}");
    this.lastLine = -1;
  }

  functionDef(s: ast.FunctionDef): void {
    const decorators = s.decorators.map((d) => {
      const t = this.temp();
      this.emit(`${t} = ${this.expr(d)};`);
      return t;
    });
    let f = this.mc.functionExpr(
      this,
      s,
      s.name,
      s.args,
      s.body,
      null,
      s.isAsync,
    );
    for (let i = decorators.length - 1; i >= 0; i--) {
      f = this.w(`$call1(${decorators[i]}, ${f})`);
    }
    this.emit(this.storeName(s.name, f));
  }

  classDef(s: ast.ClassDef): void {
    const decorators = s.decorators.map((d) => {
      const t = this.temp();
      this.emit(`${t} = ${this.expr(d)};`);
      return t;
    });
    const cs = this.mc.info.scopes.get(s)!;
    const clsVar = this.mc.classVarOf(cs);
    this.extraVars.push(clsVar);
    const bases = this.seqArray(s.bases);
    const names: string[] = [];
    const vals: string[] = [];
    for (const k of s.keywords) {
      if (k.arg === null) {
        this.error("**kwargs in class definition not supported", s);
      }
      names.push(JSON.stringify(k.arg));
      vals.push(this.expr(k.value));
    }
    const basesT = this.temp();
    this.emit(`${basesT} = ${bases};`);
    const ns = this.temp();
    this.emit(`${ns} = new Map();`);
    this.emit(`${ns}.set("__module__", $G.get("__name__"));`);
    this.emit(`${ns}.set("__qualname__", ${JSON.stringify(s.name)});`);
    if (s.docstring !== undefined) {
      this.emit(`${ns}.set("__doc__", ${JSON.stringify(s.docstring)});`);
    }
    const body = this.mc.classBody(this, s, cs);
    this.emit(`yield (${body})(${ns});`);
    this.emit(
      `${clsVar} = $buildClass(${JSON.stringify(s.name)}, ${basesT}, ${ns}, [${
        names.join(", ")
      }], [${vals.join(", ")}]);`,
    );
    let v = clsVar;
    for (let i = decorators.length - 1; i >= 0; i--) {
      v = this.w(`$call1(${decorators[i]}, ${v})`);
    }
    this.emit(this.storeName(s.name, v));
  }

  importStmt(s: ast.Import): void {
    for (const a of s.names) {
      if (a.asname) {
        this.emit(
          this.storeName(
            a.asname,
            this.w(`$import(${JSON.stringify(a.name)}, true, 0, $G)`),
          ),
        );
      } else {
        const top = a.name.split(".")[0];
        this.emit(
          this.storeName(
            top,
            this.w(`$import(${JSON.stringify(a.name)}, null, 0, $G)`),
          ),
        );
      }
    }
  }

  importFrom(s: ast.ImportFrom): void {
    const m = this.temp();
    const name = JSON.stringify(s.module ?? "");
    const names = JSON.stringify(s.names.map((a) => a.name));
    this.emit(
      `${m} = ${this.w(`$import(${name}, ${names}, ${s.level}, $G)`)};`,
    );
    for (const a of s.names) {
      if (a.name === "*") {
        this.emit(`$importStar(${m}, $G);`);
        continue;
      }
      this.emit(
        this.storeName(
          a.asname ?? a.name,
          this.w(`$importFrom(${m}, ${JSON.stringify(a.name)})`),
        ),
      );
    }
  }

  /** The function body with its prologue and epilogue, as JS statements. */
  finish(kind: FunKind, isClassBody: boolean): string {
    const decl = ["$t", ...this.temps, ...this.extraVars];
    if (
      this.sync && this.osr !== null && this.osr.genexp &&
      !decl.includes("$noOSR")
    ) decl.push("$noOSR");
    if (!isClassBody) decl.push(...this.scope.localNames().map(mangle));
    // the resumable version gets its parameters from the OSR state too
    if (this.resume) {
      for (const v of this.osr!.vars) if (!decl.includes(v)) decl.push(v);
    }
    const pad = "  ".repeat(this.indent - 1);
    const counted = kind === FunKind.NORMAL &&
      this.scope.kind === ScopeKind.Function;
    const out: string[] = [];
    out.push(`${pad}  let ${decl.join(", ")};`);
    if (this.usesK) out.push(`${pad}  let $k = 0;`);
    out.push(
      `${pad}  let $L = ${
        (this.mc.opts.optimize ?? 0) >= 3 ? 1 : this.firstLine
      };`,
    );
    if (this.resume) {
      this.osr!.vars.forEach((v, i) => out.push(`${pad}  ${v} = $st.l[${i}];`));
    }
    // code that may loop unboundedly (no plain version, or loops): a plain
    // caller that ran it while learning must not be learned (runtime/sync.ts)
    if (this.osr !== null || (!this.learn && !this.sync)) {
      out.push(`${pad}  $SYNC.epoch++;`);
    }
    if (this.learn) out.push(`${pad}  const $ep = $SYNC.epoch;`);
    out.push(`${pad}  try {`);
    if (counted) {
      out.push(`${pad}    if (++$S.depth > $S.maxDepth) $recursion();`);
      out.push(
        this.sync
          ? `${pad}    $S.stepSync();`
          : `${pad}    if ($S.step()) yield $TICK;`,
      );
    }
    out.push(...this.lines.map((l) => "  " + l));
    if (!isClassBody) out.push(`${pad}    return null;`);
    out.push(`${pad}  } catch ($e) {`);
    if (this.sync) {
      out.push(
        this.osr !== null
          ? `${pad}    if ($e === $UNWIND || $e instanceof $OSR) throw $e;`
          : `${pad}    if ($e === $UNWIND) throw $e;`,
      );
    }
    out.push(`${pad}    throw $tb($e, $CI[${this.ciIndex}], $L);`);
    const fin: string[] = [];
    if (counted) fin.push(`${pad}    $S.depth--;`);
    if (this.learn) fin.push(`${pad}    $learn($CI[${this.ciIndex}], $ep);`);
    out.push(
      `${pad}  }${
        fin.length ? " finally {\n" + fin.join("\n") + "\n" + pad + "  }" : ""
      }`,
    );
    return out.join("\n");
  }

  firstLine = 1;
  /** Generator version of a sync-eligible function: record runs for `learn`. */
  learn = false;
}

/** A loop head's budget check is due (see `FunctionCompiler.emitBudget`). */
const K_DUE = "(++$k & 63) === 0 || $S.budget <= 0";

/** Compiles a module: owns the constant and code-info tables. */
export class ModuleCompiler {
  /** JS names of the cells of the globals and builtins the code uses. */
  globalCells = new Map<string, string>();
  builtinCells = new Map<string, string>();
  consts: ConstDesc[] = [];
  constKeys = new Map<string, number>();
  codeInfos: CodeInfo[] = [];
  classVars = new Map<Scope, string>();
  classCount = 0;
  replPrint = false;

  constructor(
    public info: ScopeInfo,
    public filename: string,
    public opts: CompileOptions,
  ) {}

  /** Method call sites' caches (`$ic0`...), made once per module load. */
  methodCaches = 0;

  /** A new method cache for one call site. */
  methodCache(): string {
    return "$ic" + this.methodCaches++;
  }

  constRef(c: ConstDesc): string {
    const key = JSON.stringify(c);
    let i = this.constKeys.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      this.constKeys.set(key, i);
    }
    return `$K[${i}]`;
  }

  classVarOf(cs: Scope): string {
    let v = this.classVars.get(cs);
    if (v === undefined) {
      v = "$cls" + ++this.classCount;
      this.classVars.set(cs, v);
    }
    return v;
  }

  /** The JS variable holding the class a method belongs to, for `super()`. */
  classVarFor(fs: Scope): string | null {
    for (let s: Scope | null = fs.parent; s !== null; s = s.parent) {
      if (s.kind === ScopeKind.Class) return this.classVarOf(s);
    }
    return null;
  }

  /**
   * Viper hook: the compiler of a function or comprehension body; viper
   * scopes (`@micropython.viper` and what nests in it) get viper.ts's.
   */
  newFunctionCompiler(scope: Scope, ciIndex: number): FunctionCompiler {
    return isViperScope(scope)
      ? newViperCompiler(this, scope, ciIndex)
      : new FunctionCompiler(this, scope, ciIndex);
  }

  addCodeInfo(ci: CodeInfo): number {
    this.codeInfos.push(ci);
    return this.codeInfos.length - 1;
  }

  qualname(parent: FunctionCompiler, name: string): string {
    const ps = parent.scope;
    if (ps.kind === ScopeKind.Module) return name;
    const pci = this.codeInfos[parent.ciIndex];
    if (ps.kind === ScopeKind.Class) return ps.name + "." + name;
    return pci.qualname + ".<locals>." + name;
  }

  /**
   * The expression that makes a function object for `def`/`lambda` `node`
   * in `parent`. The function's code is compiled once: a nested function in
   * a function with several versions (generator, plain, resumable) appears
   * in each, with its defaults evaluated by that version.
   */
  functionExpr(
    parent: FunctionCompiler,
    node: ast.FunctionDef | ast.Lambda,
    name: string,
    args: ast.Arguments,
    body: ast.Stmt[] | null,
    exprBody: ast.Expr | null,
    isAsync: boolean,
  ): string {
    let code = this.functionCode.get(node);
    if (code === undefined) {
      code = this.compileFunctionCode(
        parent,
        node,
        name,
        args,
        body,
        exprBody,
        isAsync,
      );
      this.functionCode.set(node, code);
    }
    const defaults = "[" + args.defaults.map((d) => parent.expr(d)).join(", ") +
      "]";
    let kwd = "null";
    const kwPairs: string[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kwDefaults[i];
      if (d) kwPairs.push(`[${JSON.stringify(a.arg)}, ${parent.expr(d)}]`);
    });
    if (kwPairs.length) kwd = `new Map([${kwPairs.join(", ")}])`;
    return `$mkfunc($CI[${code.ciIndex}], ${code.gen}, ${defaults}, ${kwd}, $G, ${code.sync}${code.resume})`;
  }

  /** Functions' compiled code, by their node (see `functionExpr`). */
  functionCode = new Map<ast.Node, FunctionCode>();

  /** The code of a function: its code info and its JS versions. */
  compileFunctionCode(
    parent: FunctionCompiler,
    node: ast.FunctionDef | ast.Lambda,
    name: string,
    args: ast.Arguments,
    body: ast.Stmt[] | null,
    exprBody: ast.Expr | null,
    isAsync: boolean,
  ): FunctionCode {
    const fs = this.info.scopes.get(node)!;
    const kind = isAsync
      ? (fs.isGenerator ? FunKind.ASYNC_GENERATOR : FunKind.COROUTINE)
      : fs.isGenerator
      ? FunKind.GENERATOR
      : FunKind.NORMAL;
    const positional = [...args.posonlyargs, ...args.args];
    const ci: CodeInfo = {
      name,
      qualname: this.qualname(parent, name),
      file: this.filename,
      line: node.line,
      kind,
      argNames: positional.map((a) => a.arg),
      nPosOnly: args.posonlyargs.length,
      kwOnlyNames: args.kwonlyargs.map((a) => a.arg),
      varargs: args.vararg !== null,
      varkw: args.kwarg !== null,
    };
    const ciIndex = this.addCodeInfo(ci);
    let how = kind === FunKind.NORMAL ? syncEligible(body ?? exprBody) : "no";
    if (how === "loops" && (isViperScope(fs) || capturesLocals(fs))) {
      how = "no";
    }
    const eligible = how !== "no";
    if (eligible) ci.plain = true;
    if (how === "loops") ci.loops = true;
    const safe = definiteLoads(
      body ?? [{ kind: "Return", value: exprBody!, line: 0, col: 0 }],
      fs.params,
      nonlocalDeletes(fs),
    );
    const params = [...positional];
    if (args.vararg) params.push(args.vararg);
    params.push(...args.kwonlyargs);
    if (args.kwarg) params.push(args.kwarg);
    const osr: OsrInfo | null = how === "loops"
      ? {
        ...numberSites(body!),
        vars: [
          ...params.map((p) => mangle(p.arg)),
          ...fs.localNames().map(mangle),
        ],
        genexp: JSON.stringify(body).includes('"kind":"GeneratorExp"'),
      }
      : null;
    const compileBody = (sync: boolean, resume = false): string => {
      const fc = this.newFunctionCompiler(fs, ciIndex);
      fc.sync = sync;
      fc.learn = eligible && !sync && !resume;
      fc.osr = osr;
      fc.resume = resume;
      fc.indent = parent.indent + 2;
      fc.firstLine = node.line;
      fc.safe = safe;
      if (body) fc.block(body);
      else if (exprBody) {
        fc.setLine(exprBody);
        fc.emit(`return ${fc.expr(exprBody)};`);
      }
      return fc.finish(kind, false);
    };
    const pad = "  ".repeat(parent.indent);
    const paramList = params.map((p) => mangle(p.arg)).join(", ");
    // JS names for profiles and V8 traces (`$$p_f` is f's plain version)
    const jsName = (tag: string) =>
      JS_IDENT.test(name) ? ` $$${tag}_${name}` : "";
    // the version the command line runs (the plain one when there is one,
    // else the generator) is compiled with its module, as MicroPython
    // compiles a module's functions when it loads it: V8 compiles a
    // parenthesised function expression eagerly, not at its first call
    const gSrc = `function*${jsName("g")}(${paramList}) {\n${
      compileBody(false)
    }\n${pad}}`;
    const fnSrc = eligible ? gSrc : `(${gSrc})`;
    const syncSrc = eligible
      ? `(function${jsName("p")}(${paramList}) {\n${
        compileBody(true)
      }\n${pad}})`
      : "null";
    const resumeSrc = osr !== null
      ? `, function*${jsName("r")}($R, $st) {\n${
        compileBody(false, true)
      }\n${pad}}`
      : "";
    return { ciIndex, gen: fnSrc, sync: syncSrc, resume: resumeSrc };
  }

  classBody(parent: FunctionCompiler, node: ast.ClassDef, cs: Scope): string {
    const ci: CodeInfo = {
      name: node.name,
      qualname: node.name,
      file: this.filename,
      line: node.line,
      kind: FunKind.NORMAL,
      argNames: [],
      nPosOnly: 0,
      kwOnlyNames: [],
      varargs: false,
      varkw: false,
    };
    const ciIndex = this.addCodeInfo(ci);
    const fc = new FunctionCompiler(this, cs, ciIndex);
    fc.indent = parent.indent + 1;
    fc.firstLine = node.line;
    fc.block(node.body);
    const pad = "  ".repeat(parent.indent);
    return `function* ($ns) {\n${fc.finish(FunKind.NORMAL, true)}\n${pad}}`;
  }

  compileModule(mod: ast.Module | ast.Expression, replPrint: boolean): string {
    this.replPrint = replPrint;
    const ci: CodeInfo = {
      name: "<module>",
      qualname: "<module>",
      file: this.filename,
      line: 1,
      kind: FunKind.NORMAL,
      argNames: [],
      nPosOnly: 0,
      kwOnlyNames: [],
      varargs: false,
      varkw: false,
    };
    this.addCodeInfo(ci);
    const fc = new FunctionCompiler(this, this.info.module, 0);
    fc.indent = 2;
    if (mod.kind === "Expression") {
      fc.setLine(mod.body);
      fc.emit(`return ${fc.expr(mod.body)};`);
    } else fc.block(mod.body);
    const body = fc.finish(FunKind.NORMAL, false);
    // each instantiation looks its cells up once (runtime/globals.ts)
    const cells = [
      ...[...this.globalCells].map(([n, v]) =>
        `${v} = $gcell($G, ${JSON.stringify(n)})`
      ),
      ...[...this.builtinCells].map(([n, v]) =>
        `${v} = $bcell(${JSON.stringify(n)})`
      ),
      ...Array.from(
        { length: this.methodCaches },
        (_, i) => `$ic${i} = $methodCache()`,
      ),
    ];
    return [
      '"use strict";',
      `const {${RUNTIME_HELPERS.join(", ")}} = $rt;`,
      ...(cells.length ? [`const ${cells.join(",\n  ")};`] : []),
      "return function* $module($LOC) {",
      body,
      "};",
    ].join("\n");
  }
}

/** Compiles a parsed module (or eval expression) to JS source. */
export function generate(
  mod: ast.Module | ast.Expression,
  filename: string,
  opts: CompileOptions = {},
  replPrint = false,
): CompiledCode {
  const info = analyzeScopes(mod, filename);
  const mc = new ModuleCompiler(info, filename, opts);
  const js = mc.compileModule(mod, replPrint);
  return {
    js,
    consts: mc.consts,
    codeInfos: mc.codeInfos,
    filename,
    hasLocals: opts.hasLocals,
  };
}
