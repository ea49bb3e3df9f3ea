/**
 * The `re` module: MicroPython's small regular-expression engine.
 *
 * Mirrors MicroPython's `extmod/modre.c` and its engine `lib/re1.5`
 * (compilecode.c, recursiveloop.c, charclass.c), ported instruction for
 * instruction so that the supported syntax, the errors and the matching
 * behaviour are MicroPython's, not JavaScript's:
 * - syntax: literal chars, `.`, `[...]`/`[^...]` with ranges, `\d \D \s \S
 *   \w \W` (also inside classes), `( )`, `(?: )`, `| ? * + ??  *? +?`, `^`,
 *   `$`. Any other escaped char is literal (`\n` matches "n"); `{m,n}` is
 *   literal text. Bad syntax raises `ValueError("regex too complex")` (or
 *   `"error in regex"` for an unmatched `)`), as MicroPython does.
 * - matching works on the UTF-8 bytes of a str (so `.` matches one byte),
 *   with a bounded backtracking stack: too deep a match raises
 *   `RuntimeError("maximum recursion depth exceeded")` where MicroPython's
 *   recursive matcher runs out of C stack.
 * - `sub` and `split` stop at the first empty match.
 * Match objects have `group`, and (as MicroPython's full-feature builds)
 * `groups`, `span`, `start` and `end`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import {
  builtinFn,
  builtinMethod,
  defineType,
  PyBuiltin,
  PyObject,
  PyType,
} from "../objects/type.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { decodeUtf8, encodeUtf8, latin1, PyBytes } from "../objects/bytes.ts";
import { isStr, strValue } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyBoundMethod, PyFunction } from "../objects/function.ts";
import { indexErrorType } from "../objects/exception.ts";
import { objectId, toInt, typeName, typeOf } from "../runtime/ops.ts";
import { callSync } from "../runtime/call.ts";
import {
  raise,
  raiseNotImplementedError,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";

// Opcodes of re1.5's byte code.
const CHAR = 1;
const ANY = 2;
const CLASS = 3;
const CLASS_NOT = 4;
const NAMED_CLASS = 5;
const ASSERTS = 0x50;
const BOL = 0x50;
const EOL = 0x51;
const JMP = 0x60;
const SPLIT = 0x61;
const RSPLIT = 0x62;
const SAVE = 0x7e;
const MATCH = 0x7f;

/** Length of the "search" prefix that `match` skips. */
const NON_ANCHORED_PREFIX = 5;

/**
 * Backtracking frames a match may hold: MicroPython's recursive matcher
 * uses one C stack frame per frame here and on the unix port fails at
 * about a thousand (e.g. `.*` against 1000 chars).
 */
const MAX_FRAMES = 1000;

/** Nesting of `(` the compiler accepts before giving up like a C stack would. */
const MAX_NESTING = 1000;

/** A compiled program: re1.5's `ByteProg`. */
interface Prog {
  code: number[];
  /** Number of capturing groups. */
  sub: number;
}

/** The signed value of a byte (re1.5 compares `char`s, signed on x86). */
function s8(b: number): number {
  return (b << 24) >> 24;
}

/** `d D s S w W`: the escapes that name a class. */
function isNamedClassChar(c: number): boolean {
  return (c | 0x20) === 0x64 || (c | 0x24) === 0x77;
}

/** re1.5's `_compilecode`, on the pattern's bytes (0-terminated). */
class Compiler {
  code: number[] = [];
  pc = 0;
  sub = 0;
  err = false;
  depth = 0;
  constructor(public re: Uint8Array) {}

  at(p: number): number {
    return p < this.re.length ? this.re[p] : 0;
  }
  emit(v: number): void {
    this.code[this.pc++] = v;
  }
  checked(at: number, v: number): void {
    if (v !== s8(v)) this.err = true;
    this.code[at] = v;
  }
  insert(at: number, n: number): void {
    this.code.splice(at, 0, ...new Array(n).fill(0));
    this.pc += n;
  }

