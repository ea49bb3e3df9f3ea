import assert from "node:assert/strict";
import type { Expr, FunctionDef, Stmt } from "./ast.ts";
import { isIncomplete, parseExpression, parseModule } from "./parser.ts";
import { CompileError } from "./syntax_error.ts";

/** A compact s-expression of a node: positions dropped, `:S`/`:D` for Store/Del. */
function sx(n: unknown): string {
  if (n === null || n === undefined) return "_";
  if (Array.isArray(n)) return "[" + n.map(sx).join(" ") + "]";
  if (typeof n !== "object") return String(n);
  const o = n as Record<string, unknown>;
  const ctx = o.ctx === "Store" ? ":S" : o.ctx === "Del" ? ":D" : "";
  if (o.kind === "Name") return `${o.id}${ctx}`;
  if (o.kind === "Constant") {
    const v = o.value as { type: string; value?: unknown };
    switch (v.type) {
      case "str":
        return JSON.stringify(v.value);
      case "bytes":
        return "b" +
          JSON.stringify(String.fromCharCode(...(v.value as Uint8Array)));
      case "None":
      case "Ellipsis":
        return v.type;
      case "complex":
        return `${v.value}j`;
      default:
        return String(v.value);
    }
  }
  const fields = Object.entries(o)
    .filter(([k]) => !["kind", "line", "col", "ctx", "docstring"].includes(k))
    .map(([, v]) => sx(v));
  return "(" + [`${o.kind ?? ""}${ctx}`, ...fields].join(" ").trim() + ")";
}

function ex(source: string): string {
  return sx(parseExpression(source, "<eval>").body);
}

function st(source: string): string {
  const body = parseModule(source, "<test>").body;
  return body.map(sx).join("\n");
}

function first(source: string): Stmt {
  return parseModule(source, "<test>").body[0];
}

/** The error a module gives, as `Type: message @line`. */
function err(source: string): string {
  try {
    parseModule(source, "<test>");
  } catch (e) {
    if (e instanceof CompileError) {
      return `${e.pyType}: ${e.message} @${e.line}`;
    }
    throw e;
  }
  return "no error";
}

function syntax(source: string): string {
  const e = err(source);
  return e.replace(/ @\d+$/, "").replace(/^SyntaxError: /, "");
}

// ------------------------------------------------------------- expressions

Deno.test("parseExpression() applies operator precedence", () => {
  assert.equal(ex("a + b * c"), "(BinOp a Add (BinOp b Mult c))");
  assert.equal(ex("a - b - c"), "(BinOp (BinOp a Sub b) Sub c)");
  assert.equal(ex("-2 ** 2"), "(UnaryOp USub (BinOp 2 Pow 2))");
  assert.equal(ex("2 ** -1"), "(BinOp 2 Pow (UnaryOp USub 1))");
  assert.equal(ex("a ** b ** c"), "(BinOp a Pow (BinOp b Pow c))");
  assert.equal(
    ex("a | b ^ c & d << e"),
    "(BinOp a BitOr (BinOp b BitXor (BinOp c BitAnd (BinOp d LShift e))))",
  );
  assert.equal(
    ex("a @ b // c % d"),
    "(BinOp (BinOp (BinOp a MatMult b) FloorDiv c) Mod d)",
  );
  assert.equal(ex("~-+a"), "(UnaryOp Invert (UnaryOp USub (UnaryOp UAdd a)))");
  assert.equal(ex("not a == b"), "(UnaryOp Not (Compare a [Eq] [b]))");
  assert.equal(
    ex("a or b and not c"),
    "(BoolOp Or [a (BoolOp And [b (UnaryOp Not c)])])",
  );
  assert.equal(ex("a or b or c"), "(BoolOp Or [a b c])");
});

Deno.test("parseExpression() chains comparisons including not in and is not", () => {
  assert.equal(
    ex("a < b <= c not in d is not e is f in g != h"),
    "(Compare a [Lt LtE NotIn IsNot Is In NotEq] [b c d e f g h])",
  );
});

