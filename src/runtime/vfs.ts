/**
 * The filesystem interface `open()`, `import` and `os` use, and its two
 * implementations: an in-memory tree (boards) and a host folder (the CLI,
 * or a board with a mounted folder, confined to its root).
 *
 * Paths are POSIX-style and absolute within the VFS; relative paths are
 * resolved against the current directory by the caller (`resolvePath`).
 *
 * @module
 */

/** What `stat` reports. */
export interface VfsStat {
  isDir: boolean;
  size: number;
  mtime: number;
}

/** A filesystem. Methods throw `VfsError` with an errno on failure. */
export interface Vfs {
  stat(path: string): VfsStat | null;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array, append?: boolean): void;
  listDir(path: string): string[];
  mkdir(path: string): void;
  remove(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  /** The current directory (absolute). */
  cwd: string;
  /**
   * `os.statvfs` of the filesystem holding `path`: (bsize, frsize, blocks,
   * bfree, bavail, files, ffree, favail, flag, namemax), or null when the
   * host cannot tell. Optional.
   */
  statvfs?(path: string): number[] | null;
}

/** A filesystem error carrying the errno MicroPython would raise. */
export class VfsError extends Error {
  constructor(public errno: number, message = "") {
    super(message);
  }
}

const ENOENT = 2;
const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EACCES = 13;
const ENOTEMPTY = 39;

