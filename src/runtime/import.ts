/**
 * The import system: `sys.modules`, built-in and frozen modules, modules
 * and packages found along `sys.path` on the board's filesystem, relative
 * imports and `from m import *`.
 *
 * Mirrors MicroPython's `py/builtinimport.c`: a module is entered into
 * `sys.modules` before its code runs, so circular imports see the partly
 * initialised module, and is removed again if its code raises.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { PyModule } from "../objects/module.ts";
import { PyDict } from "../objects/dict.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple } from "../objects/tuple.ts";
import { importErrorType, newException } from "../objects/exception.ts";
import { getAttrOpt, noAttribute } from "./attr.ts";
import { iterToArray, pyStr } from "./ops.ts";
import { compileSource, instantiate } from "./exec.ts";
import { decodeUtf8 } from "../objects/bytes.ts";
import { normPath } from "./vfs.ts";
import { loadMpy } from "./mpy.ts";
import type { Interp } from "../state.ts";

type Found =
  | { kind: "builtin" }
  | { kind: "frozen"; source: string; isPackage: boolean }
  | {
    kind: "file";
    path: string;
    isPackage: boolean;
    dir: string;
    mpy: boolean;
  }
  | { kind: "namespace"; dir: string };

/**
 * Built-in modules a file on `sys.path` may extend or replace (MicroPython's
 * "extensible" modules): `import os` looks on the path first, `import uos`
 * always gets the built-in.
 */
const EXTENSIBLE = new Set([
  "array",
  "asyncio",
  "binascii",
  "collections",
  "errno",
  "hashlib",
  "heapq",
  "io",
  "json",
  "machine",
  "os",
  "platform",
  "random",
  "re",
  "select",
  "socket",
  "ssl",
  "struct",
  "time",
  "zlib",
  "deflate",
  "cryptolib",
  "uctypes",
  "websocket",
  "network",
  "framebuf",
  "btree",
]);

function importError(msg: string): never {
  throw newException(importErrorType, msg);
}

/** Imports modules for one interpreter. */
export class Importer {
  constructor(private interp: Interp) {}

  /** The current `sys.path` (the script may rebind it). */
  sysPath(): any {
    const sys = this.interp.builtinModules.get("sys");
    const p = sys instanceof PyModule ? sys.attrs.get("path") : undefined;
    return p ?? this.interp.sysPath;
  }

  /** Resolves a relative name against the importing module's globals. */
  resolveName(
    name: string,
    level: number,
    globals: Map<string, any> | null,
  ): string {
    if (level === 0) return name;
    let pkg: string | undefined;
    const p = globals?.get("__package__");
    if (typeof p === "string" && p !== "") pkg = p;
    else {
      const modName = globals?.get("__name__");
      if (typeof modName !== "string") {
        importError("can't perform relative import");
      }
      pkg = globals!.has("__path__")
        ? modName
        : modName.slice(0, Math.max(0, modName.lastIndexOf(".")));
    }
    if (!pkg || pkg === "__main__") {
      importError("can't perform relative import");
    }
    const parts = pkg.split(".");
    if (level - 1 > parts.length - 1 && level > 1) {
      importError("can't perform relative import");
    }
    const base = parts.slice(0, parts.length - (level - 1)).join(".");
    if (base === "") importError("can't perform relative import");
    return name ? base + "." + name : base;
  }

  /** `import name` (fromlist false: returns the top package) or `from name import ...`. */
  importName(
    name: string,
    fromlist: boolean,
    level: number,
    globals: Map<string, any> | null,
  ): any {
    const full = this.resolveName(name, level, globals);
    if (full === "__main__") return this.interp.mainModule();
    // with an empty sys.path, `import time` gets the built-in even while a
    // file named time.py (which may be importing it) is being loaded
    if (
      this.interp.config.modules.has(full) &&
      iterToArray(this.sysPath()).length === 0
    ) {
      return this.builtinModule(full);
    }
    const parts = full.split(".");
    // fast path: everything already imported
    const mods = this.interp.sysModules;
    const leaf = mods.getItemOpt(full) ?? this.cachedBuiltin(full);
    if (leaf !== undefined) {
      return fromlist ? leaf : mods.getItemOpt(parts[0]) ?? leaf;
    }
    return this.importGen(parts, fromlist);
  }

