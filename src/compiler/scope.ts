/**
 * Scope analysis: decides for every name in every scope whether it is a
 * local (a JS variable of the function), a free variable (a JS variable of
 * an enclosing function, captured by closure), a global (the module's
 * namespace) or a class-body name (the class namespace).
 *
 * Mirrors MicroPython's `py/scope.c` and the scope pass of `py/compile.c`.
 *
 * @module
 */

import type * as ast from "./ast.ts";
import { CompileError } from "./syntax_error.ts";

/** Kinds of scope. */
export enum ScopeKind {
  Module,
  Function,
  Class,
  /** List/set/dict comprehensions and generator expressions. */
  Comprehension,
}

/** How a name is reached from a scope. */
export enum NameKind {
  Local,
  Free,
  Global,
  /** Class body: the class namespace, falling back to global/free. */
  ClassName,
}

/** One scope and what it binds. */
export class Scope {
  params = new Set<string>();
  assigned = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  used = new Set<string>();
  children: Scope[] = [];
  isGenerator = false;
  isAsync = false;
  /** Uses zero-argument `super()` or `__class__`. */
  usesClassCell = false;
  /** Comprehensions: the names their `for` clauses bind. */
  iterVars = new Set<string>();
  /** Names that may become unbound again (`del x`, `except ... as x`). */
  deleted = new Set<string>();
  /** Names bound by walrus inside nested comprehensions. */
  constructor(
    public kind: ScopeKind,
    public name: string,
    public parent: Scope | null,
    public node: ast.Node | null,
  ) {}

  /** The nearest enclosing scope that is a function or module (for walrus). */
  get funcParent(): Scope {
    let s: Scope | null = this.parent;
    if (this.kind !== ScopeKind.Comprehension) return this;
    while (s && s.kind === ScopeKind.Comprehension && s.parent) s = s.parent;
    return s ?? this;
  }

  /** Names that are JS variables of this scope. */
  localNames(): string[] {
    if (this.kind === ScopeKind.Module || this.kind === ScopeKind.Class) {
      return [];
    }
    const out: string[] = [];
    for (const n of this.assigned) {
      if (
        !this.globals.has(n) && !this.nonlocals.has(n) && !this.params.has(n)
      ) out.push(n);
    }
    return out;
  }

  /** True when `name` is a JS variable declared by this function scope. */
  declares(name: string): boolean {
    if (
      this.kind !== ScopeKind.Function && this.kind !== ScopeKind.Comprehension
    ) return false;
    if (this.params.has(name)) return true;
    if (this.globals.has(name) || this.nonlocals.has(name)) return false;
    return this.params.has(name) || this.assigned.has(name);
  }

  /** Resolves how `name` is reached from this scope. */
  resolve(name: string): NameKind {
    if (this.globals.has(name)) return NameKind.Global;
    if (this.kind === ScopeKind.Module) return NameKind.Global;
    if (this.kind === ScopeKind.Class) {
      if (this.nonlocals.has(name)) return NameKind.Free;
      return NameKind.ClassName;
    }
    if (this.nonlocals.has(name)) return NameKind.Free;
    if (this.params.has(name) || this.assigned.has(name)) return NameKind.Local;
    return this.resolveFree(name);
  }

  /** Resolution of a name not bound here: enclosing functions, else global. */
  resolveFree(name: string): NameKind {
    for (let s = this.parent; s !== null; s = s.parent) {
      if (s.kind === ScopeKind.Class) continue;
      if (s.kind === ScopeKind.Module) return NameKind.Global;
      if (s.globals.has(name)) return NameKind.Global;
      if (s.declares(name) || s.nonlocals.has(name)) return NameKind.Free;
    }
    return NameKind.Global;
  }
}

/** Result of analysing a module: the scope of each scoped node. */
export interface ScopeInfo {
  module: Scope;
  scopes: Map<ast.Node | ast.Lambda | ast.Comprehension[], Scope>;
}

