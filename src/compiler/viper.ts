/**
 * The viper code emitter: `@micropython.viper` functions, with typed locals
 * and machine-word arithmetic.
 *
 * A viper function is compiled by a subclass of the code generator's
 * `FunctionCompiler` that types every expression before emitting it. Types
 * are `int` and `uint` (machine words whose arithmetic wraps at 64 bits),
 * `bool`, `ptr`/`ptr8`/`ptr16`/`ptr32` (addresses; `p[i]` loads and stores
 * items of 1, 2 or 4 bytes), the type of `None`, and `object` (ordinary
 * Python values, handled as in any other function). Parameters take the
 * type of their annotation (`x: int`, default `object`) and are converted
 * on entry; a local takes the type of the first value stored to it, in
 * source order; the return annotation converts the result. Mixing types is
 * a compile-time `ViperTypeError`, worded as MicroPython words it; within a
 * statement the last error wins and compilation stops after that statement.
 *
 * Native values need no boxing (see runtime/viper.ts): the JS value of an
 * `int` is already a Python int, so anything handed to Python code (a call,
 * a container, an attribute) passes through unchanged, and the inherited
 * code generator compiles everything that involves objects. Functions,
 * lambdas and comprehensions nested in a viper function are viper too,
 * unless decorated otherwise.
 *
 * MicroPython's viper emitter lives in `py/emitnative.c`; this file follows
 * its documented behaviour and the reference build's observable results.
 *
 * @module
 */

import type * as ast from "./ast.ts";
import { CompileError, type CompileErrorType } from "./syntax_error.ts";
import {
  BINOP,
  CMPOP,
  FunctionCompiler,
  mangle,
  type ModuleCompiler,
} from "./codegen.ts";
import { NameKind, type Scope, ScopeKind } from "./scope.ts";
import type { FunKind } from "../objects/function.ts";

/** A viper type, named as in MicroPython's error messages. */
type VType =
  | "int"
  | "uint"
  | "bool"
  | "ptr"
  | "ptr8"
  | "ptr16"
  | "ptr32"
  | "None"
  | "object";

/** A typed expression: its JS source and, for a constant, its value. */
interface Typed {
  t: VType;
  js: string;
  /** Value of an immediate: machine-word bits (as a signed bigint for `int`), a boolean, null. */
  imm?: bigint | boolean | null;
  /** A casting name (`int`, `ptr8` ...) used as a value. */
  cast?: boolean;
}

/** Annotation names and the types they give. */
const TYPE_NAMES: ReadonlyMap<string, VType> = new Map([
  ["object", "object"],
  ["int", "int"],
  ["uint", "uint"],
  ["bool", "bool"],
  ["ptr", "ptr"],
  ["ptr8", "ptr8"],
  ["ptr16", "ptr16"],
  ["ptr32", "ptr32"],
]);

/** Names that, called with one argument, cast to a viper type. */
const CASTS: ReadonlyMap<string, VType> = new Map(
  [...TYPE_NAMES].filter(([name]) => name !== "object"),
);

/** Item size of each pointer type that can be indexed. */
const ITEM_SIZE: Partial<Record<VType, number>> = {
  ptr8: 1,
  ptr16: 2,
  ptr32: 4,
};

/** `$V` helpers of the word operators (the `uint` ones are prefixed `u`). */
const WORD_OPS: Partial<Record<ast.BinOpKind, string>> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  LShift: "lshift",
  RShift: "rshift",
  BitAnd: "and",
  BitOr: "or",
  BitXor: "xor",
};

/** Special-method names of operators viper does not implement on words. */
const UNIMPLEMENTED: Partial<Record<ast.BinOpKind, string>> = {
  Div: "__truediv__",
  Pow: "__pow__",
  MatMult: "__matmul__",
};

const JS_CMP: Partial<Record<ast.CmpOpKind, string>> = {
  Eq: "===",
  NotEq: "!==",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
};

/** MicroPython's small ints on a 64-bit build: what a literal `int` holds. */
const SMALL_MIN = -(1n << 62n);
const SMALL_MAX = (1n << 62n) - 1n;

const isWord = (t: VType): boolean => t === "int" || t === "uint";
const isPtr = (t: VType): boolean => t.startsWith("ptr");

/** True when a function or comprehension scope is compiled by the viper emitter. */
export function isViperScope(scope: Scope): boolean {
  if (scope.kind === ScopeKind.Class || scope.kind === ScopeKind.Module) {
    return false;
  }
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    if (s.kind === ScopeKind.Module) return false;
    const n = s.node as ast.Node | null;
    if (n && n.kind === "FunctionDef" && n.emitter !== undefined) {
      return n.emitter === "viper";
    }
  }
  return false;
}