Deno.test("parseExpression() parses conditional expressions and lambdas", () => {
  assert.equal(ex("a if b else c if d else e"), "(IfExp b a (IfExp d c e))");
  assert.equal(
    ex("lambda: 0"),
    "(Lambda ([] [] _ [] [] _ []) 0)",
  );
  assert.equal(
    ex("lambda a, b=1, /, c=2, *d, e, f=3, **g: a"),
    "(Lambda ([(a _) (b _)] [(c _)] (d _) [(e _) (f _)] [_ 3] (g _) [1 2]) a)",
  );
  assert.equal(ex("lambda *, k: k"), "(Lambda ([] [] _ [(k _)] [_] _ []) k)");
});

Deno.test("parseExpression() parses calls with every argument form", () => {
  assert.equal(ex("f()"), "(Call f [] [])");
  assert.equal(
    ex("f(a, *b, *c, d=1, **e, **g)"),
    "(Call f [a (Starred b) (Starred c)] [(d 1) (_ e) (_ g)])",
  );
  assert.equal(
    ex("f(x for x in y)"),
    "(Call f [(GeneratorExp x [(x:S y [] false)])] [])",
  );
  assert.equal(ex("f(a,)"), "(Call f [a] [])");
  assert.equal(ex("f(x := 1)"), "(Call f [(NamedExpr x:S 1)] [])");
});

Deno.test("parseExpression() parses attributes, subscripts and slices", () => {
  assert.equal(ex("a.b.c"), "(Attribute (Attribute a b) c)");
  assert.equal(ex("a[1]"), "(Subscript a 1)");
  assert.equal(ex("a[1:2]"), "(Subscript a (Slice 1 2 _))");
  assert.equal(ex("a[::]"), "(Subscript a (Slice _ _ _))");
  assert.equal(
    ex("a[1:2, ::3]"),
    "(Subscript a (Tuple [(Slice 1 2 _) (Slice _ _ 3)]))",
  );
  assert.equal(ex("a[1,]"), "(Subscript a (Tuple [1]))");
  assert.equal(ex("a[...]"), "(Subscript a Ellipsis)");
});

Deno.test("parseExpression() parses displays and comprehensions", () => {
  assert.equal(ex("()"), "(Tuple [])");
  assert.equal(ex("(1,)"), "(Tuple [1])");
  assert.equal(ex("(1)"), "1");
  assert.equal(ex("1, 2"), "(Tuple [1 2])");
  assert.equal(ex("[*a, *b]"), "(List [(Starred a) (Starred b)])");
  assert.equal(ex("{}"), "(Dict [] [])");
  assert.equal(ex("{1: 2, **a, **b}"), "(Dict [1 _ _] [2 a b])");
  assert.equal(ex("{1, *a}"), "(Set [1 (Starred a)])");
  assert.equal(
    ex("[x for y in z if y for x in y if x if not x]"),
    "(ListComp x [(y:S z [y] false) (x:S y [x (UnaryOp Not x)] false)])",
  );
  assert.equal(
    ex("{k: v for k, v in d}"),
    "(DictComp k v [((Tuple:S [k:S v:S]) d [] false)])",
  );
  assert.equal(ex("{x for x in y}"), "(SetComp x [(x:S y [] false)])");
  assert.equal(ex("(x for x in y)"), "(GeneratorExp x [(x:S y [] false)])");
});

Deno.test("parseExpression() parses literals", () => {
  assert.equal(
    ex("None, True, False, ..."),
    "(Tuple [None true false Ellipsis])",
  );
  assert.equal(ex("1.5"), "1.5");
  assert.equal(ex("2j"), "2j");
  assert.equal(
    ex("123456789012345678901234567890"),
    "123456789012345678901234567890",
  );
  assert.equal(ex("1 if x else 2"), "(IfExp x 1 2)");
});

Deno.test("parseExpression() concatenates adjacent string literals", () => {
  assert.equal(ex("'a' \"b\" '''c'''"), '"abc"');
  assert.equal(ex("b'a' rb'\\n'"), 'b"a\\\\n"');
  assert.equal(
    ex("'a' f'{x}' 'b'"),
    '(JoinedStr ["a" (FormattedValue x -1 _) "b"])',
  );
  assert.equal(ex("f'a' 'b'"), '(JoinedStr ["ab"])');
  assert.equal(syntax("x = 'a' b'b'"), "invalid syntax");
  assert.equal(syntax("x = b'a' 'b'"), "invalid syntax");
});