class Analyzer {
  scopes = new Map<ast.Node | ast.Lambda | ast.Comprehension[], Scope>();
  /** `nonlocal` checks, run once every scope is known. */
  deferred: (() => void)[] = [];
  constructor(public filename: string) {}

  error(msg: string, node: { line: number; col: number }): never {
    throw new CompileError(msg, node.line, node.col);
  }

  bindTarget(s: Scope, t: ast.Expr): void {
    switch (t.kind) {
      case "Name":
        s.assigned.add(t.id);
        break;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.bindTarget(s, e);
        break;
      case "Starred":
        this.bindTarget(s, t.value);
        break;
      case "Attribute":
        this.expr(s, t.value);
        break;
      case "Subscript":
        this.expr(s, t.value);
        this.expr(s, t.slice);
        break;
      default:
        this.expr(s, t);
    }
  }

  stmts(s: Scope, body: ast.Stmt[]): void {
    for (const st of body) this.stmt(s, st);
  }

  args(s: Scope, a: ast.Arguments): void {
    for (const d of a.defaults) this.expr(s, d);
    for (const d of a.kwDefaults) if (d) this.expr(s, d);
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) if (p.annotation) this.expr(s, p.annotation);
  }

  funcScope(
    parent: Scope,
    node: ast.FunctionDef | ast.Lambda,
    name: string,
  ): Scope {
    const fs = new Scope(ScopeKind.Function, name, parent, node);
    parent.children.push(fs);
    this.scopes.set(node, fs);
    const a = node.args;
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) {
      if (fs.params.has(p.arg)) {
        this.error("duplicate argument name in function definition", p);
      }
      fs.params.add(p.arg);
    }
    return fs;
  }

  stmt(s: Scope, st: ast.Stmt): void {
    switch (st.kind) {
      case "FunctionDef": {
        for (const d of st.decorators) this.expr(s, d);
        this.args(s, st.args);
        if (st.returns) this.expr(s, st.returns);
        s.assigned.add(st.name);
        const fs = this.funcScope(s, st, st.name);
        fs.isAsync = st.isAsync;
        this.stmts(fs, st.body);
        this.deferred.push(() => this.checkGlobals(fs));
        break;
      }
      case "ClassDef": {
        for (const d of st.decorators) this.expr(s, d);
        for (const b of st.bases) this.expr(s, b);
        for (const k of st.keywords) this.expr(s, k.value);
        s.assigned.add(st.name);
        const cs = new Scope(ScopeKind.Class, st.name, s, st);
        s.children.push(cs);
        this.scopes.set(st, cs);
        this.stmts(cs, st.body);
        break;
      }
      case "Return":
        if (s.kind !== ScopeKind.Function) {
          this.error("'return' outside function", st);
        }
        if (st.value) this.expr(s, st.value);
        break;
      case "Delete":
        for (const t of st.targets) {
          this.bindTarget(s, t);
          this.collectNames(t, s.deleted);
        }
        break;
      case "Assign":
        this.expr(s, st.value);
        for (const t of st.targets) this.bindTarget(s, t);
        break;
      case "AugAssign":
        this.expr(s, st.value);
        if (st.target.kind === "Name") {
          s.used.add(st.target.id);
          s.assigned.add(st.target.id);
        } else this.bindTarget(s, st.target);
        break;
      case "AnnAssign":
        if (st.value) this.expr(s, st.value);
        if (st.value || st.target.kind !== "Name") {
          this.bindTarget(s, st.target);
        } else if (
          st.target.kind === "Name" && s.kind !== ScopeKind.Module &&
          s.kind !== ScopeKind.Class
        ) {
          s.assigned.add(st.target.id);
        }
        break;
      case "For":
        if (st.isAsync) s.isAsync = true;
        this.expr(s, st.iter);
        this.bindTarget(s, st.target);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        break;
      case "While":
        this.expr(s, st.test);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        break;
      case "If":
        this.expr(s, st.test);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        break;
      case "With":
        for (const it of st.items) {
          this.expr(s, it.contextExpr);
          if (it.optionalVars) this.bindTarget(s, it.optionalVars);
        }
        this.stmts(s, st.body);
        break;
      case "Raise":
        if (st.exc) this.expr(s, st.exc);
        if (st.cause) this.expr(s, st.cause);
        break;
      case "Try":
        this.stmts(s, st.body);
        for (const h of st.handlers) {
          if (h.type) this.expr(s, h.type);
          if (h.name) {
            s.assigned.add(h.name);
            s.deleted.add(h.name);
          }
          this.stmts(s, h.body);
        }
        this.stmts(s, st.orelse);
        this.stmts(s, st.finalbody);
        break;
      case "Assert":
        this.expr(s, st.test);
        if (st.msg) this.expr(s, st.msg);
        break;
      case "Import":
        for (const a of st.names) {
          s.assigned.add(a.asname ?? a.name.split(".")[0]);
        }
        break;
      case "ImportFrom":
        for (const a of st.names) {
          if (a.name === "*") {
            if (s.kind !== ScopeKind.Module) {
              this.error("import * only allowed at module level", st);
            }
            continue;
          }
          s.assigned.add(a.asname ?? a.name);
        }
        break;
      case "Global":
        for (const n of st.names) {
          if (s.params.has(n)) {
            this.error(`name '${n}' is parameter and global`, st);
          }
          if (s.nonlocals.has(n)) {
            this.error(`name '${n}' is nonlocal and global`, st);
          }
          s.globals.add(n);
        }
        break;
      case "Nonlocal":
        if (s.kind === ScopeKind.Module) {
          this.error("nonlocal declaration not allowed at module level", st);
        }
        for (const n of st.names) {
          if (s.params.has(n)) {
            this.error(`name '${n}' is parameter and nonlocal`, st);
          }
          if (s.globals.has(n)) {
            this.error(`name '${n}' is nonlocal and global`, st);
          }
          s.nonlocals.add(n);
        }
        break;
      case "ExprStmt":
        this.expr(s, st.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  checkGlobals(fs: Scope): void {
    for (const n of fs.nonlocals) {
      let found = false;
      for (let p = fs.parent; p !== null; p = p.parent) {
        if (p.kind === ScopeKind.Class) continue;
        if (p.kind === ScopeKind.Module) break;
        if (p.declares(n) || p.nonlocals.has(n)) {
          found = true;
          break;
        }
      }
      if (!found) {
        const node = fs.node as ast.FunctionDef;
        this.error(`no binding for nonlocal '${n}' found`, node);
      }
    }
  }

  comprehension(
    s: Scope,
    node: ast.Expr,
    generators: ast.Comprehension[],
    elts: ast.Expr[],
  ): void {
    // the first iterable is evaluated in the enclosing scope
    this.expr(s, generators[0].iter);
    const cs = new Scope(ScopeKind.Comprehension, "<comprehension>", s, node);
    if (node.kind === "GeneratorExp") cs.isGenerator = true;
    s.children.push(cs);
    this.scopes.set(node, cs);
    generators.forEach((g, i) => {
      if (g.isAsync) cs.isAsync = true;
      if (i > 0) this.expr(cs, g.iter);
      this.bindTarget(cs, g.target);
      this.collectNames(g.target, cs.iterVars);
      for (const c of g.ifs) this.expr(cs, c);
    });
    for (const e of elts) this.expr(cs, e);
  }

  expr(s: Scope, e: ast.Expr): void {
    switch (e.kind) {
      case "BoolOp":
        for (const v of e.values) this.expr(s, v);
        break;
      case "NamedExpr": {
        if (s.kind === ScopeKind.Comprehension && s.iterVars.has(e.target.id)) {
          this.error(
            "assignment expression cannot rebind comprehension iteration variable",
            e,
          );
        }
        this.expr(s, e.value);
        const target = s.funcParent;
        if (target.kind === ScopeKind.Class) {
          this.error(
            "assignment expression within a comprehension cannot be used in a class body",
            e,
          );
        }
        target.assigned.add(e.target.id);
        if (target !== s) {
          // the comprehension reaches it as a free variable
        }
        break;
      }
      case "BinOp":
        this.expr(s, e.left);
        this.expr(s, e.right);
        break;
      case "UnaryOp":
        this.expr(s, e.operand);
        break;
      case "Lambda": {
        this.args(s, e.args);
        const fs = this.funcScope(s, e, "<lambda>");
        this.expr(fs, e.body);
        break;
      }
      case "IfExp":
        this.expr(s, e.test);
        this.expr(s, e.body);
        this.expr(s, e.orelse);
        break;
      case "Dict":
        for (const k of e.keys) if (k) this.expr(s, k);
        for (const v of e.values) this.expr(s, v);
        break;
      case "Set":
        for (const v of e.elts) this.expr(s, v);
        break;
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.comprehension(s, e, e.generators, [e.elt]);
        break;
      case "DictComp":
        this.comprehension(s, e, e.generators, [e.key, e.value]);
        break;
      case "Await":
        s.isAsync = true;
        this.expr(s, e.value);
        break;
      case "Yield":
        if (s.kind === ScopeKind.Module || s.kind === ScopeKind.Class) {
          this.error("'yield' outside function", e);
        }
        s.isGenerator = true;
        if (e.value) this.expr(s, e.value);
        break;
      case "YieldFrom":
        if (s.kind === ScopeKind.Module || s.kind === ScopeKind.Class) {
          this.error("'yield' outside function", e);
        }
        s.isGenerator = true;
        this.expr(s, e.value);
        break;
      case "Compare":
        this.expr(s, e.left);
        for (const c of e.comparators) this.expr(s, c);
        break;
      case "Call":
        this.expr(s, e.func);
        for (const a of e.args) this.expr(s, a);
        for (const k of e.keywords) this.expr(s, k.value);
        if (
          e.func.kind === "Name" && e.func.id === "super" && e.args.length === 0
        ) {
          this.markClassCell(s);
        }
        break;
      case "FormattedValue":
        this.expr(s, e.value);
        if (e.formatSpec) this.expr(s, e.formatSpec);
        break;
      case "JoinedStr":
        for (const v of e.values) this.expr(s, v);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.expr(s, e.value);
        break;
      case "Subscript":
        this.expr(s, e.value);
        this.expr(s, e.slice);
        break;
      case "Starred":
        this.expr(s, e.value);
        break;
      case "Name":
        if (e.ctx === "Load") {
          s.used.add(e.id);
          if (e.id === "__class__") this.markClassCell(s);
        } else s.assigned.add(e.id);
        break;
      case "List":
      case "Tuple":
        for (const v of e.elts) this.expr(s, v);
        break;
      case "Slice":
        if (e.lower) this.expr(s, e.lower);
        if (e.upper) this.expr(s, e.upper);
        if (e.step) this.expr(s, e.step);
        break;
    }
  }

  collectNames(t: ast.Expr, out: Set<string>): void {
    if (t.kind === "Name") out.add(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") {
      for (const e of t.elts) this.collectNames(e, out);
    } else if (t.kind === "Starred") this.collectNames(t.value, out);
  }

  markClassCell(s: Scope): void {
    for (let p: Scope | null = s; p !== null; p = p.parent) {
      p.usesClassCell = true;
      if (p.kind === ScopeKind.Class) return;
    }
  }
}

/** Analyses the scopes of a module. */
export function analyzeScopes(
  mod: ast.Module | ast.Expression,
  filename: string,
): ScopeInfo {
  const an = new Analyzer(filename);
  const ms = new Scope(ScopeKind.Module, "<module>", null, mod);
  an.scopes.set(mod, ms);
  if (mod.kind === "Module") an.stmts(ms, mod.body);
  else an.expr(ms, mod.body);
  for (const check of an.deferred) check();
  return { module: ms, scopes: an.scopes };
}
