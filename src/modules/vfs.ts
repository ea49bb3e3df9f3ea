/**
 * The `vfs` module: the board's mount table. One filesystem is mounted, the
 * board's (`interp.config.fs`), at `/`; on the unix port it is a
 * `VfsPosix` over the host's directory. `vfs.mount()` lists it, and the
 * `VfsPosix` object answers the filesystem calls of the `os` module for it
 * (`stat`, `statvfs`, `ilistdir`, `open`...), as MicroPython's do.
 *
 * Mirrors MicroPython's `extmod/vfs.c` and `extmod/vfs_posix.c`. Not
 * provided: mounting or unmounting (`mount(fs, path)`, `umount(path)`
 * raise `OSError(EPERM)`: the host decides what a board's filesystem is),
 * and the `VfsFat`, `VfsLfs*` and `VfsRom` block-device filesystems.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFn,
  builtinMethod,
  builtinVar,
  defineType,
  PyObject,
  type PyType,
} from "../objects/type.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple } from "../objects/tuple.ts";
import { raiseOSError } from "../runtime/raise.ts";
import { callSync } from "../runtime/call.ts";
import type { Interp } from "../state.ts";

const EPERM = 1;

/** The board's filesystem as a mounted VFS object. */
class PyVfsPosix extends PyObject {
  constructor(type: PyType, public interp: Interp) {
    super(type);
  }
}

/** A method of the VFS object: the `os` (or builtins) function `name` of its interpreter. */
function delegate(
  name: string,
  module: "os" | "builtins",
  min: number,
  max: number,
) {
  return builtinMethod(name, min, max, (self: PyVfsPosix, ...args: any[]) => {
    const m = self.interp.importer.builtinModule(module);
    return callSync(m.attrs.get(name), args);
  });
}

/** `VfsPosix`: no constructor (only the board's own filesystem is mounted). */
const vfsPosixType: PyType = defineType<PyVfsPosix>("VfsPosix", {
  repr: () => "<VfsPosix>",
  locals: {
    open: delegate("open", "builtins", 2, 2),
    ilistdir: delegate("ilistdir", "os", 1, 1),
    stat: delegate("stat", "os", 1, 1),
    statvfs: delegate("statvfs", "os", 1, 1),
    mkdir: delegate("mkdir", "os", 1, 1),
    rmdir: delegate("rmdir", "os", 1, 1),
    remove: delegate("remove", "os", 1, 1),
    rename: delegate("rename", "os", 2, 2),
    chdir: delegate("chdir", "os", 1, 1),
    getcwd: delegate("getcwd", "os", 0, 0),
  },
});

/** The `vfs` module. */
export const vfsModule: ModuleFactory = defineModule(
  "vfs",
  (interp: Interp) => {
    const root = new PyVfsPosix(vfsPosixType, interp);
    return {
      VfsPosix: vfsPosixType,
      mount: builtinVar("mount", (args: any[]) => {
        if (args.length === 0) return new PyList([new PyTuple([root, "/"])]);
        return raiseOSError(EPERM);
      }),
      umount: builtinFn("umount", 1, 1, () => raiseOSError(EPERM)),
    };
  },
);