Deno.test("parseExpression() builds f-string nodes", () => {
  assert.equal(
    ex("f'{x!r:>{w}}'"),
    '(JoinedStr [(FormattedValue x 114 (JoinedStr [">" (FormattedValue w -1 _)]))])',
  );
  assert.equal(ex("f'{x=}'"), '(JoinedStr ["x=" (FormattedValue x -1 _)])');
  assert.equal(
    ex("f'{x = :>10}'"),
    '(JoinedStr ["x = " (FormattedValue x -1 (JoinedStr [">10"]))])',
  );
  assert.equal(
    ex("f'{a, b}'"),
    "(JoinedStr [(FormattedValue (Tuple [a b]) -1 _)])",
  );
  assert.equal(
    ex(`f"{x["a"]}"`),
    '(JoinedStr [(FormattedValue (Subscript x "a") -1 _)])',
  );
  assert.equal(
    ex("f'{x:{y:{z}}}'"),
    "(JoinedStr [(FormattedValue x -1 (JoinedStr [(FormattedValue y -1 (JoinedStr [(FormattedValue z -1 _)]))]))])",
  );
  assert.equal(ex("f'{{}}'"), '(JoinedStr ["{}"])');
  assert.equal(ex("f''"), "(JoinedStr [])");
});

Deno.test("parseExpression() puts f-string fields on their source lines", () => {
  const e = parseExpression('f"""a\n{\n x + 1}"""', "<eval>").body;
  assert.equal(e.kind, "JoinedStr");
  const v = e.kind === "JoinedStr" ? e.values[1] : e;
  assert.equal(v.kind, "FormattedValue");
  if (v.kind === "FormattedValue") {
    assert.equal(v.value.line, 3);
    assert.equal(v.value.col, 1);
  }
});

Deno.test("parseExpression() rejects statements and trailing garbage", () => {
  assert.throws(() => parseExpression("x = 1", "<eval>"), CompileError);
  assert.throws(() => parseExpression("1 2", "<eval>"), CompileError);
  assert.equal(ex("1\n\n"), "1");
});

// ---------------------------------------------------------------- statements

Deno.test("parseModule() parses assignment forms with Store context", () => {
  assert.equal(st("a = b = 1"), "(Assign [a:S b:S] 1)");
  assert.equal(st("a, *b = c"), "(Assign [(Tuple:S [a:S (Starred:S b:S)])] c)");
  assert.equal(st("*a, = c"), "(Assign [(Tuple:S [(Starred:S a:S)])] c)");
  assert.equal(
    st("[a, (b, c)] = d"),
    "(Assign [(List:S [a:S (Tuple:S [b:S c:S])])] d)",
  );
  assert.equal(
    st("a.b, c[0] = d"),
    "(Assign [(Tuple:S [(Attribute:S a b) (Subscript:S c 0)])] d)",
  );
  assert.equal(st("a += 1, 2"), "(AugAssign a:S Add (Tuple [1 2]))");
  assert.equal(st("x: int = 1"), "(AnnAssign x:S int 1 true)");
  assert.equal(st("(x): int"), "(AnnAssign x:S int _ false)");
  assert.equal(st("a.b: int"), "(AnnAssign (Attribute:S a b) int _ false)");
});

Deno.test("parseModule() parses yield and star expressions in return", () => {
  assert.equal(
    st(
      "def f():\n x = yield\n y = yield 1, 2\n z = yield from g\n print((yield))\n return 1, *a",
    ),
    "(FunctionDef f ([] [] _ [] [] _ []) [(Assign [x:S] (Yield _)) (Assign [y:S] (Yield (Tuple [1 2]))) (Assign [z:S] (YieldFrom g)) (ExprStmt (Call print [(Yield _)] [])) (Return (Tuple [1 (Starred a)]))] [] _ false)",
  );
});