/** Normalises a path: resolves `.` and `..`, never above the root. */
export function normPath(path: string, cwd = "/"): string {
  const abs = path.startsWith("/")
    ? path
    : (cwd.endsWith("/") ? cwd : cwd + "/") + path;
  const out: string[] = [];
  for (const part of abs.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

interface MemNode {
  dir: Map<string, MemNode> | null;
  data: Uint8Array;
  mtime: number;
}

/** An in-memory filesystem. */
export class MemFs implements Vfs {
  root: MemNode = {
    dir: new Map(),
    data: new Uint8Array(0),
    mtime: Date.now(),
  };
  cwd = "/";

  private walk(path: string): MemNode | null {
    let n: MemNode | undefined = this.root;
    for (const part of normPath(path, this.cwd).split("/").filter((x) => x)) {
      if (!n || !n.dir) return null;
      n = n.dir.get(part);
    }
    return n ?? null;
  }

  private parent(path: string): [MemNode, string] {
    const p = normPath(path, this.cwd);
    const i = p.lastIndexOf("/");
    const dir = this.walk(p.slice(0, i) || "/");
    if (!dir) throw new VfsError(ENOENT);
    if (!dir.dir) throw new VfsError(ENOTDIR);
    return [dir, p.slice(i + 1)];
  }

  stat(path: string): VfsStat | null {
    const n = this.walk(path);
    if (!n) return null;
    return { isDir: n.dir !== null, size: n.data.length, mtime: n.mtime };
  }
  readFile(path: string): Uint8Array {
    const n = this.walk(path);
    if (!n) throw new VfsError(ENOENT);
    if (n.dir) throw new VfsError(EISDIR);
    return n.data;
  }
  writeFile(path: string, data: Uint8Array, append = false): void {
    const [dir, name] = this.parent(path);
    const old = dir.dir!.get(name);
    if (old && old.dir) throw new VfsError(EISDIR);
    if (append && old) {
      const merged = new Uint8Array(old.data.length + data.length);
      merged.set(old.data);
      merged.set(data, old.data.length);
      old.data = merged;
      old.mtime = Date.now();
      return;
    }
    dir.dir!.set(name, { dir: null, data: data.slice(), mtime: Date.now() });
  }
  listDir(path: string): string[] {
    const n = this.walk(path);
    if (!n) throw new VfsError(ENOENT);
    if (!n.dir) throw new VfsError(ENOTDIR);
    return [...n.dir.keys()];
  }
  mkdir(path: string): void {
    const [dir, name] = this.parent(path);
    if (dir.dir!.has(name)) throw new VfsError(EEXIST);
    dir.dir!.set(name, {
      dir: new Map(),
      data: new Uint8Array(0),
      mtime: Date.now(),
    });
  }
  remove(path: string): void {
    const [dir, name] = this.parent(path);
    const n = dir.dir!.get(name);
    if (!n) throw new VfsError(ENOENT);
    if (n.dir) throw new VfsError(EISDIR);
    dir.dir!.delete(name);
  }
  rmdir(path: string): void {
    const [dir, name] = this.parent(path);
    const n = dir.dir!.get(name);
    if (!n) throw new VfsError(ENOENT);
    if (!n.dir) throw new VfsError(ENOTDIR);
    if (n.dir.size) throw new VfsError(ENOTEMPTY);
    dir.dir!.delete(name);
  }
  rename(from: string, to: string): void {
    const [d1, n1] = this.parent(from);
    const node = d1.dir!.get(n1);
    if (!node) throw new VfsError(ENOENT);
    const [d2, n2] = this.parent(to);
    d1.dir!.delete(n1);
    d2.dir!.set(n2, node);
  }
}

function mapDenoError(e: unknown): never {
  if (e instanceof Deno.errors.NotFound) throw new VfsError(ENOENT);
  if (e instanceof Deno.errors.AlreadyExists) throw new VfsError(EEXIST);
  if (e instanceof Deno.errors.PermissionDenied) throw new VfsError(EACCES);
  if (e instanceof Deno.errors.IsADirectory) throw new VfsError(EISDIR);
  if (e instanceof Deno.errors.NotADirectory) throw new VfsError(ENOTDIR);
  if (e instanceof Error && /not empty/i.test(e.message)) {
    throw new VfsError(ENOTEMPTY);
  }
  throw new VfsError(5, e instanceof Error ? e.message : String(e));
}

/**
 * A host folder. With `confine`, paths resolve inside `root` only: `..`
 * cannot climb above it and symbolic links that lead outside are refused.
 * Without it (the CLI), VFS paths are host paths.
 */
export class HostFs implements Vfs {
  cwd: string;
  constructor(public root: string = "/", public confine = false, cwd?: string) {
    this.cwd = cwd ?? "/";
  }

  private host(path: string): string {
    const p = normPath(path, this.cwd);
    if (!this.confine) return p;
    const full =
      (this.root.endsWith("/") ? this.root.slice(0, -1) : this.root) + p;
    try {
      const real = Deno.realPathSync(full);
      const rootReal = Deno.realPathSync(this.root);
      if (real !== rootReal && !real.startsWith(rootReal + "/")) {
        throw new VfsError(EACCES);
      }
    } catch (e) {
      if (e instanceof VfsError) throw e;
      // path does not exist yet: check its parent
      const parent = full.slice(0, full.lastIndexOf("/")) || "/";
      try {
        const real = Deno.realPathSync(parent);
        const rootReal = Deno.realPathSync(this.root);
        if (real !== rootReal && !real.startsWith(rootReal + "/")) {
          throw new VfsError(EACCES);
        }
      } catch (e2) {
        if (e2 instanceof VfsError) throw e2;
      }
    }
    return full;
  }

  stat(path: string): VfsStat | null {
    try {
      const s = Deno.statSync(this.host(path));
      return {
        isDir: s.isDirectory,
        size: s.size,
        mtime: s.mtime?.getTime() ?? 0,
      };
    } catch {
      return null;
    }
  }
  readFile(path: string): Uint8Array {
    try {
      return Deno.readFileSync(this.host(path));
    } catch (e) {
      if (e instanceof VfsError) throw e;
      return mapDenoError(e);
    }
  }
  writeFile(path: string, data: Uint8Array, append = false): void {
    try {
      Deno.writeFileSync(this.host(path), data, { append });
    } catch (e) {
      if (e instanceof VfsError) throw e;
      mapDenoError(e);
    }
  }
  listDir(path: string): string[] {
    try {
      return [...Deno.readDirSync(this.host(path))].map((e) => e.name);
    } catch (e) {
      if (e instanceof VfsError) throw e;
      return mapDenoError(e);
    }
  }
  mkdir(path: string): void {
    try {
      Deno.mkdirSync(this.host(path));
    } catch (e) {
      if (e instanceof VfsError) throw e;
      mapDenoError(e);
    }
  }
  remove(path: string): void {
    const st = this.stat(path);
    if (st?.isDir) throw new VfsError(EISDIR);
    try {
      Deno.removeSync(this.host(path));
    } catch (e) {
      if (e instanceof VfsError) throw e;
      mapDenoError(e);
    }
  }
  rmdir(path: string): void {
    const st = this.stat(path);
    if (st && !st.isDir) throw new VfsError(ENOTDIR);
    try {
      Deno.removeSync(this.host(path));
    } catch (e) {
      if (e instanceof VfsError) throw e;
      mapDenoError(e);
    }
  }
  rename(from: string, to: string): void {
    try {
      Deno.renameSync(this.host(from), this.host(to));
    } catch (e) {
      if (e instanceof VfsError) throw e;
      mapDenoError(e);
    }
  }
  statvfs(path: string): number[] | null {
    // node:fs has statfs; loaded on first use (importing it up front would
    // add 25 ms to every start-up)
    // deno-lint-ignore no-explicit-any
    const nodeFs = (globalThis as any).process?.getBuiltinModule?.("node:fs");
    if (typeof nodeFs?.statfsSync !== "function") return null;
    try {
      const s = nodeFs.statfsSync(this.host(path));
      return [
        s.bsize,
        s.bsize,
        s.blocks,
        s.bfree,
        s.bavail,
        s.files,
        s.ffree,
        s.ffree,
        0,
        255,
      ];
    } catch (e) {
      if (e instanceof VfsError) throw e;
      // deno-lint-ignore no-explicit-any
      if ((e as any)?.code === "ENOENT") throw new VfsError(ENOENT);
      mapDenoError(e);
    }
  }
}
