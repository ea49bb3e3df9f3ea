/**
 * The `io` module: `StringIO`, `BytesIO`, files from `open()` on the
 * board's filesystem, and the standard streams behind `sys.stdout` etc.
 *
 * Mirrors MicroPython's `py/modio.c`, `py/objstringio.c` and the VFS file
 * objects of `extmod/vfs_posix_file.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinMethod,
  builtinMethodVar,
  builtinVar,
  defineType,
  KwArgs,
  PyObject,
  PyType,
  STOP,
} from "../objects/type.ts";
import {
  bufferOf,
  decodeUtf8,
  encodeUtf8,
  PyByteArray,
  PyBytes,
} from "../objects/bytes.ts";
import { callMethod } from "../runtime/attr.ts";
import { isGen, runSync } from "../runtime/call.ts";
import { isStr, strValue } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { idHex, pyStr, toInt, typeName } from "../runtime/ops.ts";
import { unicodeErrorType } from "../objects/exception.ts";
import {
  raise,
  raiseOSError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { normPath, VfsError } from "../runtime/vfs.ts";
import type { Interp } from "../state.ts";

/** Shared state of in-memory and file streams: bytes plus a position. */
abstract class Stream extends PyObject {
  data: Uint8Array = new Uint8Array(16);
  len = 0;
  pos = 0;
  closed = false;
  abstract binary: boolean;

  ensure(n: number): void {
    if (n <= this.data.length) return;
    let cap = this.data.length * 2;
    while (cap < n) cap *= 2;
    const d = new Uint8Array(cap);
    d.set(this.data.subarray(0, this.len));
    this.data = d;
  }

  writeBytes(b: Uint8Array): void {
    this.checkOpen();
    const end = this.pos + b.length;
    this.ensure(end);
    if (this.pos > this.len) this.data.fill(0, this.len, this.pos);
    this.data.set(b, this.pos);
    this.pos = end;
    if (end > this.len) this.len = end;
  }

  readBytes(n: number): Uint8Array {
    this.checkOpen();
    this.checkReadable();
    const start = Math.min(this.pos, this.len);
    const end = n < 0 ? this.len : Math.min(this.len, start + n);
    this.pos = end;
    return this.data.slice(start, end);
  }

  readLineBytes(limit = -1): Uint8Array {
    this.checkOpen();
    this.checkReadable();
    const start = Math.min(this.pos, this.len);
    let end = start;
    while (end < this.len && this.data[end] !== 0x0a) end++;
    if (end < this.len) end++;
    if (limit >= 0 && end - start > limit) end = start + limit;
    this.pos = end;
    return this.data.slice(start, end);
  }

  checkReadable(): void {}

  checkOpen(): void {
    if (this.closed) raiseValueError("I/O operation on closed file");
  }

  out(b: Uint8Array): any {
    if (this.binary) return new PyBytes(b);
    try {
      return decodeUtf8(b, false);
    } catch {
      return raise(unicodeErrorType);
    }
  }

  /** Reads `n` characters (text mode counts UTF-8 code points, not bytes). */
  readChars(n: number): Uint8Array {
    if (this.binary || n < 0) return this.readBytes(n);
    this.checkOpen();
    this.checkReadable();
    const start = Math.min(this.pos, this.len);
    let end = start;
    for (let count = 0; count < n && end < this.len; count++) {
      end++;
      while (end < this.len && (this.data[end] & 0xc0) === 0x80) end++;
    }
    this.pos = end;
    return this.data.slice(start, end);
  }

  toBytes(x: any): Uint8Array {
    if (this.binary) {
      if (isStr(x)) {
        raiseTypeError("a bytes-like object is required, not 'str'");
      }
      return bufferOf(x);
    }
    if (!isStr(x)) {
      raiseTypeError(`string argument expected, got '${typeName(x)}'`);
    }
    return encodeUtf8(strValue(x));
  }

  flushTo(): void {}
}

/** `io.StringIO` / `io.BytesIO`. */
export class PyMemStream extends Stream {
  constructor(type: PyType, public binary: boolean) {
    super(type);
  }
}

/** A file opened with `open()`. */
export class PyFile extends Stream {
  dirty = false;
  constructor(
    type: PyType,
    public interp: Interp,
    public path: string,
    public binary: boolean,
    public readable: boolean,
    public writable: boolean,
    public append: boolean,
  ) {
    super(type);
  }

