/**
 * The `sys` module. Mirrors MicroPython's `py/modsys.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFn,
  builtinVar,
  defineType,
  PyObject,
  type PyType,
} from "../objects/type.ts";
import { PyTuple } from "../objects/tuple.ts";
import {
  newException,
  PyException,
  systemExitType,
} from "../objects/exception.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { formatTraceback } from "../runtime/exc_format.ts";
import { pyRepr, typeOf } from "../runtime/ops.ts";
import { raiseOSError } from "../runtime/raise.ts";
import { getAttrOpt } from "../runtime/attr.ts";
import { callSync } from "../runtime/call.ts";
import { isGen, runSync } from "../runtime/call.ts";
import { callMethod } from "../runtime/attr.ts";
import { makeStdStreams } from "./io.ts";
import type { Interp } from "../state.ts";

/** Version reported by `sys.implementation` and the REPL banner. */
export const MP_VERSION: [number, number, number, string] = [
  1,
  29,
  0,
  "preview",
];

/** A tuple with named fields, like MicroPython's `sys.implementation`. */
export class PyAttrTuple extends PyObject {
  constructor(public names: string[], public items: any[]) {
    super(attrTupleType);
  }
}

const attrTupleType: PyType = defineType<PyAttrTuple>("tuple", {
  repr: (t: PyAttrTuple) =>
    "(" + t.names.map((n, i) => `${n}=${pyRepr(t.items[i])}`).join(", ") + ")",
  getAttr(t: PyAttrTuple, name: string) {
    const i = t.names.indexOf(name);
    return i < 0 ? undefined : t.items[i];
  },
  len: (t: PyAttrTuple) => t.items.length,
  getItem: (t: PyAttrTuple, i: any) =>
    new PyTuple(t.items).type.getItem!(new PyTuple(t.items), i),
});

/** Prints an exception with its traceback, as `sys.print_exception` does. */
export function printException(
  interp: Interp,
  e: PyException,
  file: any = null,
): void {
  const text = formatTraceback(e);
  if (file === null || file === interp.moduleState.get("sys.stdout")) {
    interp.writeOut(text);
  } else if (file === interp.moduleState.get("sys.stderr")) {
    interp.writeErr(text);
  } else {
    const r = callMethod(file, "write", [text]);
    if (isGen(r)) runSync(r);
  }
}

/** The `sys` module. */
export const sysModule: ModuleFactory = defineModule(
  "sys",
  (interp: Interp) => {
    const cfg = interp.config;
    const [stdin, stdout, stderr] = makeStdStreams(interp);
    interp.moduleState.set("sys.stdout", stdout);
    interp.moduleState.set("sys.stderr", stderr);
    const mpyVersion = 6 | (0 << 8);
    return {
      argv: interp.sysArgv,
      path: interp.sysPath,
      modules: interp.sysModules,
      platform: cfg.platform,
      byteorder: "little",
      maxsize: 2n ** 63n - 1n,
      version: "3.4.0; MicroPython v" + MP_VERSION.slice(0, 3).join(".") + "-" +
        MP_VERSION[3],
      version_info: new PyTuple([3, 4, 0]),
      implementation: new PyAttrTuple(
        ["name", "version", "_machine", "_mpy", "_build"],
        [
          "micropython",
          new PyTuple(MP_VERSION.slice()),
          cfg.machine,
          mpyVersion,
          "standard",
        ],
      ),
      stdin,
      stdout,
      stderr,
      exit: builtinFn("exit", 0, 1, (code: any = null) => {
        throw code === null
          ? newException(systemExitType)
          : newException(systemExitType, code);
      }),
      print_exception: builtinFn(
        "print_exception",
        1,
        2,
        (e: any, file: any = null) => {
          if (
            file !== null && getAttrOpt(file, "write") === undefined
          ) raiseOSError(22);
          if (!(e instanceof PyException)) {
            const text = pyRepr(e) + "\n";
            if (file === null) interp.writeOut(text);
            else callSync(getAttrOpt(file, "write"), [text]);
            return null;
          }
          printException(interp, e, file);
          return null;
        },
      ),
      exc_info: builtinFn("exc_info", 0, 0, () => {
        const e = interp.excStack[interp.excStack.length - 1];
        if (e === undefined) return new PyTuple([null, null, null]);
        return new PyTuple([typeOf(e), e, null]);
      }),
      atexit: builtinFn("atexit", 1, 1, (f: any) => {
        const prev = interp.atexit;
        interp.atexit = f;
        return prev;
      }),
      getrecursionlimit: builtinFn(
        "getrecursionlimit",
        0,
        0,
        () => interp.maxDepth,
      ),
      setrecursionlimit: builtinVar("setrecursionlimit", (args) => {
        interp.maxDepth = Number(args[0]);
        return null;
      }),
      ps1: ">>> ",
      ps2: "... ",
    };
  },
);