  private *importGen(
    parts: string[],
    fromlist: boolean,
  ): Generator<any, any, any> {
    let parent: any = null;
    let top: any = null;
    for (let i = 0; i < parts.length; i++) {
      const fullname = parts.slice(0, i + 1).join(".");
      let m = this.interp.sysModules.getItemOpt(fullname) ??
        (i === 0 ? this.cachedBuiltin(fullname) : undefined);
      if (m === undefined) {
        m = yield* this.loadModule(fullname, parts[i], parent);
      }
      if (parent !== null && parent instanceof PyModule) {
        parent.attrs.set(parts[i], m);
      }
      if (i === 0) top = m;
      parent = m;
    }
    return fromlist ? parent : top;
  }

  /**
   * A built-in module already created for this interpreter (built-in
   * modules live outside `sys.modules`, as in MicroPython), unless a file
   * on the path may extend it.
   */
  cachedBuiltin(name: string): any {
    const cache = this.interp.builtinModules;
    let m = cache.get(name);
    if (m === undefined && name.startsWith("u")) m = cache.get(name.slice(1));
    if (m === undefined) return undefined;
    const real = this.interp.config.modules.has(name) ? name : name.slice(1);
    return EXTENSIBLE.has(real) && !name.startsWith("u") ? undefined : m;
  }

  /** The built-in module `name` of this interpreter (created on first use). */
  builtinModule(name: string): PyModule {
    const interp = this.interp;
    let m = interp.builtinModules.get(name);
    if (m === undefined) {
      m = interp.config.modules.get(name)!(interp);
      if (name !== "builtins") m.readonly = true;
      interp.builtinModules.set(name, m);
    }
    return m;
  }

  /** Finds where a module lives. */
  find(fullname: string, shortName: string, parent: any): Found | null {
    const cfg = this.interp.config;
    let dirs: string[];
    if (parent === null) {
      dirs = iterToArray(this.sysPath()).map((x) => pyStr(x));
      if (cfg.modules.has(fullname)) {
        if (!EXTENSIBLE.has(fullname)) return { kind: "builtin" };
        for (const dir of dirs) {
          const found = dir === ".frozen" ? null : this.findIn(dir, shortName);
          if (found) return found;
        }
        return { kind: "builtin" };
      }
      const real = fullname.slice(1);
      if (
        fullname.startsWith("u") && cfg.modules.has(real) &&
        (EXTENSIBLE.has(real) || real === "sys")
      ) {
        return { kind: "builtin" };
      }
    } else {
      if (cfg.modules.has(fullname)) return { kind: "builtin" };
      const pp = parent instanceof PyModule
        ? parent.attrs.get("__path__")
        : undefined;
      if (pp === undefined) return null;
      dirs = typeof pp === "string"
        ? [pp]
        : iterToArray(pp).map((x) => pyStr(x));
    }
    for (const dir of dirs) {
      if (dir === ".frozen") {
        const fz = cfg.frozen.get(fullname);
        if (fz) {
          return { kind: "frozen", source: fz.source, isPackage: fz.isPackage };
        }
        continue;
      }
      const found = this.findIn(dir, shortName);
      if (found) return found;
    }
    if (parent === null && !dirs.includes(".frozen")) {
      const fz = cfg.frozen.get(fullname);
      if (fz) {
        return { kind: "frozen", source: fz.source, isPackage: fz.isPackage };
      }
    }
    return null;
  }

  private findIn(dir: string, name: string): Found | null {
    const fs = this.interp.config.fs;
    const join = (
      a: string,
      b: string,
    ) => (a === "" ? b : a.endsWith("/") ? a + b : a + "/" + b);
    const base = join(dir, name);
    const st = fs.stat(base);
    if (st && st.isDir) {
      const init = join(base, "__init__.py");
      if (fs.stat(init)) {
        return {
          kind: "file",
          path: init,
          isPackage: true,
          dir: base,
          mpy: false,
        };
      }
      const initMpy = join(base, "__init__.mpy");
      if (fs.stat(initMpy)) {
        return {
          kind: "file",
          path: initMpy,
          isPackage: true,
          dir: base,
          mpy: true,
        };
      }
      return { kind: "namespace", dir: base };
    }
    const py = base + ".py";
    if (fs.stat(py)) {
      return { kind: "file", path: py, isPackage: false, dir, mpy: false };
    }
    const mpy = base + ".mpy";
    if (fs.stat(mpy)) {
      return { kind: "file", path: mpy, isPackage: false, dir, mpy: true };
    }
    return null;
  }