  override checkReadable(): void {
    if (!this.readable) raiseOSError(9);
  }

  override flushTo(): void {
    if (!this.dirty) return;
    try {
      this.interp.config.fs.writeFile(this.path, this.data.slice(0, this.len));
    } catch (e) {
      if (e instanceof VfsError) raiseOSError(e.errno);
      throw e;
    }
    this.dirty = false;
  }
}

function streamLocals(kind: "mem" | "file"): Record<string, any> {
  const common: Record<string, any> = {
    read: builtinMethod("read", 0, 1, (s: Stream, n: any = -1) => {
      if (s instanceof PyFile && !s.readable) raiseOSError(9);
      return s.out(s.readChars(n === null ? -1 : toInt(n)));
    }),
    readinto: builtinMethod(
      "readinto",
      1,
      2,
      (s: Stream, buf: any, n?: any) => {
        const dst = bufferOf(buf);
        const b = s.readBytes(
          n === undefined ? dst.length : Math.min(dst.length, toInt(n)),
        );
        dst.set(b);
        return b.length;
      },
    ),
    readline: builtinMethod(
      "readline",
      0,
      1,
      (s: Stream, n: any = -1) =>
        s.out(s.readLineBytes(n === null ? -1 : toInt(n))),
    ),
    readlines: builtinMethod("readlines", 0, 0, (s: Stream) => {
      const out: any[] = [];
      for (;;) {
        const l = s.readLineBytes();
        if (l.length === 0) return new PyList(out);
        out.push(s.out(l));
      }
    }),
    write: builtinMethod(
      "write",
      1,
      3,
      (s: Stream, x: any, a?: any, b?: any) => {
        if (s instanceof PyFile) {
          if (!s.writable) raiseOSError(9);
          s.dirty = true;
          if (s.append) s.pos = s.len;
        }
        let data = s.toBytes(x);
        if (a !== undefined) {
          // MicroPython extension: write(buf, len) and write(buf, offset, len)
          const off = b === undefined ? 0 : toInt(a);
          const len = b === undefined ? toInt(a) : toInt(b);
          data = data.subarray(
            Math.min(off, data.length),
            Math.min(off + len, data.length),
          );
        }
        s.writeBytes(data);
        return s.binary || a !== undefined ? data.length : strValue(x).length;
      },
    ),
    seek: builtinMethod(
      "seek",
      1,
      2,
      (s: Stream, off: any, whence: any = 0) => {
        s.checkOpen();
        const o = toInt(off);
        const w = toInt(whence);
        const p = w === 0 ? o : w === 1 ? s.pos + o : s.len + o;
        if (p < 0) raiseOSError(22);
        s.pos = p;
        return p;
      },
    ),
    tell: builtinMethod("tell", 0, 0, (s: Stream) => s.pos),
    flush: builtinMethod("flush", 0, 0, (s: Stream) => {
      s.flushTo();
      return null;
    }),
    close: builtinMethod("close", 0, 0, (s: Stream) => {
      if (!s.closed) s.flushTo();
      s.closed = true;
      return null;
    }),
    __enter__: builtinMethod("__enter__", 0, 0, (s: Stream) => s),
    __exit__: builtinMethodVar("__exit__", (s: Stream) => {
      if (!s.closed) s.flushTo();
      s.closed = true;
      return null;
    }),
  };
  if (kind === "mem") {
    common.getvalue = builtinMethod("getvalue", 0, 0, (s: Stream) => {
      s.checkOpen();
      return s.out(s.data.slice(0, s.len));
    });
  }
  return common;
}

function streamIterNext(s: Stream): any {
  const l = s.readLineBytes();
  if (l.length === 0) return STOP;
  return s.out(l);
}

function memMakeNew(binary: boolean) {
  return (type: PyType, args: any[], _kw: KwArgs | null) => {
    const s = new PyMemStream(type, binary);
    if (args.length > 0 && args[0] !== null) {
      const a = args[0];
      const size = typeof a === "number" && Number.isInteger(a);
      if (!binary && size) return s;
      s.writeBytes(
        binary ? (size ? new Uint8Array(0) : bufferOf(a)) : s.toBytes(a),
      );
      s.pos = 0;
    }
    return s;
  };
}

