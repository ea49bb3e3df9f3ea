/**
 * Abstract syntax tree of Python source, as produced by `parser.ts`.
 *
 * Node kinds and field names mirror CPython's `ast` module (3.8+), so a
 * reader who knows `ast.dump()` knows this file. Every node carries the
 * 1-based source `line` (and 0-based `col`) where it starts.
 *
 * @module
 */

/** Fields every node has. */
export interface Pos {
  /** 1-based line number. */
  line: number;
  /** 0-based column (in code points). */
  col: number;
}

/** A whole module (file, `exec` input or `-c` command). */
export interface Module {
  kind: "Module";
  body: Stmt[];
  /** Docstring of the module, when the first statement is a string literal. */
  docstring?: string;
}

/** What `eval` compiles: a single expression. */
export interface Expression {
  kind: "Expression";
  body: Expr;
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

/** `def` and `async def`. */
export interface FunctionDef extends Pos {
  kind: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  /** Return annotation (parsed, ignored by code generation). */
  returns: Expr | null;
  isAsync: boolean;
  docstring?: string;
  /**
   * Emitter picked by `@micropython.bytecode`, `.native` or `.viper`; such a
   * decorator is not evaluated and is left out of `decorators`.
   */
  emitter?: "bytecode" | "native" | "viper";
}

export interface ClassDef extends Pos {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
  docstring?: string;
}

export interface Return extends Pos {
  kind: "Return";
  value: Expr | null;
}

export interface Delete extends Pos {
  kind: "Delete";
  targets: Expr[];
}

/** `a = b = value`: `targets` holds `a` and `b`. */
export interface Assign extends Pos {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Pos {
  kind: "AugAssign";
  target: Expr;
  op: BinOpKind;
  value: Expr;
}

/** `x: int = 5` (value may be absent). */
export interface AnnAssign extends Pos {
  kind: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** True when the target is a plain name not in parentheses. */
  simple: boolean;
}

export interface For extends Pos {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}

export interface While extends Pos {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `if`/`elif`/`else`: an `elif` is an `If` alone in `orelse`. */
export interface If extends Pos {
  kind: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface With extends Pos {
  kind: "With";
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface Raise extends Pos {
  kind: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}

export interface Try extends Pos {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface ExceptHandler extends Pos {
  kind: "ExceptHandler";
  /** Exception class expression, or null for a bare `except:`. */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Assert extends Pos {
  kind: "Assert";
  test: Expr;
  msg: Expr | null;
}

/** `import a.b.c as d, e`. */
export interface Import extends Pos {
  kind: "Import";
  names: Alias[];
}

/** `from ..a.b import c as d` (`module` null for `from . import x`). */
export interface ImportFrom extends Pos {
  kind: "ImportFrom";
  module: string | null;
  /** `*` is one alias with name `"*"`. */
  names: Alias[];
  /** Number of leading dots. */
  level: number;
}

export interface Alias {
  /** Dotted name, e.g. `"a.b.c"`. */
  name: string;
  asname: string | null;
}

export interface Global extends Pos {
  kind: "Global";
  names: string[];
}

export interface Nonlocal extends Pos {
  kind: "Nonlocal";
  names: string[];
}

/** An expression used as a statement (CPython calls it `Expr`). */
export interface ExprStmt extends Pos {
  kind: "ExprStmt";
  value: Expr;
}

export interface Pass extends Pos {
  kind: "Pass";
}

export interface Break extends Pos {
  kind: "Break";
}

export interface Continue extends Pos {
  kind: "Continue";
}

// --------------------------------------------------------------- expressions

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export type BoolOpKind = "And" | "Or";

export type BinOpKind =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";

export type UnaryOpKind = "Invert" | "Not" | "UAdd" | "USub";

export type CmpOpKind =
  | "Eq"
  | "NotEq"
  | "Lt"
  | "LtE"
  | "Gt"
  | "GtE"
  | "Is"
  | "IsNot"
  | "In"
  | "NotIn";

/** `a and b and c` is one node with three values. */
export interface BoolOp extends Pos {
  kind: "BoolOp";
  op: BoolOpKind;
  values: Expr[];
}

/** `target := value`. */
export interface NamedExpr extends Pos {
  kind: "NamedExpr";
  target: Name;
  value: Expr;
}

export interface BinOp extends Pos {
  kind: "BinOp";
  left: Expr;
  op: BinOpKind;
  right: Expr;
}

export interface UnaryOp extends Pos {
  kind: "UnaryOp";
  op: UnaryOpKind;
  operand: Expr;
}

export interface Lambda extends Pos {
  kind: "Lambda";
  args: Arguments;
  body: Expr;
}

/** `body if test else orelse`. */
export interface IfExp extends Pos {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{k: v, **m}`: a `**m` entry has a null key. */
export interface Dict extends Pos {
  kind: "Dict";
  keys: (Expr | null)[];
  values: Expr[];
}

export interface Set extends Pos {
  kind: "Set";
  elts: Expr[];
}

export interface ListComp extends Pos {
  kind: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Pos {
  kind: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Pos {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Pos {
  kind: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

/** One `for target in iter if cond...` clause. */
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

export interface Await extends Pos {
  kind: "Await";
  value: Expr;
}

export interface Yield extends Pos {
  kind: "Yield";
  value: Expr | null;
}

export interface YieldFrom extends Pos {
  kind: "YieldFrom";
  value: Expr;
}

/** `a < b < c`: `ops` `["Lt", "Lt"]`, `comparators` `[b, c]`. */
export interface Compare extends Pos {
  kind: "Compare";
  left: Expr;
  ops: CmpOpKind[];
  comparators: Expr[];
}

/** `f(a, *b, c=d, **e)`: `*b` is a `Starred` in args; `**e` is a keyword with null arg. */
export interface Call extends Pos {
  kind: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface Keyword {
  /** Keyword name, or null for `**mapping`. */
  arg: string | null;
  value: Expr;
  line: number;
  col: number;
}

/** One `{value!conv:spec}` field of an f-string. */
export interface FormattedValue extends Pos {
  kind: "FormattedValue";
  value: Expr;
  /** -1 none, or the char code of `s`, `r` or `a`. */
  conversion: number;
  /** The format spec, itself an f-string (JoinedStr), or null. */
  formatSpec: JoinedStr | null;
}

/** An f-string: constant str parts and FormattedValue parts. */
export interface JoinedStr extends Pos {
  kind: "JoinedStr";
  values: Expr[];
}

/** Literal values. */
export type ConstantValue =
  | { type: "None" }
  | { type: "bool"; value: boolean }
  | { type: "Ellipsis" }
  /** Integer literal; `value` is a bigint when it does not fit a safe JS integer. */
  | { type: "int"; value: number | bigint }
  | { type: "float"; value: number }
  /** Imaginary literal `3j`: `value` is the imaginary part. */
  | { type: "complex"; value: number }
  | { type: "str"; value: string }
  | { type: "bytes"; value: Uint8Array };

export interface Constant extends Pos {
  kind: "Constant";
  value: ConstantValue;
}

export type ExprContext = "Load" | "Store" | "Del";

export interface Attribute extends Pos {
  kind: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

/** `value[slice]`; `a[1:2, 3]` has a Tuple of Slice and Constant as slice. */
export interface Subscript extends Pos {
  kind: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Pos {
  kind: "Starred";
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Pos {
  kind: "Name";
  id: string;
  ctx: ExprContext;
}

export interface List extends Pos {
  kind: "List";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Pos {
  kind: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}

/** `lower:upper:step` inside a subscript. */
export interface Slice extends Pos {
  kind: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

// ----------------------------------------------------------------- arguments

/** A function's parameter list. */
export interface Arguments {
  /** Parameters before `/`. */
  posonlyargs: Arg[];
  /** Ordinary positional-or-keyword parameters. */
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** Default of each kwonly parameter, null when it has none. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last `defaults.length` of posonlyargs + args. */
  defaults: Expr[];
}

export interface Arg extends Pos {
  arg: string;
  annotation: Expr | null;
}

/** Any node. */
export type Node = Module | Expression | Stmt | Expr | ExceptHandler;