  /** Compiles from `p` to the end or a `)`; returns where it stopped, or -1. */
  compile(p: number): number {
    if (++this.depth > MAX_NESTING) {
      raiseRuntimeError("maximum recursion depth exceeded");
    }
    const start = this.pc;
    let term = this.pc;
    let altLabel = 0;
    for (; this.at(p) !== 0 && this.at(p) !== 0x29; p++) {
      const c = this.at(p);
      switch (c) {
        case 0x5c: { // \
          p++;
          const e = this.at(p);
          if (e === 0) return -1;
          term = this.pc;
          if (isNamedClassChar(e)) {
            this.emit(NAMED_CLASS);
            this.emit(e);
          } else {
            this.emit(CHAR);
            this.emit(s8(e));
          }
          break;
        }
        default:
          term = this.pc;
          this.emit(CHAR);
          this.emit(s8(c));
          break;
        case 0x2e: // .
          term = this.pc;
          this.emit(ANY);
          break;
        case 0x5b: { // [
          term = this.pc;
          p++;
          if (this.at(p) === 0x5e) {
            this.emit(CLASS_NOT);
            p++;
          } else {
            this.emit(CLASS);
          }
          this.emit(0);
          let cnt = 0;
          for (; this.at(p) !== 0x5d; p++, cnt++) {
            let ch = this.at(p);
            if (ch === 0x5c) {
              ch = this.at(++p);
              if (isNamedClassChar(ch)) {
                this.emit(0);
                this.emit(ch);
                continue;
              }
            }
            if (ch === 0) return -1;
            if (this.at(p + 1) === 0x2d && this.at(p + 2) !== 0x5d) p += 2;
            this.emit(s8(ch));
            this.emit(s8(this.at(p)));
          }
          this.checked(term + 1, cnt);
          break;
        }
        case 0x28: { // (
          term = this.pc;
          let sub = 0;
          const capture = this.at(p + 1) !== 0x3f || this.at(p + 2) !== 0x3a;
          if (capture) {
            sub = ++this.sub;
            this.emit(SAVE);
            this.checked(this.pc++, 2 * sub);
          } else {
            p += 2;
          }
          p = this.compile(p + 1);
          if (p < 0 || this.at(p) !== 0x29) return -1;
          if (capture) {
            this.emit(SAVE);
            this.checked(this.pc++, 2 * sub + 1);
          }
          break;
        }
        case 0x3f: // ?
          if (this.pc === term) return -1;
          this.insert(term, 2);
          if (this.at(p + 1) === 0x3f) {
            this.code[term] = RSPLIT;
            p++;
          } else {
            this.code[term] = SPLIT;
          }
          this.checked(term + 1, this.pc - term - 2);
          term = this.pc;
          break;
        case 0x2a: // *
          if (this.pc === term) return -1;
          this.insert(term, 2);
          this.code[this.pc] = JMP;
          this.checked(this.pc + 1, term - this.pc - 2);
          this.pc += 2;
          if (this.at(p + 1) === 0x3f) {
            this.code[term] = RSPLIT;
            p++;
          } else {
            this.code[term] = SPLIT;
          }
          this.checked(term + 1, this.pc - term - 2);
          term = this.pc;
          break;
        case 0x2b: // +
          if (this.pc === term) return -1;
          if (this.at(p + 1) === 0x3f) {
            this.code[this.pc] = SPLIT;
            p++;
          } else {
            this.code[this.pc] = RSPLIT;
          }
          this.checked(this.pc + 1, term - this.pc - 2);
          this.pc += 2;
          term = this.pc;
          break;
        case 0x7c: // |
          if (altLabel) this.checked(altLabel, this.pc - altLabel - 2 + 1);
          this.insert(start, 2);
          this.emit(JMP);
          altLabel = this.pc;
          this.emit(0);
          this.code[start] = SPLIT;
          this.checked(start + 1, this.pc - start - 2);
          term = this.pc;
          break;
        case 0x5e: // ^
          this.emit(BOL);
          term = this.pc;
          break;
        case 0x24: // $
          this.emit(EOL);
          term = this.pc;
          break;
      }
    }
    if (altLabel) this.checked(altLabel, this.pc - altLabel - 2 + 1);
    this.depth--;
    return this.err ? -1 : p;
  }
}