/** `io.StringIO`. */
export const stringIOType: PyType = defineType<PyMemStream>("StringIO", {
  repr: (s: PyMemStream) => `<io.StringIO ${idHex(s).slice(2)}>`,
  makeNew: memMakeNew(false),
  iter: (s) => s,
  iterNext: streamIterNext,
  locals: streamLocals("mem"),
});

/** `io.BytesIO`. */
export const bytesIOType: PyType = defineType<PyMemStream>("BytesIO", {
  repr: (s: PyMemStream) => `<io.BytesIO ${idHex(s).slice(2)}>`,
  makeNew: memMakeNew(true),
  iter: (s) => s,
  iterNext: streamIterNext,
  locals: streamLocals("mem"),
  buffer: (s: PyMemStream) => s.data.subarray(0, s.len),
});

/** `io.TextIOWrapper` (text files). */
export const textFileType: PyType = defineType<PyFile>("TextIOWrapper", {
  iter: (s) => s,
  iterNext: streamIterNext,
  repr: (f: PyFile) => `<io.TextIOWrapper name='${f.path}'>`,
  locals: streamLocals("file"),
});

/** `io.FileIO` (binary files). */
export const binaryFileType: PyType = defineType<PyFile>("FileIO", {
  iter: (s) => s,
  iterNext: streamIterNext,
  repr: (f: PyFile) => `<io.FileIO name='${f.path}'>`,
  locals: streamLocals("file"),
});

/**
 * `io.IOBase`: base class for stream classes written in Python. Native code
 * writes to them in bytes through `write(buf)` and reads through
 * `readinto(buf)`; a method that claims more bytes than asked is an I/O error.
 */
export const ioBaseType: PyType = defineType("IOBase", {
  makeNew: (type: PyType) => {
    const o = new PyObject(type);
    o.dict = new Map();
    return o;
  },
  locals: {
    read: builtinMethod("read", 0, 1, (self: any, n: any = -1) => {
      const want = n === null ? -1 : toInt(n);
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const size = want < 0 ? 256 : want - total;
        if (size <= 0) break;
        const buf = new PyByteArray(new Uint8Array(size));
        const r = callMethodSync(self, "readinto", [buf]);
        const got = r === null ? 0 : toInt(r);
        if (got > size) raiseOSError(5);
        if (got === 0) break;
        chunks.push(buf.data.slice(0, got));
        total += got;
      }
      const out = new Uint8Array(total);
      let off = 0;
      for (const c of chunks) {
        out.set(c, off);
        off += c.length;
      }
      return new PyBytes(out);
    }),
  },
});

/** Writes bytes to a Python stream object (an IOBase subclass), checking the count. */
export function writeToStream(stream: any, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    const rest = data.subarray(off);
    const r = callMethodSync(stream, "write", [new PyByteArray(rest.slice())]);
    const n = r === null ? rest.length : toInt(r);
    if (n > rest.length) raiseOSError(5);
    if (n <= 0) raiseOSError(5);
    off += n;
  }
}

function callMethodSync(o: any, name: string, args: any[]): any {
  const r = callMethod(o, name, args);
  return isGen(r) ? runSync(r) : r;
}

/** `open(file, mode='r', ...)` on the interpreter's filesystem. */
export function openFile(
  interp: Interp,
  args: any[],
  kw: KwArgs | null,
): PyFile {
  const file = args[0] ?? kw?.get("file");
  const mode = pyStr(args[1] ?? kw?.get("mode") ?? "r");
  if (file === undefined) {
    raiseTypeError("function missing 1 required positional arguments");
  }
  if (!isStr(file)) {
    raiseTypeError(
      `expected str, bytes or os.PathLike object, not ${typeName(file)}`,
    );
  }
  const fs = interp.config.fs;
  const path = normPath(strValue(file), fs.cwd);
  let readable = false;
  let writable = false;
  let append = false;
  let truncate = false;
  let create = false;
  let binary = false;
  for (const c of mode) {
    switch (c) {
      case "r":
        readable = true;
        break;
      case "w":
        writable = truncate = create = true;
        break;
      case "a":
        writable = append = create = true;
        break;
      case "x":
        writable = create = true;
        break;
      case "+":
        readable = writable = true;
        break;
      case "b":
        binary = true;
        break;
      case "t":
        break;
      default:
        raiseValueError(`invalid mode: '${mode}'`);
    }
  }
  const f = new PyFile(
    binary ? binaryFileType : textFileType,
    interp,
    path,
    binary,
    readable,
    writable,
    append,
  );
  try {
    const st = fs.stat(path);
    if (st?.isDir) raiseOSError(21);
    if (st && !truncate) {
      const d = fs.readFile(path);
      f.ensure(d.length);
      f.data.set(d);
      f.len = d.length;
      if (append) f.pos = f.len;
    } else if (!st && !create) {
      raiseOSError(2);
    }
    if (truncate || (!st && create)) {
      fs.writeFile(path, new Uint8Array(0));
    }
  } catch (e) {
    if (e instanceof VfsError) raiseOSError(e.errno);
    throw e;
  }
  return f;
}