/** The viper `FunctionCompiler`, with its base class's behaviour at hand. */
interface ViperHost extends FunctionCompiler {
  baseExpr(e: ast.Expr): string;
  baseStmt(s: ast.Stmt): void;
  baseAssign(t: ast.Expr, value: string): void;
  baseStoreName(name: string, value: string): string;
  baseUnbindName(name: string): string;
}

type ViperCompilerClass = new (
  mc: ModuleCompiler,
  scope: Scope,
  ciIndex: number,
) => FunctionCompiler;

let viperCompilerClass: ViperCompilerClass | null = null;

/** A compiler for a viper function or comprehension body. */
export function newViperCompiler(
  mc: ModuleCompiler,
  scope: Scope,
  ciIndex: number,
): FunctionCompiler {
  // defined on first use: codegen.ts and this module import each other
  viperCompilerClass ??= defineViperCompiler();
  return new viperCompilerClass(mc, scope, ciIndex);
}

/** The `FunctionCompiler` subclass: each override hands over to `Viper`. */
function defineViperCompiler(): ViperCompilerClass {
  return class ViperFunctionCompiler extends FunctionCompiler {
    v: Viper;
    constructor(mc: ModuleCompiler, scope: Scope, ciIndex: number) {
      super(mc, scope, ciIndex);
      this.v = new Viper(this);
    }
    override expr(e: ast.Expr): string {
      return this.v.expr(e);
    }
    override test(e: ast.Expr): string {
      return this.v.test(e);
    }
    override stmt(s: ast.Stmt): void {
      this.v.stmt(s);
    }
    override assign(t: ast.Expr, value: string): void {
      this.v.assign(t, { t: "object", js: value });
    }
    override storeName(name: string, value: string): string {
      return this.v.store(name, { t: "object", js: value });
    }
    override unbindName(name: string): string {
      return this.v.unbind(name);
    }
    override finish(kind: FunKind, isClassBody: boolean): string {
      this.v.finishBody();
      return super.finish(kind, isClassBody);
    }
    baseExpr(e: ast.Expr): string {
      return super.expr(e);
    }
    baseStmt(s: ast.Stmt): void {
      super.stmt(s);
    }
    baseAssign(t: ast.Expr, value: string): void {
      super.assign(t, value);
    }
    baseStoreName(name: string, value: string): string {
      return super.storeName(name, value);
    }
    baseUnbindName(name: string): string {
      return super.unbindName(name);
    }
  };
}

/** Typing and emission for one viper function (or comprehension) body. */
class Viper {
  /** Types of locals known so far (parameters first). */
  types = new Map<string, VType>();
  /** Locals assigned by nested scopes (`nonlocal`): they hold objects. */
  shared = new Set<string>();
  /** Parameters converted on entry: name and type. */
  typedParams: [string, VType][] = [];
  /** The declared return type. */
  ret: VType = "object";
  /** The pending compile error (the last one of the current statement). */
  err: CompileError | null = null;
  /** Line of the statement being compiled, for errors. */
  line: number;
  /** The function of the call being compiled: loaded as an object. */
  callee: ast.Name | null = null;
  /** A lambda's body, whose value is its return value. */
  lambdaBody: ast.Expr | null = null;
  scope: Scope;

  constructor(public fc: ViperHost) {
    const scope = this.scope = fc.scope;
    const node = scope.node as ast.Node;
    this.line = (node as ast.Pos).line;
    for (const p of scope.params) this.types.set(p, "object");
    this.findShared(scope);
    if (node.kind === "Lambda") this.lambdaBody = node.body;
    if (node.kind === "FunctionDef") this.annotations(node);
  }

  // ------------------------------------------------------------ errors

  error(
    msg: string,
    type: CompileErrorType | "ViperTypeError" = "ViperTypeError",
  ): void {
    const e = new CompileError(msg, this.line, 0, type as CompileErrorType);
    e.scope = this.scope.name;
    this.err = e;
    // a comprehension has no statements to stop after
    if (this.scope.kind === ScopeKind.Comprehension) this.throwError();
  }

  throwError(): void {
    if (this.err) throw this.err;
  }

  notImplemented(msg: string): void {
    this.error(msg, "NotImplementedError");
  }

  // ------------------------------------------------------- setting up

  /** Locals that nested scopes rebind with `nonlocal`. */
  findShared(scope: Scope): void {
    const visit = (s: Scope): void => {
      for (const n of s.nonlocals) {
        for (let p = s.parent; p !== null; p = p.parent) {
          if (p.kind === ScopeKind.Class) continue;
          if (p.declares(n)) {
            if (p === scope) this.shared.add(n);
            break;
          }
        }
      }
      for (const c of s.children) visit(c);
    };
    for (const c of scope.children) visit(c);
  }