/** Compiles a pattern as `re.compile` does (ValueError on bad syntax). */
function compileProg(pattern: Uint8Array): Prog {
  const c = new Compiler(pattern);
  // the "search" prefix: try here, else skip a char and loop; then Save 0
  c.code = [RSPLIT, 3, ANY, JMP, -5, SAVE, 0];
  c.pc = c.code.length;
  const stop = c.compile(0);
  if (stop < 0) raiseValueError("regex too complex");
  if (c.at(stop) !== 0) raiseValueError("error in regex");
  c.emit(SAVE);
  c.emit(1);
  c.emit(MATCH);
  return { code: c.code, sub: c.sub };
}

function namedClassMatch(name: number, ch: number): boolean {
  let off = (name >> 5) & 1;
  const lower = name | 0x20;
  if (lower === 0x64) {
    if (!(ch >= 0x30 && ch <= 0x39)) off ^= 1;
  } else if (lower === 0x73) {
    if (!(ch === 0x20 || (ch >= 0x09 && ch <= 0x0d))) off ^= 1;
  } else if (
    !((ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) ||
      (ch >= 0x30 && ch <= 0x39) || ch === 0x5f)
  ) {
    off ^= 1;
  }
  return off !== 0;
}

function classMatch(code: number[], pc: number, ch: number): boolean {
  const positive = code[pc - 1] === CLASS;
  const cnt = code[pc++];
  for (let i = 0; i < cnt; i++, pc += 2) {
    if (code[pc] === 0) {
      if (namedClassMatch(code[pc + 1], ch)) return positive;
    } else if (ch >= code[pc] && ch <= code[pc + 1]) {
      return positive;
    }
  }
  return !positive;
}

/**
 * re1.5's `recursiveloop` with an explicit stack: alternatives to resume
 * (`pc >= 0`) and captures to restore (`pc = -1 - index`). Fills `caps`
 * (byte offsets, -1 for unset) and returns whether the program matched.
 */
function execute(
  prog: Prog,
  subj: Int8Array,
  begin: number,
  end: number,
  caps: number[],
  anchored: boolean,
): boolean {
  const code = prog.code;
  const nsub = caps.length;
  const stack: number[] = [];
  let pc = anchored ? NON_ANCHORED_PREFIX : 0;
  let sp = begin;
  for (;;) {
    let ok = true;
    const op = code[pc];
    if (op < ASSERTS && sp >= end) ok = false;
    else {
      switch (op) {
        case CHAR:
          if (subj[sp] !== code[pc + 1]) ok = false;
          else {
            pc += 2;
            sp++;
          }
          break;
        case ANY:
          pc++;
          sp++;
          break;
        case CLASS:
        case CLASS_NOT:
          if (!classMatch(code, pc + 1, subj[sp])) ok = false;
          else {
            pc += code[pc + 1] * 2 + 2;
            sp++;
          }
          break;
        case NAMED_CLASS:
          if (!namedClassMatch(code[pc + 1], subj[sp])) ok = false;
          else {
            pc += 2;
            sp++;
          }
          break;
        case MATCH:
          return true;
        case JMP:
          pc += 2 + code[pc + 1];
          break;
        case SPLIT:
          if (stack.length >= MAX_FRAMES * 2) {
            raiseRuntimeError("maximum recursion depth exceeded");
          }
          stack.push(pc + 2 + code[pc + 1], sp);
          pc += 2;
          break;
        case RSPLIT:
          if (stack.length >= MAX_FRAMES * 2) {
            raiseRuntimeError("maximum recursion depth exceeded");
          }
          stack.push(pc + 2, sp);
          pc += 2 + code[pc + 1];
          break;
        case SAVE: {
          const idx = code[pc + 1];
          pc += 2;
          if (idx >= nsub) break;
          if (stack.length >= MAX_FRAMES * 2) {
            raiseRuntimeError("maximum recursion depth exceeded");
          }
          stack.push(-1 - idx, caps[idx]);
          caps[idx] = sp;
          break;
        }
        case BOL:
          if (sp !== 0) ok = false;
          else pc++;
          break;
        case EOL:
          if (sp !== end) ok = false;
          else pc++;
          break;
        default:
          return raiseRuntimeError("re: bad opcode");
      }
    }
    if (ok) continue;
    // backtrack: undo captures up to the latest alternative
    for (;;) {
      if (stack.length === 0) return false;
      const v = stack.pop()!;
      const p = stack.pop()!;
      if (p >= 0) {
        pc = p;
        sp = v;
        break;
      }
      caps[-1 - p] = v;
    }
  }
}

