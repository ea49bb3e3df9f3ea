/**
 * Compiling source to code objects and running them: the pipeline
 * `source → parser → codegen → new Function → JS generator`, shared by
 * `import`, `exec`/`eval`/`compile`, the REPL and `Board.run`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { parseExpression, parseModule } from "../compiler/parser.ts";
import {
  type CompiledCode,
  type CompileOptions,
  type ConstDesc,
  generate,
} from "../compiler/codegen.ts";
import { newFloat } from "../objects/float.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyBytes } from "../objects/bytes.ts";
import { EMPTY_TUPLE, PyTuple } from "../objects/tuple.ts";
import { Ellipsis } from "../objects/object.ts";
import { defineType, PyObject, type PyType } from "../objects/type.ts";
import { CompileError } from "../compiler/syntax_error.ts";
import { compileErrorToPy } from "./errors.ts";
import type { Interp } from "../state.ts";
import type { CodeInfo } from "../objects/function.ts";

/** How source is compiled: a module, one expression, or a REPL entry. */
export type CompileMode = "exec" | "eval" | "single";

/** Parses and generates code; raises SyntaxError (as a Python exception). */
export function compileSource(
  source: string,
  filename: string,
  mode: CompileMode,
  opts: CompileOptions = {},
): CompiledCode {
  try {
    if (mode === "eval") {
      const ast = parseExpression(source, filename);
      return generate(ast, filename, { ...opts, evalMode: false });
    }
    const ast = parseModule(source, filename);
    if (mode === "single" && ast.body.length === 0 && source.trim() !== "") {
      throw new CompileError("invalid syntax", 1, 0);
    }
    return generate(ast, filename, opts, mode === "single");
  } catch (e) {
    if (e instanceof CompileError) {
      e.filename = filename;
      throw compileErrorToPy(e);
    }
    throw e;
  }
}

function materialize(c: ConstDesc): any {
  switch (c.t) {
    case "int":
      return BigInt(c.v);
    case "smallint":
      return c.v;
    case "float":
      return newFloat(c.v);
    case "complex":
      return new PyComplex(0, c.v);
    case "bytes":
      return new PyBytes(new Uint8Array(c.v));
    case "str":
      return c.v;
    case "none":
      return null;
    case "bool":
      return c.v;
    case "ellipsis":
      return Ellipsis;
    case "tuple":
      return c.v.length === 0 ? EMPTY_TUPLE : new PyTuple(c.v.map(materialize));
  }
}

/** A compiled module ready to run with given globals (a generator factory). */
export type ModuleBody = (locals?: any) => Generator<any, any, any>;

/**
 * A code object's record for one instantiation, with every field present
 * and in one order: the call paths read `code.syncOK` and `code.entryOK` of
 * many functions at one place, and records of one shape keep those loads
 * monomorphic in V8 (records that grew fields in different orders made
 * them megamorphic). `first`: its plain version may be used at once.
 */
function runtimeCode(ci: CodeInfo, first: boolean): CodeInfo {
  return {
    name: ci.name,
    qualname: ci.qualname,
    file: ci.file,
    line: ci.line,
    kind: ci.kind,
    argNames: ci.argNames,
    nPosOnly: ci.nPosOnly,
    kwOnlyNames: ci.kwOnlyNames,
    varargs: ci.varargs,
    varkw: ci.varkw,
    plain: ci.plain === true,
    runs: ci.runs ?? 0,
    blocked: ci.blocked === true,
    syncOK: ci.syncOK === true || (first && ci.loops !== true),
    entryOK: ci.entryOK === true || first,
    loops: ci.loops === true,
  };
}

/** Turns compiled code into a runnable body bound to `globals`. */
export function instantiate(
  interp: Interp,
  code: CompiledCode,
  globals: Map<string, any>,
): ModuleBody {
  const consts = code.consts.map(materialize);
  const factory = new Function("$rt", "$K", "$CI", "$G", "$S", code.js);
  return factory(
    interp.rt,
    consts,
    // each instantiation learns separately; with `plainFirst` (no host event
    // loop to keep responsive, e.g. the CLI) plain versions are used at once
    code.codeInfos.map((ci) =>
      runtimeCode(ci, interp.config.plainFirst === true && ci.plain === true)
    ),
    globals,
    interp,
  ) as ModuleBody;
}

/** A code object, as returned by `compile()`. */
export class PyCode extends PyObject {
  constructor(
    public code: CompiledCode,
    public mode: CompileMode,
    public source: string,
  ) {
    super(codeType);
  }
}

/** The `code` type. */
export const codeType: PyType = defineType<PyCode>("code", {
  repr: (c: PyCode) => `<code object <module> at file "${c.code.filename}">`,
});
codeType.baseType = false;