Deno.test("parseModule() rejects invalid assignment targets", () => {
  for (
    const s of [
      "f() = 1",
      "1 = x",
      "'' = 1",
      "None = 1",
      "a + 1 = 2",
      "{} = 1",
      "(i for i in a) = 1",
      "f**2 = 1",
      "def g():\n x = yield = 3",
      "() = []",
      "__debug__ = 1",
      "*a = b",
      "[a, 1] = b",
      "a if b else c = 1",
      "for f() in x: pass",
      "with a as f(): pass",
      "[x for f() in y]",
      "(a.b := 1)",
      "[a] += 1",
      "a, b += 1",
    ]
  ) {
    assert.match(err(s), /^SyntaxError: can't assign to expression @\d$/, s);
  }
  assert.equal(syntax("a, *b, *c = d"), "multiple *x in assignment");
  assert.equal(syntax("x = *a"), "*x must be assignment target");
  assert.equal(syntax("*a"), "*x must be assignment target");
  assert.equal(syntax("print((*a))"), "*x must be assignment target");
  assert.equal(syntax("x := 1"), "invalid syntax");
});

Deno.test("parseModule() parses del with Del context", () => {
  assert.equal(
    st("del a, b.c, d[0]"),
    "(Delete [a:D (Attribute:D b c) (Subscript:D d 0)])",
  );
  assert.equal(st("del (a, b)"), "(Delete [(Tuple:D [a:D b:D])])");
  for (
    const s of [
      "del f()",
      "del 1",
      "del *a",
      "del ()",
      "del [a]",
      "del (a for a in a)",
    ]
  ) {
    assert.equal(syntax(s), "can't delete expression", s);
  }
});

Deno.test("parseModule() parses compound statements", () => {
  assert.equal(
    st("if a:\n pass\nelif b:\n pass\nelse:\n pass"),
    "(If a [(Pass)] [(If b [(Pass)] [(Pass)])])",
  );
  assert.equal(
    st("while a: break\nelse: pass"),
    "(While a [(Break)] [(Pass)])",
  );
  assert.equal(
    st("for a, b in c, d:\n continue\nelse:\n pass"),
    "(For (Tuple:S [a:S b:S]) (Tuple [c d]) [(Continue)] [(Pass)] false)",
  );
  assert.equal(
    st(
      "try:\n pass\nexcept E as e:\n pass\nexcept (A, B):\n pass\nexcept:\n pass\nelse:\n pass\nfinally:\n pass",
    ),
    "(Try [(Pass)] [(ExceptHandler E e [(Pass)]) (ExceptHandler (Tuple [A B]) _ [(Pass)]) (ExceptHandler _ _ [(Pass)])] [(Pass)] [(Pass)])",
  );
  assert.equal(
    st("with a as b, c: pass"),
    "(With [(a b:S) (c _)] [(Pass)] false)",
  );
  assert.equal(
    st("with (a as b, c as (d, e),): pass"),
    "(With [(a b:S) (c (Tuple:S [d:S e:S]))] [(Pass)] false)",
  );
  assert.equal(st("with (a, b): pass"), "(With [(a _) (b _)] [(Pass)] false)");
  assert.equal(
    st("with (a, b) as c: pass"),
    "(With [((Tuple [a b]) c:S)] [(Pass)] false)",
  );
  assert.equal(st("if 1: a; b;"), "(If 1 [(ExprStmt a) (ExprStmt b)] [])");
});

Deno.test("parseModule() rejects malformed try statements", () => {
  assert.equal(syntax("try:\n pass\n"), "invalid syntax");
  assert.equal(syntax("try:\n pass\nelse:\n pass\n"), "invalid syntax");
  assert.equal(
    err("try:\n pass\nexcept:\n pass\nexcept E:\n pass"),
    "SyntaxError: default 'except' must be last @3",
  );
});

Deno.test("parseModule() parses raise, assert, global, nonlocal and import", () => {
  assert.equal(st("raise"), "(Raise _ _)");
  assert.equal(st("raise E from c"), "(Raise E c)");
  assert.equal(st("assert x, 'm'"), '(Assert x "m")');
  assert.equal(st("global a, b"), "(Global [a b])");
  assert.equal(
    st("def f():\n nonlocal a"),
    "(FunctionDef f ([] [] _ [] [] _ []) [(Nonlocal [a])] [] _ false)",
  );
  assert.equal(st("import a.b.c as d, e"), "(Import [(a.b.c d) (e _)])");
  assert.equal(
    st("from . import (a as b, c,)"),
    "(ImportFrom _ [(a b) (c _)] 1)",
  );
  assert.equal(st("from ...a.b import *"), "(ImportFrom a.b [(* _)] 3)");
  assert.equal(st("from .... import x"), "(ImportFrom _ [(x _)] 4)");
  assert.equal(syntax("from import x"), "invalid syntax");
  assert.equal(
    syntax("def f():\n from x import *"),
    "import * not at module level",
  );
  assert.equal(syntax("nonlocal x"), "can't declare nonlocal in outer code");
});

Deno.test("parseModule() parses function definitions", () => {
  const f = first(
    "@d1\n@a.b(c)[0]\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> R:\n  '''doc'''\n  return a",
  ) as FunctionDef;
  assert.equal(f.kind, "FunctionDef");
  assert.equal(f.line, 3);
  assert.equal(f.docstring, "doc");
  assert.equal(
    sx(f.decorators),
    "[d1 (Subscript (Call (Attribute a b) [c] []) 0)]",
  );
  assert.equal(
    sx(f.args),
    "([(a _) (b int)] [(c _)] (args str) [(d _) (e _)] [_ 3] (kw _) [1 2])",
  );
  assert.equal(sx(f.returns), "R");
  assert.equal(f.body.length, 2);
  assert.equal(
    st("def f(*): pass"),
    "(FunctionDef f ([] [] _ [] [] _ []) [(Pass)] [] _ false)",
  );
});

Deno.test("parseModule() rejects bad parameter lists", () => {
  assert.equal(
    err("def f(a,\n b=1,\n c): pass"),
    "SyntaxError: non-default argument follows default argument @1",
  );
  assert.equal(syntax("def f(a, a): pass"), "argument name reused");
  assert.equal(syntax("lambda a, *, a: 0"), "argument name reused");
  for (
    const s of [
      "def f(**a, b): pass",
      "def f(*a, *b): pass",
      "def f(/, a): pass",
      "def f(a, /, /): pass",
      "def f(a=1 b): pass",
    ]
  ) {
    assert.equal(syntax(s), "invalid syntax", s);
  }
});

Deno.test("parseModule() strips @micropython decorators into emitter", () => {
  const f = first("@micropython.native\n@other\ndef f(): pass") as FunctionDef;
  assert.equal(f.emitter, "native");
  assert.equal(sx(f.decorators), "[other]");
  assert.equal(
    (first("@micropython.viper\ndef f(): pass") as FunctionDef).emitter,
    "viper",
  );
  assert.equal(
    syntax("@micropython.a\ndef f(): pass"),
    "invalid micropython decorator",
  );
  assert.equal(
    syntax("@micropython.a.b\ndef f(): pass"),
    "invalid micropython decorator",
  );
});

Deno.test("parseModule() parses classes with docstrings", () => {
  const c = first("class A(B, C, metaclass=M, **kw):\n  'doc'\n  x = 1");
  assert.equal(c.kind, "ClassDef");
  if (c.kind === "ClassDef") {
    assert.equal(c.docstring, "doc");
    assert.equal(sx(c.bases), "[B C]");
    assert.equal(sx(c.keywords), "[(metaclass M) (_ kw)]");
  }
  assert.equal(st("class A(): pass"), "(ClassDef A [] [] [(Pass)] [])");
  assert.equal(parseModule("'''mod'''\nx = 1", "m").docstring, "mod");
  assert.equal(parseModule("f'x'\n", "m").docstring, undefined);
  assert.equal(parseModule("b'x'\n", "m").docstring, undefined);
});

Deno.test("parseModule() parses async constructs", () => {
  assert.equal(
    st(
      "async def f():\n await g()\n async for a in b: pass\n async with c as d: pass\n return [x async for x in y]",
    ),
    "(FunctionDef f ([] [] _ [] [] _ []) [(ExprStmt (Await (Call g [] []))) (For a:S b [(Pass)] [] true) (With [(c d:S)] [(Pass)] true) (Return (ListComp x [(x:S y [] true)]))] [] _ true)",
  );
  assert.equal(syntax("await x"), "'await' outside function");
  assert.equal(
    syntax("async with a: pass"),
    "async for/with outside async function",
  );
  assert.equal(
    syntax("def f():\n async for a in b: pass"),
    "async for/with outside async function",
  );
  assert.equal(err("def f():\n  await x"), "no error");
  assert.equal(
    syntax("def f():\n  [await y for y in z]"),
    "'await' outside function",
  );
  assert.equal(syntax("async = 1"), "invalid syntax");
});

Deno.test("parseModule() checks where yield, return, break and continue appear", () => {
  assert.equal(syntax("yield"), "'yield' outside function");
  assert.equal(syntax("class A:\n x = yield"), "'yield' outside function");
  assert.equal(
    syntax("def f():\n [(yield) for x in y]"),
    "'yield' outside function",
  );
  assert.equal(err("def f():\n [x for x in (yield)]"), "no error");
  assert.equal(err("lambda: (yield)"), "no error");
  assert.equal(syntax("return"), "'return' outside function");
  assert.equal(
    syntax("def f():\n class A:\n  return"),
    "'return' outside function",
  );
  assert.equal(syntax("break"), "'break'/'continue' outside loop");
  assert.equal(
    syntax("for x in y:\n def f():\n  continue"),
    "'break'/'continue' outside loop",
  );
  assert.equal(
    syntax("while 1:\n pass\nelse:\n break"),
    "'break'/'continue' outside loop",
  );
  assert.equal(
    err("while 1:\n try:\n  pass\n finally:\n  continue"),
    "no error",
  );
});

Deno.test("parseModule() checks call argument order like MicroPython", () => {
  assert.equal(syntax("f(a=1, b)"), "positional arg after keyword arg");
  assert.equal(syntax("f(**a, b)"), "positional arg after **");
  assert.equal(syntax("f(**a, *b)"), "* arg after **");
  assert.equal(syntax("f(a=1, *b)"), "* arg after kwarg");
  assert.equal(syntax("f(a.b=1)"), "LHS of keyword arg must be an id");
  assert.equal(syntax("f(1=1)"), "LHS of keyword arg must be an id");
  assert.equal(err("f(*a, b, **c, d=1)"), "no error");
});

Deno.test("parseModule() reports bad dict and set displays", () => {
  assert.equal(syntax("{1: 2, 3}"), "expecting key:value for dict");
  assert.equal(syntax("{1, 2: 3}"), "expecting just a value for set");
  assert.equal(syntax("{**a, 1}"), "invalid syntax");
  assert.equal(syntax("{1: 2, *a}"), "invalid syntax");
});

Deno.test("parseModule() parses the walrus operator where allowed", () => {
  assert.equal(
    st("if (n := len(a)) > 1: pass"),
    "(If (Compare (NamedExpr n:S (Call len [a] [])) [Gt] [1]) [(Pass)] [])",
  );
  assert.equal(
    st("while x := f(): pass"),
    "(While (NamedExpr x:S (Call f [] [])) [(Pass)] [])",
  );
  assert.equal(st("[y := 1, y]"), "(ExprStmt (List [(NamedExpr y:S 1) y]))");
  assert.equal(syntax("x = y := 1"), "invalid syntax");
});

Deno.test("parseModule() treats match as an ordinary name", () => {
  assert.equal(
    st("match = 1\nmatch(x)"),
    "(Assign [match:S] 1)\n(ExprStmt (Call match [x] []))",
  );
});

// ---------------------------------------------------------- errors and lines

Deno.test("parseModule() reports indentation errors", () => {
  assert.equal(err("x = 1\n  y = 2"), "IndentationError: unexpected indent @2");
  assert.equal(err("  x = 1"), "IndentationError: unexpected indent @1");
  assert.equal(
    err("if 1:\n    x\n  y"),
    "IndentationError: unindent doesn't match any outer indent level @3",
  );
  assert.equal(err("if 1:\nx"), "SyntaxError: invalid syntax @2");
  assert.equal(err("def f():\n\tx\n        y"), "no error");
});

Deno.test("parseModule() reports syntax errors on the right line", () => {
  assert.equal(err("x = (\n"), "SyntaxError: invalid syntax @2");
  assert.equal(err("x = (\n\n1,\n"), "SyntaxError: invalid syntax @4");
  assert.equal(err("x = 1 +\n"), "SyntaxError: invalid syntax @1");
  assert.equal(err("x = 1\nif x:"), "SyntaxError: invalid syntax @3");
  assert.equal(
    err("x = [1,\n 2,\n f() for x in y]"),
    "SyntaxError: invalid syntax @3",
  );
  assert.equal(err("\n\nx = $"), "SyntaxError: invalid syntax @3");
  assert.equal(err("x = 1\ny = '''\n\n"), "SyntaxError: invalid syntax @2");
  assert.equal(err("x = 1\nx = f'{}'"), "SyntaxError: malformed f-string @2");
  assert.equal(err("print 1"), "SyntaxError: invalid syntax @1");
  assert.equal(err("a.__debug__"), "SyntaxError: invalid syntax @1");
});

Deno.test("parseModule() reports a later syntax error before earlier compile errors", () => {
  assert.equal(err("f() = 1\nx = ("), "SyntaxError: invalid syntax @3");
  assert.equal(
    err("x = 1\ndef f(): return\n\n\nreturn 1"),
    "SyntaxError: 'return' outside function @5",
  );
});

Deno.test("parseModule() gives nodes the line where they start", () => {
  const s = first("x = foo(1,\n  bar(),\n  baz)");
  assert.equal(s.line, 1);
  if (s.kind === "Assign" && s.value.kind === "Call") {
    assert.equal(s.value.line, 1);
    assert.equal(s.value.args[1].line, 2);
    assert.equal(s.value.args[1].col, 2);
  } else {
    assert.fail(s.kind);
  }
  const e = parseExpression("(a +\n b).c(\n)", "e").body;
  assert.equal(e.kind, "Call");
  assert.equal(e.col, 0);
  const body = parseModule("if a:\n  pass\nelif b:\n  x = 1\n", "m").body[0];
  if (body.kind === "If") assert.equal(body.orelse[0].line, 3);
});

Deno.test("parseModule() sets filename on errors", () => {
  try {
    parseModule("x = ", "main.py");
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof CompileError);
    assert.equal(e.filename, "main.py");
  }
});

