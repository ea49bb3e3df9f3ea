/**
 * The `os` module over the board's filesystem (`interp.config.fs`).
 *
 * Mirrors MicroPython's `extmod/modos.c` with the VFS calls of
 * `extmod/vfs.c`, plus the unix port's `ports/unix/modos.c` (`getenv`,
 * `putenv`, `unsetenv`, `errno`) when the board's platform is "linux";
 * other boards get `uname`, `sync` and `dupterm` instead. Relative paths
 * resolve against the filesystem's current directory. Failures raise
 * `OSError(errno)`.
 *
 * Not provided: `system` (scripts cannot run host commands), `mount`,
 * `umount` and the `Vfs*` classes (and the `vfs` module).
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFn,
  defineType,
  PyObject,
  PyType,
  STOP,
} from "../objects/type.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { decodeUtf8, encodeUtf8, PyBytes } from "../objects/bytes.ts";
import { isStr, strValue } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple } from "../objects/tuple.ts";
import { valueErrorType } from "../objects/exception.ts";
import { toInt, typeName } from "../runtime/ops.ts";
import { MP_VERSION, PyAttrTuple } from "./sys.ts";
import { raise, raiseOSError, raiseTypeError } from "../runtime/raise.ts";
import { normPath, type Vfs, VfsError } from "../runtime/vfs.ts";
import type { Interp } from "../state.ts";

const EPERM = 1;
const ENOENT = 2;
const ENOTDIR = 20;

const S_IFDIR = 0x4000;
const S_IFREG = 0x8000;

/** A path argument: its text and whether it was given as bytes. */
function pathArg(p: any): [string, boolean] {
  if (isStr(p)) return [strValue(p), false];
  if (p instanceof PyBytes) return [decodeUtf8(p.data, true), true];
  return raiseTypeError(
    `can't convert '${typeName(p)}' object to str implicitly`,
  );
}

/** Runs a filesystem call, turning a `VfsError` into `OSError(errno)`. */
function vfsCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof VfsError) raiseOSError(e.errno);
    throw e;
  }
}

/** A name as str or bytes, matching the type of the path asked for. */
function nameOf(name: string, bytes: boolean): any {
  return bytes ? new PyBytes(encodeUtf8(name)) : name;
}

/** The iterator `ilistdir` returns (repr `<iterator>`, as MicroPython's). */
class PyDirIter extends PyObject {
  i = 0;
  constructor(public entries: any[]) {
    super(dirIterType);
  }
}

const dirIterType: PyType = defineType<PyDirIter>("iterator", {
  repr: () => "<iterator>",
  iter: (self) => self,
  iterNext: (self: PyDirIter) =>
    self.i < self.entries.length ? self.entries[self.i++] : STOP,
});

/** Fills `n` bytes from the host's cryptographic random source. */
function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) {
    crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  }
  return out;
}

/** Reads an environment variable of the host process, or undefined. */
function hostEnv(key: string): string | undefined {
  try {
    return Deno.env.get(key);
  } catch {
    return undefined;
  }
}