// ------------------------------------------------------ Python objects

/** The bytes of an ASCII-only string, or null (cheaper than encoding short text). */
function asciiBytes(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    out[i] = c;
  }
  return out;
}

/** A str or bytes subject, as bytes, with what is needed to slice it back. */
class Subject {
  bytes: Int8Array;
  raw: Uint8Array;
  ascii: boolean;
  constructor(public obj: any) {
    if (isStr(obj)) {
      const s = strValue(obj);
      const ascii = asciiBytes(s);
      this.raw = ascii ?? encodeUtf8(s);
      this.ascii = ascii !== null;
    } else if (obj instanceof PyBytes) {
      this.raw = obj.data;
      this.ascii = false;
    } else {
      this.raw = new Uint8Array(0);
      this.ascii = false;
      raiseTypeError(
        `can't convert '${typeName(obj)}' object to str implicitly`,
      );
    }
    this.bytes = new Int8Array(
      this.raw.buffer,
      this.raw.byteOffset,
      this.raw.length,
    );
  }
  get isStr(): boolean {
    return isStr(this.obj);
  }
  /** The subject's bytes `a..b` as an object of the subject's type. */
  slice(a: number, b: number): any {
    if (!this.isStr) return new PyBytes(this.raw.slice(a, b));
    if (this.ascii) return strValue(this.obj).slice(a, b);
    return decodeUtf8(this.raw.subarray(a, b));
  }
  /** A byte offset as an index into the subject (code points for str). */
  index(off: number): number {
    if (off < 0 || !this.isStr || this.ascii) return off;
    let n = 0;
    for (let i = 0; i < off; i++) if ((this.raw[i] & 0xc0) !== 0x80) n++;
    return n;
  }
}

/** A compiled regular expression (`<re ...>`). */
export class PyRegex extends PyObject {
  constructor(public prog: Prog) {
    super(regexType);
  }
}

/** A match: the subject and the capture offsets. */
export class PyMatch extends PyObject {
  constructor(public subject: Subject, public caps: number[]) {
    super(matchType);
  }
  get num(): number {
    return this.caps.length / 2;
  }
}

/** The pattern bytes of a str or bytes pattern. */
function patternBytes(p: any): Uint8Array {
  if (isStr(p)) {
    const s = strValue(p);
    return asciiBytes(s) ?? encodeUtf8(s);
  }
  if (p instanceof PyBytes) return p.data;
  return raiseTypeError(
    `can't convert '${typeName(p)}' object to str implicitly`,
  );
}

/** Compiled programs of the patterns given as text to `re.match` etc. */
type ProgCache = Map<string, Prog>;

const CACHE_SIZE = 32;

