/**
 * Definite assignment: which loads of a function's local variables can
 * never find the variable unbound, so the code generator can skip the
 * `UnboundLocalError` check there.
 *
 * A forward data-flow pass over one function body: the state is the set of
 * locals surely bound at a point (`null` where the point is unreachable,
 * after `return`, `raise`, `break`, `continue`). Branches meet by
 * intersection; loops iterate to a fixed point; an exception handler or the
 * code after a `with` starts from what was bound before the protected block,
 * less anything that block may unbind (`del`, `except ... as`). Nested
 * scopes are separate functions, except for what is evaluated here (default
 * values, decorators, the first iterable of a comprehension).
 *
 * @module
 */

import type * as ast from "./ast.ts";

type State = Set<string> | null;

interface LoopFrame {
  exits: State[];
  continues: State[];
}

/** The `Name` loads of a function body that are surely bound. */
export function definiteLoads(
  body: ast.Stmt[],
  params: Iterable<string>,
  unsafe: ReadonlySet<string>,
): Set<ast.Name> {
  const a = new Analysis(unsafe);
  a.block(body, new Set(params));
  return a.result();
}

/** The `Name` loads in a comprehension (its own scope) that are surely bound. */
export function definiteComprehensionLoads(
  e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
): Set<ast.Name> {
  const a = new Analysis(new Set());
  let d: Set<string> = new Set();
  e.generators.forEach((g, i) => {
    // the first iterable is evaluated in the enclosing scope
    if (i > 0) d = a.expr(g.iter, d);
    d = a.store(g.target, d);
    for (const c of g.ifs) d = a.expr(c, d);
  });
  if (e.kind === "DictComp") a.expr(e.value, a.expr(e.key, d));
  else a.expr(e.elt, d);
  return a.result();
}

function meet(states: State[]): State {
  let out: Set<string> | null = null;
  for (const s of states) {
    if (s === null) continue;
    if (out === null) out = new Set(s);
    else for (const n of out) if (!s.has(n)) out.delete(n);
  }
  return out;
}

function same(a: State, b: State): boolean {
  if (a === null || b === null) return a === b;
  if (a.size !== b.size) return false;
  for (const n of a) if (!b.has(n)) return false;
  return true;
}

function minus(s: Set<string>, kill: ReadonlySet<string>): Set<string> {
  const out = new Set(s);
  for (const n of kill) out.delete(n);
  return out;
}