/** The `os` module. */
export const osModule: ModuleFactory = defineModule("os", (interp: Interp) => {
  const fs = (): Vfs => interp.config.fs;
  const abs = (p: string): string => normPath(p, fs().cwd);

  /** `stat` as a 10-tuple (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime). */
  const stat = (p: any): PyTuple => {
    const [path] = pathArg(p);
    if (path.startsWith("/") && abs(path) === "/") {
      return new PyTuple([S_IFDIR, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    }
    const st = vfsCall(() => fs().stat(abs(path)));
    if (st === null) return raiseOSError(ENOENT);
    const t = Math.floor(st.mtime / 1000);
    return new PyTuple([
      st.isDir ? S_IFDIR : S_IFREG,
      0,
      0,
      0,
      0,
      0,
      st.size,
      t,
      t,
      t,
    ]);
  };

  /** A directory's absolute path, its entry names, and whether bytes were asked for. */
  const readDir = (p: any): [string, string[], boolean] => {
    const [path, bytes] = p === undefined ? [".", false] : pathArg(p);
    const dir = abs(path);
    return [dir, vfsCall(() => fs().listDir(dir)), bytes];
  };

  /** Entries of a directory as `ilistdir` gives them. */
  const dirEntries = (p: any): any[] => {
    const [dir, names, bytes] = readDir(p);
    const unix = interp.config.platform === "linux";
    return names.map((name) => {
      const st = vfsCall(() => fs().stat(normPath(name, dir)));
      const kind = st?.isDir ? S_IFDIR : S_IFREG;
      const n = nameOf(name, bytes);
      return new PyTuple(
        unix ? [n, kind, 0] : [n, kind, 0, st && !st.isDir ? st.size : 0],
      );
    });
  };

  /** A path other than the root, for calls that modify the filesystem. */
  const target = (p: any): string => {
    const [path] = pathArg(p);
    if (path === "") raiseOSError(ENOENT);
    const full = abs(path);
    if (full === "/") raiseOSError(EPERM);
    return full;
  };

  const remove = builtinFn("remove", 1, 1, (p: any) => {
    const path = target(p);
    vfsCall(() => fs().remove(path));
    return null;
  });

  const attrs: Record<string, any> = {
    sep: "/",
    getcwd: builtinFn("getcwd", 0, 0, () => fs().cwd),
    chdir: builtinFn("chdir", 1, 1, (p: any) => {
      const [path] = pathArg(p);
      const full = abs(path);
      const st = vfsCall(() => fs().stat(full));
      if (st === null) raiseOSError(ENOENT);
      if (!st!.isDir) raiseOSError(ENOTDIR);
      fs().cwd = full;
      return null;
    }),
    listdir: builtinFn(
      "listdir",
      0,
      1,
      (p?: any) => {
        const [, names, bytes] = readDir(p);
        return new PyList(names.map((n) => nameOf(n, bytes)));
      },
    ),
    ilistdir: builtinFn(
      "ilistdir",
      0,
      1,
      (p?: any) => new PyDirIter(dirEntries(p)),
    ),
    stat: builtinFn("stat", 1, 1, stat),
    statvfs: builtinFn("statvfs", 1, 1, (p: any) => {
      const f = fs();
      if (f.statvfs !== undefined) {
        const [path] = pathArg(p);
        const r = vfsCall(() => f.statvfs!(abs(path)));
        if (r !== null) return new PyTuple(r);
      }
      stat(p);
      // f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax
      return new PyTuple([4096, 4096, 1024, 1024, 1024, 0, 0, 0, 0, 255]);
    }),
    mkdir: builtinFn("mkdir", 1, 1, (p: any) => {
      const path = target(p);
      vfsCall(() => fs().mkdir(path));
      return null;
    }),
    rmdir: builtinFn("rmdir", 1, 1, (p: any) => {
      const path = target(p);
      vfsCall(() => fs().rmdir(path));
      return null;
    }),
    remove,
    unlink: remove,
    rename: builtinFn("rename", 2, 2, (a: any, b: any) => {
      const from = target(a);
      const to = target(b);
      vfsCall(() => fs().rename(from, to));
      return null;
    }),
    urandom: builtinFn("urandom", 1, 1, (n: any) => {
      const k = toInt(n);
      if (k < 0) raise(valueErrorType);
      return new PyBytes(randomBytes(k));
    }),
  };

  if (interp.config.platform === "linux") {
    // The unix port: environment variables (changes stay inside this
    // interpreter; reads fall back to the host process) and errno.
    const env = new Map<string, string | null>();
    let errno = 0;
    const key = (k: any): string => pathArg(k)[0];
    attrs.getenv = builtinFn("getenv", 1, 2, (k: any, dflt: any = null) => {
      const name = key(k);
      const v = env.has(name) ? env.get(name) : hostEnv(name);
      return v === undefined || v === null ? dflt : v;
    });
    attrs.putenv = builtinFn("putenv", 2, 2, (k: any, v: any) => {
      env.set(key(k), key(v));
      return null;
    });
    attrs.unsetenv = builtinFn("unsetenv", 1, 1, (k: any) => {
      env.set(key(k), null);
      return null;
    });
    attrs.errno = builtinFn("errno", 0, 1, (v?: any) => {
      if (v === undefined) return errno;
      errno = toInt(v);
      return null;
    });
  } else {
    attrs.uname = builtinFn("uname", 0, 0, () => {
      const cfg = interp.config;
      const release = MP_VERSION.slice(0, 3).join(".");
      return new PyAttrTuple(
        ["sysname", "nodename", "release", "version", "machine"],
        [
          cfg.platform,
          cfg.platform,
          release,
          `v${release}-${MP_VERSION[3]}`,
          cfg.machine,
        ],
      );
    });
    attrs.sync = builtinFn("sync", 0, 0, () => null);
    attrs.dupterm = builtinFn("dupterm", 1, 2, () => null);
  }
  return attrs;
});