/** A standard stream: `sys.stdin`, `sys.stdout`, `sys.stderr` (and `.buffer`). */
export class PyStdStream extends PyObject {
  constructor(
    public interp: Interp,
    public fd: number,
    public binary: boolean,
    public buffer: PyStdStream | null,
  ) {
    super(binary ? stdBinaryStreamType : stdStreamType);
  }
}

const stdStreamSpec = {
  repr: (s: PyStdStream) =>
    `<io.${s.binary ? "FileIO" : "TextIOWrapper"} ${s.fd}>`,
  getAttr(s: PyStdStream, name: string) {
    if (name === "buffer" && s.buffer) return s.buffer;
    return undefined;
  },
  iter: (s: PyStdStream) => s,
  iterNext(s: PyStdStream) {
    const l = s.interp.config.readLine?.();
    if (l === null || l === undefined) return STOP;
    return l + "\n";
  },
  locals: {
    write: builtinMethod("write", 1, 1, (s: PyStdStream, x: any) => {
      if (s.fd === 0) raiseOSError(9);
      if (s.binary) {
        const b = bufferOf(x);
        if (s.fd === 2) s.interp.writeErr(decodeUtf8(b, true));
        else s.interp.writeOutBytes(b);
        return b.length;
      }
      if (!isStr(x)) {
        raiseTypeError(`string argument expected, got '${typeName(x)}'`);
      }
      const str = strValue(x);
      if (s.fd === 2) s.interp.writeErr(str);
      else s.interp.writeOut(str);
      return str.length;
    }),
    read: builtinMethod("read", 0, 1, (s: PyStdStream, n: any = -1) => {
      const cfg = s.interp.config;
      if (s.binary) {
        const b = cfg.readBytes?.(n === null ? -1 : toInt(n)) ??
          new Uint8Array(0);
        return new PyBytes(b);
      }
      if (n !== -1 && n !== null && cfg.readBytes) {
        const b = cfg.readBytes(toInt(n));
        return b ? decodeUtf8(b, true) : "";
      }
      let out = "";
      for (;;) {
        const l = cfg.readLine?.();
        if (l === null || l === undefined) return out;
        out += l + "\n";
      }
    }),
    readline: builtinMethod("readline", 0, 1, (s: PyStdStream) => {
      const l = s.interp.config.readLine?.();
      return l === null || l === undefined ? "" : l + "\n";
    }),
    flush: builtinMethod("flush", 0, 0, (s: PyStdStream) => {
      s.interp.flush();
      return null;
    }),
    close: builtinMethod("close", 0, 0, () => null),
    fileno: builtinMethod("fileno", 0, 0, (s: PyStdStream) => s.fd),
  },
};

const stdStreamType: PyType = defineType<PyStdStream>(
  "TextIOWrapper",
  stdStreamSpec,
);
const stdBinaryStreamType: PyType = defineType<PyStdStream>(
  "FileIO",
  stdStreamSpec,
);

/** Creates stdin, stdout, stderr for an interpreter. */
export function makeStdStreams(interp: Interp): PyStdStream[] {
  return [0, 1, 2].map((fd) =>
    new PyStdStream(interp, fd, false, new PyStdStream(interp, fd, true, null))
  );
}

/** The `io` module. */
export const ioModule: ModuleFactory = defineModule("io", (interp: Interp) => ({
  IOBase: ioBaseType,
  StringIO: stringIOType,
  BytesIO: bytesIOType,
  TextIOWrapper: textFileType,
  FileIO: binaryFileType,
  open: builtinVar(
    "open",
    (args: any[], kw: KwArgs | null) => openFile(interp, args, kw),
  ),
}));