Deno.test("parseModule() turns absurd nesting into RuntimeError", () => {
  try {
    parseModule("x = " + "(".repeat(100000) + ")".repeat(100000), "m");
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof CompileError);
    assert.equal(e.pyType, "RuntimeError");
  }
});

// ------------------------------------------------------------------ const()

Deno.test("parseModule() folds const() and substitutes its names", () => {
  assert.equal(
    st("X = const(1 << 4)\nY = const(X * 2 + 1)\nprint(X, Y)"),
    "(Assign [X:S] 16)\n(Assign [Y:S] 33)\n(ExprStmt (Call print [16 33] []))",
  );
  assert.equal(
    st("_P = const(1)\nf(_P)"),
    "(Pass)\n(ExprStmt (Call f [1] []))",
  );
  assert.equal(
    st("T = const((1, 'a', None))"),
    '(Assign [T:S] (Tuple [1 "a" None]))',
  );
  assert.equal(st("F = const(2 ** -2)"), "(Assign [F:S] 0.25)");
  assert.equal(
    st("B = const(2 ** 70)"),
    "(Assign [B:S] 1180591620717411303424)",
  );
  assert.equal(st("A: int = const(-1)"), "(AnnAssign A:S int -1 true)");
  assert.equal(
    st("a = b = const(1)"),
    "(Assign [a:S b:S] (Call const [1] []))",
  );
  for (
    const s of [
      "a = const(x)",
      "A = const(1 @ 2)",
      "A = const(1 << -2)",
      "A = const(1 % 0)",
      "A = const(1 // 0)",
      "A = const()",
    ]
  ) {
    assert.equal(syntax(s), "not a constant", s);
  }
  assert.equal(
    syntax("A = const(1); A = const(2)"),
    "can't assign to expression",
  );
});

// ----------------------------------------------------------------- REPL

Deno.test("isIncomplete() follows MicroPython's REPL continuation rules", () => {
  assert.equal(isIncomplete(""), false);
  assert.equal(isIncomplete("x = 1"), false);
  assert.equal(isIncomplete("x = (1,"), true);
  assert.equal(isIncomplete("x = [1,\n2]"), false);
  assert.equal(isIncomplete("s = '''abc"), true);
  assert.equal(isIncomplete("s = '''abc\n'''"), false);
  assert.equal(isIncomplete("x = 1 + \\"), true);
  assert.equal(isIncomplete("if x:"), true);
  assert.equal(isIncomplete("if x:\n  y = 1"), true);
  assert.equal(isIncomplete("if x:\n  y = 1\n"), false);
  assert.equal(isIncomplete("@dec"), true);
  assert.equal(isIncomplete("iffy = 1"), false);
  assert.equal(isIncomplete("s = '('"), false);
});

Deno.test("parseModule() parses an empty module", () => {
  assert.equal(st(""), "");
  assert.equal(st("\n\n# comment\n"), "");
});

Deno.test("parseModule() handles helper typing", () => {
  const e: Expr = parseExpression("x", "e").body;
  assert.equal(e.kind, "Name");
});