  /** Types from parameter and return annotations. */
  annotations(node: ast.FunctionDef): void {
    let notIdentifier = false;
    let unknown: string | null = null;
    const typeOf = (ann: ast.Expr | null): VType => {
      if (ann === null) return "object";
      if (ann.kind !== "Name") {
        notIdentifier = true;
        return "object";
      }
      const t = TYPE_NAMES.get(ann.id);
      if (t === undefined) {
        unknown = ann.id;
        return "object";
      }
      return t;
    };
    const a = node.args;
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) {
      const t = typeOf(p.annotation);
      this.types.set(p.arg, t);
      if (t !== "object") this.typedParams.push([p.arg, t]);
    }
    if (a.vararg) typeOf(a.vararg.annotation);
    if (a.kwarg) typeOf(a.kwarg.annotation);
    this.ret = typeOf(node.returns);
    if (unknown !== null) this.error(`unknown type '${unknown}'`);
    else if (notIdentifier) {
      this.error("annotation must be an identifier", "SyntaxError");
    }
  }

  /**
   * Completes a compiled body: argument conversions and zeroed locals in
   * front, the default return at the end; or throws the compile error.
   */
  finishBody(): void {
    this.throwError();
    const fc = this.fc;
    if (this.ret !== "object") fc.emit(`return ${this.zero(this.ret)};`);
    const pro: string[] = [];
    for (const [name, t] of this.typedParams) {
      const m = mangle(name);
      pro.push(`${m} = ${this.fromObject(m, t)};`);
    }
    // locals of machine types start at zero: they are never "unbound"
    for (const [name, t] of this.types) {
      if (t === "object" || this.scope.params.has(name)) continue;
      pro.push(`${mangle(name)} = ${this.zero(t)};`);
    }
    const pad = "  ".repeat(fc.indent);
    fc.lines.unshift(...pro.map((l) => pad + l));
  }

  /** JS converting object `js` to type `t` (arguments, casts). */
  fromObject(js: string, t: VType): string {
    switch (t) {
      case "int":
        return `$V.oi(${js})`;
      case "uint":
        return `$V.ou(${js})`;
      case "bool":
        return `$V.ob(${js})`;
      case "None":
        return "null";
      case "object":
        return js;
      default:
        return `$V.op(${js})`;
    }
  }

  zero(t: VType): string {
    return t === "bool"
      ? "false"
      : t === "None" || t === "object"
      ? "null"
      : "0";
  }

  // ------------------------------------------------------------ values

  /** JS for a word constant (bits `v` of type `t`). */
  word(v: bigint, t: VType): Typed {
    const bits = t === "int" ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v);
    return { t, js: this.intLiteral(bits), imm: bits };
  }

  intLiteral(v: bigint): string {
    if (
      v >= -BigInt(Number.MAX_SAFE_INTEGER) &&
      v <= BigInt(Number.MAX_SAFE_INTEGER)
    ) {
      return v < 0n ? `(${v})` : String(v);
    }
    return this.fc.mc.constRef({ t: "int", v: v.toString() });
  }

  /** The value as a Python object (all but immediates are already one). */
  box(v: Typed): string {
    if (v.t === "object") return v.js;
    if (v.cast) {
      this.notImplemented("conversion to object");
      return "null";
    }
    if (v.imm !== undefined) {
      if (isPtr(v.t)) {
        this.notImplemented("conversion to object");
        return "null";
      }
      // an immediate becomes an object as a signed word
      if (typeof v.imm === "bigint") {
        return this.intLiteral(BigInt.asIntN(64, v.imm));
      }
    }
    return v.js;
  }

  /** JS boolean for the truth of a value. */
  truth(v: Typed): string {
    switch (v.t) {
      case "object":
        return `$truthy(${v.js})`;
      case "bool":
        return v.js;
      case "int":
      case "uint":
        return `(${v.js} !== 0)`;
    }
    this.error(`can't implicitly convert '${v.t}' to 'bool'`);
    return "false";
  }

  /** A value of type `v.t` where type `t` is wanted (`and`/`or`, `x if c else y`). */
  coerce(v: Typed, t: VType): string {
    if (v.t === t) return v.js;
    if (t === "object") return v.t === "None" ? "null" : v.js;
    if (t === "bool") {
      return v.t === "object" ? `$truthy(${v.js})` : `!!${v.js}`;
    }
    if (t === "None") return "null";
    return `$V.reint(${v.js})`;
  }

  // ------------------------------------------------------- expressions

  expr(e: ast.Expr): string {
    if (e === this.lambdaBody) {
      const v = this.vexpr(e);
      if (v.t === "None" && !v.cast) return "null";
      if (v.t !== "object") {
        this.error(`return expected 'object' but got '${v.t}'`);
      }
      return v.js;
    }
    return this.box(this.vexpr(e));
  }

  vexpr(e: ast.Expr): Typed {
    const fc = this.fc;
    switch (e.kind) {
      case "Constant":
        return this.constant(e);
      case "Name":
        return this.load(e.id, e);
      case "BinOp": {
        const folded = this.fold(e);
        if (folded !== null) return folded;
        const l = this.vexpr(e.left);
        const r = this.vexpr(e.right);
        return this.binop(e.op, l, r, false);
      }
      case "UnaryOp": {
        const folded = this.fold(e);
        if (folded !== null) return folded;
        return this.unary(e);
      }
      case "BoolOp":
        return this.boolOp(e);
      case "Compare":
        return this.compare(e);
      case "IfExp": {
        const test = this.test(e.test);
        const body = this.vexpr(e.body);
        const orelse = this.vexpr(e.orelse);
        return {
          t: orelse.t,
          js: `(${test} ? ${this.coerce(body, orelse.t)} : ${orelse.js})`,
        };
      }
      case "Subscript":
        return this.loadItem(e);
      case "Call":
        return this.call(e);
      case "NamedExpr": {
        if (this.scope.kind === ScopeKind.Comprehension) {
          return { t: "object", js: fc.baseExpr(e) };
        }
        const v = this.vexpr(e.value);
        const t = fc.temp();
        const store = this.store(e.target.id, { t: v.t, js: t });
        return {
          t: v.t,
          js: `((${t} = ${v.js}), ${store.replace(/;$/, "")}, ${t})`,
        };
      }
      case "Yield":
      case "YieldFrom":
      case "Await":
      case "GeneratorExp":
        this.notImplemented("native yield");
        return { t: "object", js: "null" };
    }
    return { t: "object", js: fc.baseExpr(e) };
  }

  constant(e: ast.Constant): Typed {
    const c = e.value;
    switch (c.type) {
      case "None":
        return { t: "None", js: "null", imm: null };
      case "bool":
        return { t: "bool", js: String(c.value), imm: c.value };
      case "int": {
        const v = BigInt(c.value);
        if (v >= SMALL_MIN && v <= SMALL_MAX) return this.word(v, "int");
      }
    }
    return { t: "object", js: this.fc.constant(c) };
  }

  load(name: string, node: ast.Name): Typed {
    const fc = this.fc;
    const kind = this.scope.resolve(name);
    if (kind === NameKind.Local && !this.shared.has(name)) {
      const t = this.types.get(name);
      if (t === undefined) {
        this.error(`local '${name}' used before type known`);
        return { t: "object", js: fc.loadName(name, node) };
      }
      if (t !== "object") return { t, js: mangle(name) };
    } else if (
      kind === NameKind.Global && CASTS.has(name) && node !== this.callee
    ) {
      return { t: "None", js: "null", imm: null, cast: true };
    }
    return { t: "object", js: fc.loadName(name, node) };
  }

  /**
   * Folds a constant integer expression as MicroPython's parser does: an
   * operator on small-int constants. A result beyond the small ints, or an
   * operand that is a float or a big int, gives an object; null when the
   * expression is not a foldable constant.
   */
  fold(e: ast.Expr): Typed | null {
    const v = foldNum(e);
    if (v === null) return null;
    if (typeof v === "bigint" && v >= SMALL_MIN && v <= SMALL_MAX) {
      return this.word(v, "int");
    }
    if (typeof v === "boolean") return { t: "bool", js: String(v), imm: v };
    if (typeof v === "bigint") {
      return { t: "object", js: this.intLiteral(v) };
    }
    return { t: "object", js: this.fc.baseExpr(e) };
  }

  unary(e: ast.UnaryOp): Typed {
    const v = this.vexpr(e.operand);
    if (v.t === "object") {
      const fn = { Not: "", USub: "$neg", UAdd: "$pos", Invert: "$invert" }[
        e.op
      ];
      return {
        t: "object",
        js: fn === "" ? `!$truthy(${v.js})` : `${fn}(${v.js})`,
      };
    }
    if (!isWord(v.t)) {
      this.error(`can't do unary op of '${v.t}'`);
      return v;
    }
    const u = v.t === "uint" ? "u" : "";
    switch (e.op) {
      case "Not":
        this.error("'not' not implemented");
        return v;
      case "UAdd":
        return { t: v.t, js: v.js };
      case "USub":
        return { t: v.t, js: `$V.${u}neg(${v.js})` };
      case "Invert":
        return { t: v.t, js: `$V.${u}inv(${v.js})` };
    }
  }

  /** `l op r` for typed operands (`inplace` for augmented assignment). */
  binop(op: ast.BinOpKind, l: Typed, r: Typed, inplace: boolean): Typed {
    if (l.t === "object" && r.t === "object") {
      const fn = inplace ? "$i" + BINOP[op].slice(1) : BINOP[op];
      return { t: "object", js: `${fn}(${l.js}, ${r.js})` };
    }
    if (!isWord(l.t) || !isWord(r.t)) {
      this.error(`can't do binary op between '${l.t}' and '${r.t}'`);
      return { t: l.t, js: "0" };
    }
    const name = WORD_OPS[op];
    if (name !== undefined) {
      const u = l.t === "uint" ? "u" : "";
      return { t: l.t, js: `$V.${u}${name}(${l.js}, ${r.js})` };
    }
    if (op === "FloorDiv" || op === "Mod") {
      if (l.t === "uint") {
        this.error("div/mod not implemented for uint");
        return { t: "int", js: "0" };
      }
      const fn = op === "FloorDiv" ? "floordiv" : "mod";
      return { t: "int", js: `$V.${fn}(${l.js}, ${r.js})` };
    }
    this.error(`binary op ${UNIMPLEMENTED[op] ?? ""} not implemented`);
    return { t: "int", js: "0" };
  }

  /** One comparison of typed operands. */
  cmp(op: ast.CmpOpKind, l: Typed, r: Typed): Typed {
    if (l.t === "object" && r.t === "object") {
      return { t: "object", js: `${CMPOP[op]}(${l.js}, ${r.js})` };
    }
    if (!isWord(l.t) || !isWord(r.t)) {
      this.error(`can't do binary op between '${l.t}' and '${r.t}'`);
      return { t: l.t, js: "0" };
    }
    const jsOp = JS_CMP[op];
    if (jsOp === undefined) {
      this.error("binary op  not implemented");
      return { t: "int", js: "0" };
    }
    if (l.t !== r.t) this.error("comparison of int and uint");
    return { t: "bool", js: `(${l.js} ${jsOp} ${r.js})` };
  }

  compare(e: ast.Compare): Typed {
    const fc = this.fc;
    if (e.ops.length === 1) {
      return this.cmp(
        e.ops[0],
        this.vexpr(e.left),
        this.vexpr(e.comparators[0]),
      );
    }
    // a < b < c: b evaluated once; the first false comparison or the last
    const first = this.vexpr(e.left);
    const t0 = fc.temp();
    let left: Typed = { t: first.t, js: t0 };
    const parts: { test: string; value: Typed }[] = [];
    for (let i = 0; i < e.ops.length; i++) {
      const right = this.vexpr(e.comparators[i]);
      if (i === e.ops.length - 1) {
        const c = this.cmp(e.ops[i], left, right);
        parts.push({ test: "", value: c });
      } else {
        const t = fc.temp();
        const rt: Typed = { t: right.t, js: t };
        const c = this.cmp(e.ops[i], left, rt);
        const res = fc.temp();
        const cv: Typed = { t: c.t, js: res };
        parts.push({
          test: `(${t} = ${right.js}, ${res} = ${c.js}, ${this.truth(cv)})`,
          value: cv,
        });
        left = rt;
      }
    }
    const last = parts[parts.length - 1].value;
    let out = last.js;
    for (let i = parts.length - 2; i >= 0; i--) {
      out = `(${parts[i].test} ? ${out} : ${
        this.coerce(parts[i].value, last.t)
      })`;
    }
    return { t: last.t, js: `(${t0} = ${first.js}, ${out})` };
  }

  boolOp(e: ast.BoolOp): Typed {
    // each operand but the last is tested, in source order
    const parts = e.values.map((x, i) => {
      const v = this.vexpr(x);
      if (i === e.values.length - 1) return { v, t: "", test: "" };
      const t = this.fc.temp();
      return { v, t, test: this.truth({ t: v.t, js: t }) };
    });
    const last = parts[parts.length - 1].v;
    let out = last.js;
    for (let i = parts.length - 2; i >= 0; i--) {
      const { v, t, test } = parts[i];
      const keep = this.coerce({ t: v.t, js: t }, last.t);
      out = e.op === "And"
        ? `((${t} = ${v.js}), ${test} ? ${out} : ${keep})`
        : `((${t} = ${v.js}), ${test} ? ${keep} : ${out})`;
    }
    return { t: last.t, js: out };
  }

  loadItem(e: ast.Subscript): Typed {
    const base = this.vexpr(e.value);
    const index = this.vexpr(e.slice);
    if (base.t === "object") {
      return { t: "object", js: `$getitem(${base.js}, ${this.box(index)})` };
    }
    return this.loadItemAt(base, index);
  }

  /** A pointer index: a `uint` index counts as the signed word it holds. */
  index(v: Typed): string {
    return v.t === "uint" ? `$V.i(${v.js})` : v.js;
  }

  call(e: ast.Call): Typed {
    const f = e.func;
    if (
      f.kind === "Name" && CASTS.has(f.id) && e.args.length === 1 &&
      e.keywords.length === 0 && e.args[0].kind !== "Starred"
    ) {
      const arg = e.args[0];
      if (arg.kind === "Name" && CASTS.has(arg.id)) {
        this.notImplemented("casting");
        return { t: CASTS.get(f.id)!, js: "0" };
      }
      return this.cast(this.vexpr(arg), CASTS.get(f.id)!);
    }
    if (e.args.some((a) => a.kind === "GeneratorExp")) {
      this.notImplemented("native yield");
      return { t: "object", js: "null" };
    }
    // a casting name called otherwise (`int(s, 16)`) is the builtin
    if (
      f.kind === "Name" && !e.args.some((a) => a.kind === "Starred") &&
      !e.keywords.some((k) => k.arg === null)
    ) this.callee = f;
    return { t: "object", js: this.fc.baseExpr(e) };
  }

  /** `int(x)`, `uint(x)`, `bool(x)`, `ptr8(x)` ...: a conversion or a reinterpretation. */
  cast(v: Typed, t: VType): Typed {
    if (v.t === "object") return { t, js: this.fromObject(v.js, t) };
    if (v.imm !== undefined && !v.cast) {
      const bits = typeof v.imm === "bigint" ? v.imm : v.imm ? 1n : 0n;
      if (t === "bool") return { t, js: String(bits !== 0n), imm: bits !== 0n };
      return this.word(bits, t);
    }
    if (v.t === t) return { t, js: v.js };
    if (v.t === "None") {
      return t === "bool" ? { t, js: "false", imm: false } : this.word(0n, t);
    }
    if (t === "bool") {
      return { t, js: v.t === "bool" ? v.js : `(${v.js} !== 0)` };
    }
    if (v.t === "bool") return { t, js: `(${v.js} ? 1 : 0)` };
    if (t === "int") return { t, js: `$V.i(${v.js})` };
    // to uint or a pointer: the same bits, unsigned
    return { t, js: v.t === "int" ? `$V.u(${v.js})` : v.js };
  }

  /** JS boolean for an expression used as a condition. */
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
          const l = this.vexpr(e.left);
          const r = this.vexpr(e.comparators[0]);
          if (l.t === "object" && r.t === "object") {
            return this.fc.compareTest(e.ops[0], l.js, r.js);
          }
          return this.truth(this.cmp(e.ops[0], l, r));
        }
        break;
    }
    return this.truth(this.vexpr(e));
  }

  // ----------------------------------------------------------- stores

  /** JS statement storing a typed value into a name. */
  store(name: string, v: Typed): string {
    const fc = this.fc;
    if (
      this.scope.resolve(name) !== NameKind.Local || this.shared.has(name)
    ) {
      return fc.baseStoreName(name, this.box(v));
    }
    const t = v.t;
    const cur = this.types.get(name);
    if (cur === undefined) this.types.set(name, t);
    else if (cur !== t) {
      this.error(`local '${name}' has type '${cur}' but source is '${t}'`);
    }
    return `${mangle(name)} = ${v.cast ? "null" : v.js};`;
  }

  /** Unbinding a local (end of `except ... as x`) stores None into it. */
  unbind(name: string): string {
    if (this.scope.resolve(name) === NameKind.Local && !this.shared.has(name)) {
      this.store(name, { t: "None", js: "undefined" });
      return `${mangle(name)} = undefined;`;
    }
    return this.fc.baseUnbindName(name);
  }

  /** Emits the store of a typed value into an assignment target. */
  assign(t: ast.Expr, v: Typed): void {
    const fc = this.fc;
    switch (t.kind) {
      case "Name":
        fc.emit(this.store(t.id, v));
        return;
      case "Subscript": {
        const base = this.vexpr(t.value);
        const index = this.vexpr(t.slice);
        this.storeItem(base, index, v);
        return;
      }
    }
    fc.baseAssign(t, this.box(v));
  }

  /** Emits `base[index] = v`. */
  storeItem(base: Typed, index: Typed, v: Typed): void {
    const fc = this.fc;
    if (base.t === "object") {
      fc.emit(
        `${fc.fx()}$setitem(${base.js}, ${this.box(index)}, ${this.box(v)});`,
      );
      return;
    }
    const size = ITEM_SIZE[base.t];
    if (size === undefined) {
      this.error(`can't store to '${base.t}'`);
      return;
    }
    if (!isWord(index.t)) this.error(`can't store with '${index.t}' index`);
    if (!isWord(v.t) && v.t !== "bool") this.error(`can't store '${v.t}'`);
    const value = v.t === "bool" ? `(${v.js} ? 1 : 0)` : v.js;
    fc.emit(
      `${fc.fx()}$V.st${size * 8}(${base.js}, ${this.index(index)}, ${value});`,
    );
  }

  // -------------------------------------------------------- statements

  stmt(s: ast.Stmt): void {
    // after an error, the rest of the function is not compiled
    if (this.err) return;
    const fc = this.fc;
    this.line = s.line;
    switch (s.kind) {
      case "ExprStmt": {
        if (s.value.kind === "Constant") return;
        fc.setLine(s);
        fc.emit(this.vexpr(s.value).js + ";");
        return;
      }
      case "Assign": {
        fc.setLine(s);
        const v = this.vexpr(s.value);
        if (s.targets.length === 1) {
          this.assign(s.targets[0], v);
          return;
        }
        const t = fc.temp();
        fc.emit(`${t} = ${v.js};`);
        for (const target of s.targets) this.assign(target, { t: v.t, js: t });
        return;
      }
      case "AnnAssign":
        // the annotation of a local is not a type declaration
        if (s.value) {
          fc.setLine(s);
          this.assign(s.target, this.vexpr(s.value));
        }
        return;
      case "AugAssign":
        fc.setLine(s);
        this.augAssign(s);
        return;
      case "Return":
        fc.setLine(s);
        this.returnStmt(s);
        return;
      case "Raise": {
        fc.setLine(s);
        if (s.exc === null || s.cause !== null) {
          this.notImplemented("native raise");
          return;
        }
        const v = this.vexpr(s.exc);
        if (v.t !== "object") this.error("must raise an object");
        fc.emit(`throw $raise(${fc.w(`$mkexc(${v.js})`)});`);
        return;
      }
      case "Delete":
        for (const t of s.targets) {
          if (
            t.kind === "Name" && this.scope.resolve(t.id) === NameKind.Local &&
            !this.shared.has(t.id)
          ) {
            // deleting a local stores None into it
            this.store(t.id, { t: "None", js: "null" });
          }
        }
        fc.baseStmt(s);
        return;
      case "For":
        if (this.rangeLoop(s)) return;
        break;
    }
    fc.baseStmt(s);
  }

  returnStmt(s: ast.Return): void {
    const fc = this.fc;
    let js = this.zero(this.ret);
    if (s.value !== null) {
      const v = this.vexpr(s.value);
      if (v.t !== "None" || v.cast) {
        if (v.t !== this.ret) {
          this.error(`return expected '${this.ret}' but got '${v.t}'`);
        }
        js = v.js;
      }
    }
    fc.emit(`return ${js};`);
  }

  augAssign(s: ast.AugAssign): void {
    const fc = this.fc;
    const t = s.target;
    if (t.kind === "Name") {
      const cur = this.load(t.id, t);
      const v = this.binop(s.op, cur, this.vexpr(s.value), true);
      fc.emit(this.store(t.id, v));
      return;
    }
    if (fc.sync) fc.emit("$SYNC.fx++;");
    if (t.kind === "Subscript") {
      const base = this.vexpr(t.value);
      const index = this.vexpr(t.slice);
      const bt = fc.temp();
      const it = fc.temp();
      fc.emit(`${bt} = ${base.js};`);
      fc.emit(`${it} = ${base.t === "object" ? this.box(index) : index.js};`);
      const b: Typed = { t: base.t, js: bt };
      const i: Typed = { t: base.t === "object" ? "object" : index.t, js: it };
      const cur = base.t === "object"
        ? { t: "object" as VType, js: `$getitem(${bt}, ${it})` }
        : this.loadItemAt(b, i);
      const v = this.binop(s.op, cur, this.vexpr(s.value), true);
      this.storeItem(b, i, v);
      return;
    }
    if (t.kind === "Attribute") {
      const o = fc.temp();
      fc.emit(`${o} = ${this.expr(t.value)};`);
      const a = JSON.stringify(t.attr);
      const cur: Typed = { t: "object", js: `$getattr(${o}, ${a})` };
      const v = this.binop(s.op, cur, this.vexpr(s.value), true);
      fc.emit(`$setattr(${o}, ${a}, ${this.box(v)});`);
      return;
    }
    fc.baseStmt(s);
  }

  /** A pointer load from already evaluated base and index. */
  loadItemAt(base: Typed, index: Typed): Typed {
    const size = ITEM_SIZE[base.t];
    if (size === undefined) {
      this.error(`can't load from '${base.t}'`);
      return { t: "int", js: "0" };
    }
    if (!isWord(index.t)) {
      this.error(`can't load with '${index.t}' index`);
      return { t: "int", js: "0" };
    }
    return {
      t: "int",
      js: `$V.ld${size * 8}(${base.js}, ${this.index(index)})`,
    };
  }

  /**
   * `for x in range(...)` with a constant step runs as a counting loop on
   * the type of the start value, as MicroPython compiles it; false when the
   * loop has another shape.
   */
  rangeLoop(s: ast.For): boolean {
    const fc = this.fc;
    const it = s.iter;
    if (
      s.isAsync || s.target.kind !== "Name" || it.kind !== "Call" ||
      it.func.kind !== "Name" || it.func.id !== "range" ||
      it.keywords.length !== 0 || it.args.length < 1 || it.args.length > 3 ||
      it.args.some((a) => a.kind === "Starred")
    ) return false;
    let step = 1n;
    if (it.args.length === 3) {
      const v = foldNum(it.args[2]);
      if (typeof v !== "bigint" || v === 0n || v < SMALL_MIN || v > SMALL_MAX) {
        return false;
      }
      step = v;
    }
    fc.setLine(s);
    const start: Typed = it.args.length === 1
      ? this.word(0n, "int")
      : this.vexpr(it.args[0]);
    const end = this.vexpr(it.args.length === 1 ? it.args[0] : it.args[1]);
    const cur = fc.temp();
    const stop = fc.temp();
    fc.emit(`${cur} = ${start.js};`);
    fc.emit(`${stop} = ${end.js};`);
    const c: Typed = { t: start.t, js: cur };
    const cond = this.cmp(step > 0n ? "Lt" : "Gt", c, { t: end.t, js: stop });
    const next = this.binop("Add", c, this.word(step, "int"), false);
    const label = s.orelse.length ? fc.newLabel() : null;
    if (label) {
      fc.emit(`${label}: {`);
      fc.indent++;
    }
    fc.emit(`for (;; ${cur} = ${next.js}) {`);
    fc.indent++;
    fc.emit(`if (!${this.truth(cond)}) break;`);
    fc.emitBudget();
    if ((fc.mc.opts.optimize ?? 0) < 3) fc.emit(`$L = ${s.line};`);
    fc.emit(this.store(s.target.id, c));
    fc.lastLine = s.line;
    fc.loops.push({ breakLabel: label });
    fc.block(s.body);
    fc.loops.pop();
    fc.indent--;
    fc.emit("}");
    fc.lastLine = -1;
    if (label) {
      fc.block(s.orelse);
      fc.indent--;
      fc.emit("}");
    }
    return true;
  }
}