/** A compiled pattern, or `p` compiled (through `cache` when given). */
function toRegex(p: any, cache?: ProgCache): PyRegex {
  if (p instanceof PyRegex) return p;
  if (cache === undefined || !(isStr(p) || p instanceof PyBytes)) {
    return new PyRegex(compileProg(patternBytes(p)));
  }
  const key = isStr(p) ? "s" + strValue(p) : "b" + latin1(p.data);
  let prog = cache.get(key);
  if (prog === undefined) {
    prog = compileProg(patternBytes(p));
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, prog);
  }
  return new PyRegex(prog);
}

function groupIndex(m: PyMatch, no: any): number {
  const n = toInt(no);
  if (n < 0 || n >= m.num) raise(indexErrorType, no);
  return n;
}

function group(m: PyMatch, no: any): any {
  const n = groupIndex(m, no);
  const a = m.caps[2 * n];
  if (a < 0) return null;
  return m.subject.slice(a, m.caps[2 * n + 1]);
}

function span(m: PyMatch, no: any): [number, number] {
  const n = no === undefined ? 0 : groupIndex(m, no);
  const a = m.caps[2 * n];
  if (a < 0) return [-1, -1];
  return [m.subject.index(a), m.subject.index(m.caps[2 * n + 1])];
}

/** `match`/`search`: `pos` and `endpos` apply only to a compiled pattern. */
function exec(
  anchored: boolean,
  args: any[],
  cache?: ProgCache,
): PyMatch | null {
  const compiled = args[0] instanceof PyRegex;
  const re = toRegex(args[0], cache);
  const subj = new Subject(args[1]);
  const len = subj.raw.length;
  let begin = 0;
  let end = len;
  if (compiled && args.length > 2) {
    begin = Math.min(Math.max(toInt(args[2]), 0), len);
    if (args.length > 3) end = Math.max(Math.min(toInt(args[3]), len), begin);
  }
  const caps = new Array((re.prog.sub + 1) * 2).fill(-1);
  if (!execute(re.prog, subj.bytes, begin, end, caps, anchored)) return null;
  return new PyMatch(subj, caps);
}

function split(self: PyRegex, string: any, maxsplit: any = 0): PyList {
  const subj = new Subject(string);
  const out: any[] = [];
  let max = toInt(maxsplit);
  let begin = 0;
  const end = subj.raw.length;
  for (;;) {
    const caps = new Array((self.prog.sub + 1) * 2).fill(-1);
    if (
      !execute(self.prog, subj.bytes, begin, end, caps, false) ||
      caps[0] === caps[1]
    ) break;
    out.push(subj.slice(begin, caps[0]));
    if (self.prog.sub > 0) {
      raiseNotImplementedError("splitting with sub-captures");
    }
    begin = caps[1];
    if (max > 0 && --max === 0) break;
  }
  out.push(subj.slice(begin, end));
  return new PyList(out);
}

function isCallable(x: any): boolean {
  if (
    x instanceof PyFunction || x instanceof PyBuiltin ||
    x instanceof PyBoundMethod || x instanceof PyType
  ) {
    return true;
  }
  const t = typeOf(x);
  if (t.native) return t.call !== undefined;
  return t.lookup("__call__") !== undefined;
}