/** Names a block may unbind: `del` targets and `except ... as` names. */
function killed(body: ast.Stmt[]): Set<string> {
  const out = new Set<string>();
  const delTarget = (t: ast.Expr): void => {
    if (t.kind === "Name") out.add(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(delTarget);
  };
  const visit = (stmts: ast.Stmt[]): void => {
    for (const s of stmts) {
      switch (s.kind) {
        case "Delete":
          s.targets.forEach(delTarget);
          break;
        case "If":
        case "While":
        case "For":
          visit(s.body);
          visit(s.orelse);
          break;
        case "With":
          visit(s.body);
          break;
        case "Try":
          visit(s.body);
          for (const h of s.handlers) {
            if (h.name) out.add(h.name);
            visit(h.body);
          }
          visit(s.orelse);
          visit(s.finalbody);
          break;
      }
    }
  };
  visit(body);
  return out;
}

class Analysis {
  marks = new Map<ast.Name, boolean>();
  loops: LoopFrame[] = [];
  /** Names unbound by the `finally` blocks a jump would pass through. */
  finallyKills: Set<string>[] = [];

  constructor(public unsafe: ReadonlySet<string>) {}

  result(): Set<ast.Name> {
    const out = new Set<ast.Name>();
    for (const [n, ok] of this.marks) if (ok) out.add(n);
    return out;
  }

  jumpState(d: Set<string>): Set<string> {
    let s = d;
    for (const k of this.finallyKills) s = minus(s, k);
    return s;
  }

  block(body: ast.Stmt[], d: State): State {
    for (const s of body) {
      if (d === null) return null;
      d = this.stmt(s, d);
    }
    return d;
  }

  stmt(s: ast.Stmt, d: Set<string>): State {
    switch (s.kind) {
      case "ExprStmt":
        return this.expr(s.value, d);
      case "Assign": {
        d = this.expr(s.value, d);
        for (const t of s.targets) d = this.store(t, d);
        return d;
      }
      case "AugAssign":
        d = this.expr(s.target, d);
        d = this.expr(s.value, d);
        return this.store(s.target, d);
      case "AnnAssign":
        if (s.value === null) return d;
        return this.store(s.target, this.expr(s.value, d));
      case "Delete": {
        for (const t of s.targets) d = this.del(t, d);
        return d;
      }
      case "Return":
        if (s.value) this.expr(s.value, d);
        return null;
      case "Raise":
        if (s.exc) d = this.expr(s.exc, d);
        if (s.cause) this.expr(s.cause, d);
        return null;
      case "Assert": {
        d = this.expr(s.test, d);
        if (s.msg) this.expr(s.msg, d);
        return d;
      }
      case "Pass":
      case "Global":
      case "Nonlocal":
        return d;
      case "Break":
        this.loops[this.loops.length - 1]?.exits.push(this.jumpState(d));
        return null;
      case "Continue":
        this.loops[this.loops.length - 1]?.continues.push(this.jumpState(d));
        return null;
      case "If": {
        d = this.expr(s.test, d);
        return meet([this.block(s.body, d), this.block(s.orelse, d)]);
      }
      case "While":
        return this.whileLoop(s, d);
      case "For":
        return this.forLoop(s, d);
      case "With": {
        for (const it of s.items) {
          d = this.expr(it.contextExpr, d);
          if (it.optionalVars) d = this.store(it.optionalVars, d);
        }
        this.block(s.body, d);
        // `__exit__` may swallow an exception raised anywhere in the body
        return minus(d, killed(s.body));
      }
      case "Try":
        return this.tryStmt(s, d);
      case "FunctionDef": {
        for (const x of s.decorators) d = this.expr(x, d);
        d = this.defaults(s.args, d);
        return this.bind(s.name, d);
      }
      case "ClassDef": {
        for (const x of s.decorators) d = this.expr(x, d);
        for (const x of s.bases) d = this.expr(x, d);
        for (const k of s.keywords) d = this.expr(k.value, d);
        return this.bind(s.name, d);
      }
      case "Import":
        for (const a of s.names) {
          d = this.bind(a.asname ?? a.name.split(".")[0], d);
        }
        return d;
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name !== "*") d = this.bind(a.asname ?? a.name, d);
        }
        return d;
    }
  }

  whileLoop(s: ast.While, d: Set<string>): State {
    const forever = s.test.kind === "Constant" &&
      ((s.test.value.type === "bool" && s.test.value.value) ||
        (s.test.value.type === "int" && s.test.value.value != 0));
    let head = d;
    for (;;) {
      const afterTest = this.expr(s.test, head);
      const frame: LoopFrame = { exits: [], continues: [] };
      this.loops.push(frame);
      const end = this.block(s.body, afterTest);
      this.loops.pop();
      const next = meet([head, end, ...frame.continues]) ?? head;
      if (same(next, head)) {
        const normal = forever ? null : this.block(s.orelse, afterTest);
        return meet([normal, ...frame.exits]);
      }
      head = next;
    }
  }

  forLoop(s: ast.For, d: Set<string>): State {
    d = this.expr(s.iter, d);
    let head = d;
    for (;;) {
      const start = this.store(s.target, head);
      const frame: LoopFrame = { exits: [], continues: [] };
      this.loops.push(frame);
      const end = this.block(s.body, start);
      this.loops.pop();
      const next = meet([head, end, ...frame.continues]) ?? head;
      if (same(next, head)) {
        return meet([this.block(s.orelse, head), ...frame.exits]);
      }
      head = next;
    }
  }

  tryStmt(s: ast.Try, d: Set<string>): State {
    const finKill = killed(s.finalbody);
    if (s.finalbody.length) this.finallyKills.push(finKill);
    const bodyEnd = this.block(s.body, d);
    // an exception may come from any point of the body
    const onExc = minus(d, killed(s.body));
    const ends: State[] = [this.block(s.orelse, bodyEnd)];
    for (const h of s.handlers) {
      let hd: Set<string> = onExc;
      if (h.type) hd = this.expr(h.type, hd);
      if (h.name) hd = this.bind(h.name, hd);
      const he = this.block(h.body, hd);
      ends.push(he === null || !h.name ? he : minus(he, new Set([h.name])));
    }
    if (s.finalbody.length) this.finallyKills.pop();
    const normal = meet(ends);
    if (!s.finalbody.length) return normal;
    const finStart = minus(d, killed([s]));
    const finEnd = this.block(s.finalbody, finStart);
    if (finEnd === null || normal === null) return null;
    const out = new Set(normal);
    for (const n of finEnd) if (!finStart.has(n)) out.add(n);
    return minus(out, finKill);
  }

  defaults(args: ast.Arguments, d: Set<string>): Set<string> {
    for (const x of args.defaults) d = this.expr(x, d);
    for (const x of args.kwDefaults) if (x) d = this.expr(x, d);
    return d;
  }

  bind(name: string, d: Set<string>): Set<string> {
    if (d.has(name) || this.unsafe.has(name)) return d;
    const out = new Set(d);
    out.add(name);
    return out;
  }

  store(t: ast.Expr, d: Set<string>): Set<string> {
    switch (t.kind) {
      case "Name":
        return this.bind(t.id, d);
      case "Tuple":
      case "List":
        for (const e of t.elts) d = this.store(e, d);
        return d;
      case "Starred":
        return this.store(t.value, d);
      case "Attribute":
        return this.expr(t.value, d);
      case "Subscript":
        return this.expr(t.slice, this.expr(t.value, d));
    }
    return this.expr(t, d);
  }

  del(t: ast.Expr, d: Set<string>): Set<string> {
    switch (t.kind) {
      case "Name": {
        this.mark(t, d);
        const out = new Set(d);
        out.delete(t.id);
        return out;
      }
      case "Tuple":
      case "List":
        for (const e of t.elts) d = this.del(e, d);
        return d;
      case "Attribute":
        return this.expr(t.value, d);
      case "Subscript":
        return this.expr(t.slice, this.expr(t.value, d));
    }
    return this.expr(t, d);
  }

  mark(n: ast.Name, d: Set<string>): void {
    this.marks.set(n, d.has(n.id));
  }

  /** Walks an expression in evaluation order; returns the state after it. */
  expr(e: ast.Expr, d: Set<string>): Set<string> {
    switch (e.kind) {
      case "Name":
        this.mark(e, d);
        return d;
      case "Constant":
        return d;
      case "BoolOp": {
        d = this.expr(e.values[0], d);
        // later operands may not run
        for (let i = 1; i < e.values.length; i++) this.expr(e.values[i], d);
        return d;
      }
      case "NamedExpr":
        return this.bind(e.target.id, this.expr(e.value, d));
      case "BinOp":
        return this.expr(e.right, this.expr(e.left, d));
      case "UnaryOp":
        return this.expr(e.operand, d);
      case "Lambda":
        return this.defaults(e.args, d);
      case "IfExp": {
        d = this.expr(e.test, d);
        return meet([this.expr(e.body, d), this.expr(e.orelse, d)])!;
      }
      case "Dict":
        e.keys.forEach((k, i) => {
          if (k) d = this.expr(k, d);
          d = this.expr(e.values[i], d);
        });
        return d;
      case "Set":
      case "List":
      case "Tuple":
        for (const x of e.elts) d = this.expr(x, d);
        return d;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.expr(e.generators[0].iter, d);
      case "Await":
      case "YieldFrom":
      case "Starred":
        return this.expr(e.value, d);
      case "Yield":
        return e.value ? this.expr(e.value, d) : d;
      case "Compare": {
        d = this.expr(e.left, d);
        d = this.expr(e.comparators[0], d);
        for (let i = 1; i < e.comparators.length; i++) {
          this.expr(e.comparators[i], d);
        }
        return d;
      }
      case "Call":
        d = this.expr(e.func, d);
        for (const x of e.args) d = this.expr(x, d);
        for (const k of e.keywords) d = this.expr(k.value, d);
        return d;
      case "FormattedValue":
        d = this.expr(e.value, d);
        return e.formatSpec ? this.expr(e.formatSpec, d) : d;
      case "JoinedStr":
        for (const x of e.values) d = this.expr(x, d);
        return d;
      case "Attribute":
        return this.expr(e.value, d);
      case "Subscript":
        return this.expr(e.slice, this.expr(e.value, d));
      case "Slice":
        if (e.lower) d = this.expr(e.lower, d);
        if (e.upper) d = this.expr(e.upper, d);
        if (e.step) d = this.expr(e.step, d);
        return d;
    }
  }
}