/**
 * The value of a constant numeric expression as MicroPython's parser folds
 * it: an int (bigint) for operators on small ints, true/false for `not` of
 * a constant, "other" for one involving floats or big ints (an object
 * computed at run time); null when not a foldable constant.
 */
function foldNum(e: ast.Expr): bigint | boolean | "other" | null {
  switch (e.kind) {
    case "Constant": {
      const c = e.value;
      if (c.type === "int") {
        const v = BigInt(c.value);
        return v >= SMALL_MIN && v <= SMALL_MAX ? v : "other";
      }
      if (c.type === "float" || c.type === "complex") return "other";
      return null;
    }
    case "UnaryOp": {
      if (e.op === "Not") {
        if (e.operand.kind !== "Constant") return null;
        const c = e.operand.value;
        switch (c.type) {
          case "None":
            return true;
          case "bool":
            return !c.value;
          case "int":
          case "float":
            return c.value == 0;
        }
        return null;
      }
      const v = foldNum(e.operand);
      if (v === null || typeof v === "boolean") return null;
      if (v === "other") return "other";
      if (v < SMALL_MIN || v > SMALL_MAX) return "other";
      return e.op === "USub" ? -v : e.op === "Invert" ? ~v : v;
    }
    case "BinOp": {
      const l = foldNum(e.left);
      const r = foldNum(e.right);
      if (
        l === null || r === null || typeof l === "boolean" ||
        typeof r === "boolean"
      ) return null;
      if (l === "other" || r === "other") return "other";
      if (l < SMALL_MIN || l > SMALL_MAX || r < SMALL_MIN || r > SMALL_MAX) {
        return "other";
      }
      switch (e.op) {
        case "Add":
          return l + r;
        case "Sub":
          return l - r;
        case "Mult":
          return l * r;
        case "FloorDiv":
        case "Mod": {
          if (r === 0n) return null;
          let q = l / r;
          const m = l % r;
          if (m !== 0n && (m < 0n) !== (r < 0n)) q -= 1n;
          return e.op === "FloorDiv" ? q : l - q * r;
        }
        case "LShift":
          return r < 0n || r > 4096n ? null : l << r;
        case "RShift":
          return r < 0n ? null : l >> (r > 64n ? 64n : r);
        case "BitAnd":
          return l & r;
        case "BitOr":
          return l | r;
        case "BitXor":
          return l ^ r;
        case "Pow":
          if (r < 0n) return "other";
          return r > 4096n ? null : l ** r;
        case "Div":
          return "other";
      }
      return null;
    }
  }
  return null;
}