/** `sub(pattern, repl, string[, count[, flags]])`: flags are ignored. */
function sub(args: any[], cache?: ProgCache): any {
  const re = toRegex(args[0], cache);
  const repl = args[1];
  const where = args[2];
  const subj = new Subject(where);
  let count = args.length > 3 ? toInt(args[3]) : 0;
  const end = subj.raw.length;
  const out: number[] = [];
  const add = (a: number, b: number) => {
    for (let i = a; i < b; i++) out.push(subj.raw[i]);
  };
  const fixed = isCallable(repl) ? null : patternBytes(repl);
  const ngroups = re.prog.sub + 1;
  let begin = 0;
  let matched = false;
  for (;;) {
    const caps = new Array(ngroups * 2).fill(-1);
    if (
      !execute(re.prog, subj.bytes, begin, end, caps, false) ||
      caps[0] === caps[1]
    ) break;
    matched = true;
    add(begin, caps[0]);
    const r = fixed ?? patternBytes(callSync(repl, [new PyMatch(subj, caps)]));
    for (let i = 0; i < r.length;) {
      if (r[i] !== 0x5c) {
        out.push(r[i++]);
        continue;
      }
      i++;
      let gFormat = false;
      if (r[i] === 0x67 && r[i + 1] === 0x3c) {
        i += 2;
        gFormat = true;
      }
      if (r[i] >= 0x30 && r[i] <= 0x39) {
        let no = 0;
        do {
          no = no * 10 + (r[i++] - 0x30);
        } while (r[i] >= 0x30 && r[i] <= 0x39);
        if (gFormat && r[i] === 0x3e) i++;
        if (no >= ngroups) raise(indexErrorType, no);
        if (caps[2 * no] >= 0) add(caps[2 * no], caps[2 * no + 1]);
      } else if (r[i] === 0x5c) {
        out.push(r[i++]);
      }
    }
    begin = caps[1];
    if (count > 0 && --count === 0) break;
  }
  if (!matched) return where;
  add(begin, end);
  if (!subj.isStr) return new PyBytes(new Uint8Array(out));
  if (out.every((b) => b < 0x80)) {
    let text = "";
    for (let i = 0; i < out.length; i += 4096) {
      text += String.fromCharCode(...out.slice(i, i + 4096));
    }
    return text;
  }
  return decodeUtf8(new Uint8Array(out), true);
}

export const matchType: PyType = defineType<PyMatch>("match", {
  repr: (m: PyMatch) => `<match num=${m.num}>`,
  locals: {
    group: builtinMethod("group", 1, 1, group),
    groups: builtinMethod("groups", 0, 0, (m: PyMatch) => {
      const out: any[] = [];
      for (let i = 1; i < m.num; i++) out.push(group(m, i));
      return new PyTuple(out);
    }),
    span: builtinMethod(
      "span",
      0,
      1,
      (m: PyMatch, no?: any) => new PyTuple(span(m, no)),
    ),
    start: builtinMethod(
      "start",
      0,
      1,
      (m: PyMatch, no?: any) => span(m, no)[0],
    ),
    end: builtinMethod("end", 0, 1, (m: PyMatch, no?: any) => span(m, no)[1]),
  },
});
matchType.baseType = false;

export const regexType: PyType = defineType<PyRegex>("re", {
  repr: (r: PyRegex) => `<re ${objectId(r).toString(16)}>`,
  locals: {
    match: builtinMethod(
      "match",
      1,
      3,
      (r: PyRegex, ...a: any[]) => exec(true, [r, ...a]),
    ),
    search: builtinMethod(
      "search",
      1,
      3,
      (r: PyRegex, ...a: any[]) => exec(false, [r, ...a]),
    ),
    split: builtinMethod("split", 1, 2, split),
    sub: builtinMethod(
      "sub",
      2,
      4,
      (r: PyRegex, ...a: any[]) => sub([r, ...a]),
    ),
  },
});
regexType.baseType = false;

/** The `re` module. */
export const reModule: ModuleFactory = defineModule("re", () => {
  const cache: ProgCache = new Map();
  return {
    compile: builtinFn(
      "compile",
      1,
      2,
      (p: any) => new PyRegex(compileProg(patternBytes(p))),
    ),
    match: builtinFn("match", 2, 4, (...a: any[]) => exec(true, a, cache)),
    search: builtinFn("search", 2, 4, (...a: any[]) => exec(false, a, cache)),
    sub: builtinFn("sub", 3, 5, (...a: any[]) => sub(a, cache)),
  };
});