  /** Loads (runs) a module not yet in sys.modules. */
  *loadModule(
    fullname: string,
    shortName: string,
    parent: any,
  ): Generator<any, any, any> {
    const found = this.find(fullname, shortName, parent);
    if (found === null) importError(`no module named '${fullname}'`);
    const interp = this.interp;
    if (found.kind === "builtin") {
      // uX is an alias of the built-in X: one module object for both
      const real = interp.config.modules.has(fullname)
        ? fullname
        : fullname.slice(1);
      let m = interp.builtinModules.get(real);
      if (m === undefined) {
        m = interp.config.modules.get(real)!(interp);
        if (real !== "builtins") m.readonly = true;
        interp.builtinModules.set(real, m);
      }
      return m;
    }
    const m = new PyModule(fullname);
    if (found.kind === "namespace") {
      m.attrs.set("__path__", found.dir);
      interp.sysModules.setItem(fullname, m);
      return m;
    }
    let source: string | null = null;
    let filename: string;
    if (found.kind === "frozen") {
      source = found.source;
      filename = fullname.replace(/\./g, "/") +
        (found.isPackage ? "/__init__.py" : ".py");
      if (found.isPackage) m.attrs.set("__path__", ".frozen");
    } else {
      filename = found.path;
      m.attrs.set("__file__", found.path);
      if (found.isPackage) m.attrs.set("__path__", found.dir);
    }
    interp.sysModules.setItem(fullname, m);
    try {
      let code;
      if (found.kind === "file" && found.mpy) {
        code = loadMpy(interp.config.fs.readFile(found.path), found.path);
      } else {
        if (source === null) {
          source = decodeUtf8(
            interp.config.fs.readFile((found as any).path),
            true,
          );
        }
        code = compileSource(source, filename, "exec", {
          optimize: interp.config.optimize,
        });
      }
      const body = instantiate(interp, code, m.attrs);
      yield* body();
    } catch (e) {
      interp.sysModules.t.deleteItem(fullname);
      throw e;
    }
    return m;
  }

  /** `from m import name`: an attribute, or a submodule to import. */
  importFrom(m: any, name: string): any {
    const v = getAttrOpt(m, name);
    if (v !== undefined) return v;
    if (m instanceof PyModule && m.attrs.has("__path__")) {
      const full = m.name + "." + name;
      const cached = this.interp.sysModules.getItemOpt(full);
      if (cached !== undefined) return cached;
      return this.importSub(m, full, name);
    }
    return importError(`can't import name ${name}`);
  }

  private *importSub(
    m: PyModule,
    full: string,
    name: string,
  ): Generator<any, any, any> {
    const found = this.find(full, name, m);
    if (found === null) importError(`no module named '${full}'`);
    const sub = yield* this.loadModule(full, name, m);
    m.attrs.set(name, sub);
    return sub;
  }

  /** `from m import *`. */
  importStar(m: any, globals: Map<string, any>): void {
    const all = getAttrOpt(m, "__all__");
    if (all !== undefined) {
      for (const n of iterToArray(all)) {
        const k = pyStr(n);
        const v = getAttrOpt(m, k);
        if (v === undefined) noAttribute(m, k);
        globals.set(k, v);
      }
      return;
    }
    let attrs: Map<string, any> | null = null;
    if (m instanceof PyModule) attrs = m.attrs;
    else {
      const d = getAttrOpt(m, "__dict__");
      if (d instanceof PyDict) attrs = d.t.m;
    }
    if (attrs === null) importError("can't import * from this object");
    for (const [k, v] of attrs) {
      if (typeof k === "string" && !k.startsWith("_")) globals.set(k, v);
    }
  }
}

export { normPath, PyList, PyTuple };
