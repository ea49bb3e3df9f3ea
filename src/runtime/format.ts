/**
 * String formatting: `%` (printf-style), the format-spec mini-language of
 * `format()` and f-strings, and `str.format`.
 *
 * Mirrors MicroPython's `py/objstr.c` (`mp_obj_str_format`,
 * `str_modulo_format`) and `py/mpprint.c`. Floats are formatted from their
 * exact binary value with round-half-even, as CPython does, so
 * `'%.0f' % 2.5` is `'2'` and `'%.2f' % 1e25` shows every digit.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import type { KwArgs } from "../objects/type.ts";
import { PyBuiltin } from "../objects/type.ts";
import {
  intValue,
  isInt,
  pyRepr,
  pyStr,
  strLen,
  typeName,
  typeOf,
} from "./ops.ts";
import {
  raiseIndexError,
  raiseKeyError,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
} from "./raise.ts";
import {
  floatRepr,
  floatValue,
  isFloat,
  PyFloat,
  toFloat,
} from "../objects/float.ts";
import { intToFloat } from "../objects/int.ts";
import { isStr, strValue } from "../objects/str.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyDict } from "../objects/dict.ts";
import { callSync } from "./call.ts";
import { getAttr } from "./attr.ts";
import { asciiRepr } from "./ascii.ts";
import {
  bufferOf,
  encodeUtf8,
  fromLatin1,
  latin1,
  PyByteArray,
  PyBytes,
} from "../objects/bytes.ts";

// ------------------------------------------------------------ float digits

function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** Splits a positive finite double into `[m, e]` with `v = m * 2**e`. */
function decompose(v: number): [bigint, number] {
  const f64 = new DataView(new ArrayBuffer(8));
  f64.setFloat64(0, v);
  const hi = f64.getUint32(0);
  const lo = f64.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  while (e < 0 && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}

/** `round(v * 10**k)` for a positive double, ties to even. */
function scaledRound(v: number, k: number): bigint {
  const [m, e] = decompose(v);
  let num = m;
  let den = 1n;
  if (e > 0) num <<= BigInt(e);
  else if (e < 0) den <<= BigInt(-e);
  if (k > 0) num *= pow10(k);
  else if (k < 0) den *= pow10(-k);
  if (den === 1n) return num;
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** `a` (finite, >= 0) with `p` digits after the point, correctly rounded. */
export function fixedDigits(a: number, p: number): string {
  if (a === 0) return p > 0 ? "0." + "0".repeat(p) : "0";
  // toFixed is exact except that it rounds ties up: use it when no tie
  // is possible (a tie needs a * 2**(p+1) to be an integer).
  if (a < 1e21 && p <= 100 && !Number.isInteger(a * 2 ** (p + 1))) {
    return a.toFixed(p);
  }
  const s = scaledRound(a, p).toString();
  if (p === 0) return s;
  const t = s.padStart(p + 1, "0");
  return t.slice(0, t.length - p) + "." + t.slice(t.length - p);
}

/**
 * The `p + 1` significant digits of `a` (finite, > 0), correctly rounded,
 * and the decimal exponent of the first digit.
 */
export function expDigits(a: number, p: number): [string, number] {
  if (p <= 100) {
    const s = a.toExponential(p);
    const ei = s.indexOf("e");
    const exp = parseInt(s.slice(ei + 1), 10);
    const k = p - exp + 2;
    const tie = k >= 0 ? Number.isInteger(a * 2 ** k) : Number.isInteger(a);
    if (!tie) return [s.slice(0, ei).replace(".", ""), exp];
  }
  let exp = Math.floor(Math.log10(a));
  const lo = pow10(p);
  const hi = pow10(p + 1);
  for (;;) {
    const n = scaledRound(a, p - exp);
    if (n >= hi) exp++;
    else if (n < lo) exp--;
    else return [n.toString(), exp];
  }
}

function expSuffix(exp: number): string {
  return "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
}

function stripZeros(frac: string): string {
  let n = frac.length;
  while (n > 0 && frac.charCodeAt(n - 1) === 0x30) n--;
  return frac.slice(0, n);
}

/**
 * Formats `a` (finite, >= 0) without sign for a float presentation type
 * `e`, `f`, `g`, or `""` (no type: repr, or `g`-like with a precision).
 */
function floatBody(
  a: number,
  type: string,
  prec: number,
  alt: boolean,
): string {
  switch (type) {
    case "f": {
      const s = fixedDigits(a, prec < 0 ? 6 : prec);
      return alt && !s.includes(".") ? s + "." : s;
    }
    case "e": {
      const p = prec < 0 ? 6 : prec;
      const [digits, exp] = a === 0 ? ["0".repeat(p + 1), 0] : expDigits(a, p);
      const dot = p > 0 || alt ? "." : "";
      return digits[0] + dot + digits.slice(1) + expSuffix(exp);
    }
    case "":
      if (prec < 0) return floatRepr(a);
      // falls through: like 'g', with a '.0' on fixed-point results
    case "g": {
      const noType = type === "";
      const p = prec < 0 ? 6 : prec === 0 ? 1 : prec;
      const [digits, exp] = a === 0 ? ["0".repeat(p), 0] : expDigits(a, p - 1);
      if (exp >= -4 && exp < (noType ? p - 1 : p)) {
        let int: string;
        let frac: string;
        if (exp >= 0) {
          int = digits.slice(0, exp + 1);
          frac = digits.slice(exp + 1);
        } else {
          int = "0";
          frac = "0".repeat(-exp - 1) + digits;
        }
        if (!alt) frac = stripZeros(frac);
        if (frac !== "" || alt) return int + "." + frac;
        return noType ? int + ".0" : int;
      }
      let frac = digits.slice(1);
      if (!alt) frac = stripZeros(frac);
      const dot = frac !== "" || alt ? "." : "";
      return digits[0] + dot + frac + expSuffix(exp);
    }
  }
  return floatRepr(a);
}

/**
 * Formats a float for a presentation type (`e E f F g G %`, or `""` for
 * `str()`-like output), with `prec` digits (-1 for the default) and a
 * leading `-` when negative.
 */
export function formatFloat(
  v: number,
  type: string,
  prec = -1,
  alt = false,
): string {
  const neg = v < 0 || Object.is(v, -0);
  return (neg ? "-" : "") + floatAbs(Math.abs(v), type, prec, alt);
}

function floatAbs(a: number, type: string, prec: number, alt: boolean): string {
  if (type === "%") return floatAbs(a * 100, "f", prec, alt) + "%";
  const lower = type.toLowerCase();
  let body: string;
  if (Number.isNaN(a)) body = "nan";
  else if (!Number.isFinite(a)) body = "inf";
  else body = floatBody(a, lower === "n" ? "g" : lower, prec, alt);
  return type === "E" || type === "F" || type === "G"
    ? body.toUpperCase()
    : body;
}

// --------------------------------------------------------------- padding

/** Pads `s` (of code-point length `len`) to `width` with `fill`. */
function pad(
  s: string,
  len: number,
  width: number,
  fill: string,
  align: string,
): string {
  const n = width - len;
  if (n <= 0) return s;
  switch (align) {
    case "<":
      return s + fill.repeat(n);
    case "^": {
      const left = n >> 1;
      return fill.repeat(left) + s + fill.repeat(n - left);
    }
    default:
      return fill.repeat(n) + s;
  }
}

/** Inserts `sep` every `group` digits from the right, zero-filling to `minWidth`. */
function groupDigits(
  digits: string,
  group: number,
  sep: string,
  minWidth: number,
): string {
  let k = digits.length;
  while (k + Math.floor((k - 1) / group) < minWidth) k++;
  const d = digits.padStart(k, "0");
  let out = "";
  let first = k % group;
  if (first === 0) first = group;
  out = d.slice(0, first);
  for (let i = first; i < k; i += group) out += sep + d.slice(i, i + group);
  return out;
}

/** A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.prec][type]`. */
interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  prec: number;
  type: string;
}

const ALIGN = "<>=^";
const TYPES = "bcdeEfFgGnosxX%";

function parseSpec(spec: string): Spec {
  const s = hasSurrogates(spec) ? Array.from(spec) : spec;
  const n = s.length;
  const out: Spec = {
    fill: "",
    align: "",
    sign: "",
    alt: false,
    zero: false,
    width: -1,
    grouping: "",
    prec: -1,
    type: "",
  };
  let i = 0;
  if (n >= 2 && ALIGN.includes(s[1])) {
    out.fill = s[0];
    out.align = s[1];
    i = 2;
  } else if (n >= 1 && ALIGN.includes(s[0])) {
    out.align = s[0];
    i = 1;
  }
  if (i < n && (s[i] === "+" || s[i] === "-" || s[i] === " ")) {
    out.sign = s[i++];
  }
  if (i < n && s[i] === "#") {
    out.alt = true;
    i++;
  }
  if (i < n && s[i] === "0") {
    out.zero = true;
    i++;
  }
  let j = i;
  while (j < n && s[j] >= "0" && s[j] <= "9") j++;
  if (j > i) out.width = parseInt(join(s, i, j), 10);
  i = j;
  if (i < n && (s[i] === "," || s[i] === "_")) out.grouping = s[i++];
  if (i < n && s[i] === ".") {
    i++;
    j = i;
    while (j < n && s[j] >= "0" && s[j] <= "9") j++;
    if (j > i) out.prec = parseInt(join(s, i, j), 10);
    i = j;
  }
  if (i < n && TYPES.includes(s[i])) out.type = s[i++];
  if (i < n) raiseValueError("invalid format specifier");
  return out;
}

function join(s: string | string[], i: number, j: number): string {
  return typeof s === "string" ? s.slice(i, j) : s.slice(i, j).join("");
}

const SURROGATE = /[\uD800-\uDFFF]/;

function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** Pads a number split in sign+prefix, integer digits and the rest. */
function padNumber(
  sp: Spec,
  signPrefix: string,
  intDigits: string,
  rest: string,
  group: number,
  defaultAlign: string,
): string {
  let fill = sp.fill;
  let align = sp.align;
  if (sp.zero) {
    if (!fill) fill = "0";
    if (!align) align = "=";
  }
  if (!fill) fill = " ";
  if (!align) align = defaultAlign;
  let digits = intDigits;
  if (sp.grouping && group > 0 && intDigits !== "") {
    const zeroFill = fill === "0" && align === "=";
    const minWidth = zeroFill ? sp.width - signPrefix.length - rest.length : 0;
    digits = groupDigits(intDigits, group, sp.grouping, minWidth);
  }
  const body = digits + rest;
  const len = signPrefix.length + strLen(body);
  if (align === "=") {
    const n = sp.width - len;
    return signPrefix + (n > 0 ? fill.repeat(n) : "") + body;
  }
  return pad(signPrefix + body, len, sp.width, fill, align);
}

function signOf(neg: boolean, sign: string): string {
  if (neg) return "-";
  if (sign === "+") return "+";
  if (sign === " ") return " ";
  return "";
}

// ------------------------------------------------------------ format spec

function formatInt(v: number | bigint, sp: Spec, name = "int"): string {
  let type = sp.type;
  switch (type) {
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatSpec(intToFloat(v), sp);
    case "s":
      return unknownCode(type, name);
  }
  if (type === "c") {
    if (sp.sign) {
      raiseValueError("sign not allowed with integer format specifier 'c'");
    }
    if (v < 0 || v >= 0x110000) {
      raiseOverflowError("char not in range(0x110000)");
    }
    const ch = String.fromCodePoint(Number(v));
    const fill = sp.fill || (sp.zero ? "0" : " ");
    return pad(ch, 1, sp.width, fill, sp.align || ">");
  }
  if (type === "" || type === "n") type = "d";
  const base = type === "b" ? 2 : type === "o" ? 8 : type === "d" ? 10 : 16;
  const neg = v < 0;
  let digits = (neg ? -v : v).toString(base);
  if (type === "X") digits = digits.toUpperCase();
  let prefix = "";
  if (sp.alt && base !== 10) prefix = "0" + type;
  return padNumber(
    sp,
    signOf(neg, sp.sign) + prefix,
    digits,
    "",
    base === 10 ? 3 : 4,
    ">",
  );
}

function formatFloatSpec(v: number, sp: Spec): string {
  const type = sp.type;
  if (!"eEfFgGn%".includes(type)) unknownCode(type, "float");
  const neg = v < 0 || Object.is(v, -0);
  const body = floatAbs(Math.abs(v), type, sp.prec, sp.alt);
  let i = 0;
  while (
    i < body.length && body.charCodeAt(i) >= 0x30 && body.charCodeAt(i) <= 0x39
  ) i++;
  return padNumber(
    sp,
    signOf(neg, sp.sign),
    body.slice(0, i),
    body.slice(i),
    3,
    ">",
  );
}

function formatStrSpec(s: string, sp: Spec): string {
  if (sp.type !== "" && sp.type !== "s") unknownCode(sp.type, "str");
  if (sp.sign && sp.type === "s") {
    raiseValueError("sign not allowed in string format specifier");
  }
  if (sp.align === "=") {
    raiseValueError("'=' alignment not allowed in string format specifier");
  }
  let len = -1;
  if (sp.prec >= 0) {
    if (hasSurrogates(s)) {
      const cps = Array.from(s);
      if (cps.length > sp.prec) s = cps.slice(0, sp.prec).join("");
      len = Math.min(cps.length, sp.prec);
    } else if (s.length > sp.prec) s = s.slice(0, sp.prec);
  }
  if (sp.width < 0) return s;
  if (len < 0) len = strLen(s);
  const fill = sp.fill || (sp.zero ? "0" : " ");
  return pad(s, len, sp.width, fill, sp.align || "<");
}

function unknownCode(type: string, name: string): never {
  return raiseValueError(
    `unknown format code '${type}' for object of type '${name}'`,
  );
}

/** True when `t` is a Python class that defines its own `__format__`. */
function userFormat(t: any): boolean {
  if (t.native) return false;
  const m = t.lookup("__format__");
  return m !== undefined && !(m instanceof PyBuiltin);
}

/** `format(value, spec)`: calls a user `__format__`, else `formatBuiltin`. */
export function formatValue(v: any, spec: string): string {
  if (typeof v === "object" && v !== null) {
    const t = typeOf(v);
    if (userFormat(t)) return t.format!(v, spec);
  }
  return formatBuiltin(v, spec);
}

/**
 * The format-spec mini-language for built-in values (int, bool, float, str
 * and their subclasses), ignoring any user `__format__`: what the native
 * `__format__` methods do. Other objects use their `format` slot, or
 * `str()` for an empty spec.
 */
export function formatBuiltin(v: any, spec: string): string {
  switch (typeof v) {
    case "string":
      return spec === "" ? v : formatStrSpec(v, parseSpec(spec));
    case "number":
      if (!Number.isInteger(v)) {
        return spec === "" ? floatRepr(v) : formatFloatSpec(v, parseSpec(spec));
      }
      return spec === "" ? String(v) : formatInt(v, parseSpec(spec));
    case "bigint":
      return spec === "" ? String(v) : formatInt(v, parseSpec(spec));
    case "boolean":
      if (spec === "") return v ? "True" : "False";
      return formatInt(v ? 1 : 0, parseSpec(spec), "bool");
  }
  if (v === null) {
    if (spec === "") return "None";
    return raiseTypeError(
      "unsupported format string passed to NoneType.__format__",
    );
  }
  const t = typeOf(v);
  if (spec === "") return pyStr(v);
  if (v instanceof PyFloat) return formatFloatSpec(v.value, parseSpec(spec));
  if (isInt(v)) return formatInt(intValue(v), parseSpec(spec), t.name);
  if (isStr(v)) return formatStrSpec(strValue(v), parseSpec(spec));
  const nb = t.nativeBase;
  if (nb.format) return nb.format(v, spec);
  return raiseTypeError(
    `unsupported format string passed to ${t.name}.__format__`,
  );
}

// ------------------------------------------------------------- str.format

/** `fmt.format(*args, **kw)`. */
export function strFormat(fmt: string, args: any[], kw: KwArgs | null): string {
  const state = { next: 0 };
  return formatHelper(fmt, args, kw, state);
}

function formatHelper(
  fmt: string,
  args: any[],
  kw: KwArgs | null,
  state: { next: number },
): string {
  let out = "";
  const top = fmt.length;
  let lit = 0;
  for (let i = 0; i < top; i++) {
    const c = fmt[i];
    if (c === "}") {
      out += fmt.slice(lit, i);
      i++;
      if (i < top && fmt[i] === "}") {
        out += "}";
        lit = i + 1;
        continue;
      }
      raiseValueError("single '}' encountered in format string");
    }
    if (c !== "{") continue;
    out += fmt.slice(lit, i);
    i++;
    if (i < top && fmt[i] === "{") {
      out += "{";
      lit = i + 1;
      continue;
    }
    // replacement_field ::= "{" [field_name] ["!" conversion] [":" spec] "}"
    const nameStart = i;
    let depth = 0;
    while (i < top) {
      const d = fmt[i];
      if (d === "[") depth++;
      else if (d === "]") depth = 0;
      else if (depth === 0 && (d === "}" || d === "!" || d === ":")) break;
      i++;
    }
    const fieldName = fmt.slice(nameStart, i);
    let conversion = "";
    if (i < top && fmt[i] === "!") {
      i++;
      if (i >= top) {
        raiseValueError("end of format while looking for conversion specifier");
      }
      if (fmt[i] !== "r" && fmt[i] !== "s" && fmt[i] !== "a") {
        raiseValueError(`unknown conversion specifier ${fmt[i]}`);
      }
      conversion = fmt[i++];
    }
    let spec = "";
    if (i < top && fmt[i] === ":") {
      i++;
      const specStart = i;
      for (let nest = 1; i < top; i++) {
        if (fmt[i] === "{") nest++;
        else if (fmt[i] === "}" && --nest === 0) break;
      }
      spec = fmt.slice(specStart, i);
    }
    if (i >= top) raiseValueError("unmatched '{' in format");
    if (fmt[i] !== "}") raiseValueError("expected ':' after format specifier");
    lit = i + 1;
    let arg = lookupField(fieldName, args, kw, state);
    if (spec.includes("{")) spec = formatHelper(spec, args, kw, state);
    if (conversion === "r") arg = pyRepr(arg);
    else if (conversion === "s") arg = pyStr(arg);
    else if (conversion === "a") arg = asciiRepr(pyRepr(arg));
    out += formatValue(arg, spec);
  }
  return out + fmt.slice(lit);
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function lookupField(
  name: string,
  args: any[],
  kw: KwArgs | null,
  state: { next: number },
): any {
  let end = 0;
  while (end < name.length && name[end] !== "." && name[end] !== "[") end++;
  const first = name.slice(0, end);
  let arg: any;
  if (first === "") {
    if (state.next < 0) {
      raiseValueError(
        "can't switch from manual field specification to automatic field numbering",
      );
    }
    if (state.next >= args.length) raiseIndexError("tuple index out of range");
    arg = args[state.next++];
  } else if (isDigits(first)) {
    if (state.next > 0) {
      raiseValueError(
        "can't switch from automatic field numbering to manual field specification",
      );
    }
    state.next = -1;
    const index = parseInt(first, 10);
    if (index >= args.length) raiseIndexError("tuple index out of range");
    arg = args[index];
  } else {
    arg = kw?.get(first);
    if (arg === undefined) raiseKeyError(first);
  }
  let i = end;
  while (i < name.length) {
    if (name[i] === ".") {
      let j = i + 1;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      const attr = name.slice(i + 1, j);
      if (attr === "") raiseValueError("empty attribute in format string");
      arg = getAttr(arg, attr);
      i = j;
    } else if (name[i] === "[") {
      const j = name.indexOf("]", i);
      if (j < 0) raiseValueError("missing ']' in format string");
      const key = name.slice(i + 1, j);
      if (key === "") raiseValueError("empty attribute in format string");
      const t = typeOf(arg);
      if (!t.getItem) raiseTypeError(`'${t.name}' object isn't subscriptable`);
      arg = t.getItem(arg, isDigits(key) ? parseInt(key, 10) : key);
      i = j + 1;
    } else {
      raiseValueError(
        "only '.' or '[' may follow ']' in format field specifier",
      );
    }
  }
  return arg;
}

// ------------------------------------------------------------ % formatting

/** Pieces of the `%` formatter that differ between str and bytes. */
interface Mode {
  bytes: boolean;
  /** Converts text produced by `str()`/`repr()` to an output piece. */
  text(s: string): string;
  /** Length of an output piece. */
  len(s: string): number;
  /** The first `n` units of an output piece. */
  take(s: string, n: number): string;
}

const STR_MODE: Mode = {
  bytes: false,
  text: (s) => s,
  len: (s) => strLen(s),
  take(s, n) {
    if (!hasSurrogates(s)) return s.slice(0, n);
    return Array.from(s).slice(0, n).join("");
  },
};

const BYTES_MODE: Mode = {
  bytes: true,
  text: (s) => latin1(encodeUtf8(s)),
  len: (s) => s.length,
  take: (s, n) => s.slice(0, n),
};

/** `fmt % args` for str. */
export function percentFormat(fmt: string, args: any): string {
  return percentCore(fmt, args, STR_MODE);
}

/** `fmt % args` for bytes. */
export function percentFormatBytes(fmt: Uint8Array, args: any): Uint8Array {
  return fromLatin1(percentCore(latin1(fmt), args, BYTES_MODE));
}

function percentInt(arg: any, conv: string): number | bigint {
  if (typeof arg === "number" && Number.isInteger(arg)) return arg;
  if (isFloat(arg) && (conv === "d" || conv === "i" || conv === "u")) {
    const f = floatValue(arg);
    if (Number.isNaN(f)) raiseValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(f)) {
      raiseOverflowError("cannot convert float infinity to integer");
    }
    const t = Math.trunc(f);
    return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
  }
  if (isInt(arg)) return intValue(arg);
  const t = typeOf(arg);
  const names = conv === "d" || conv === "i" || conv === "u"
    ? ["__int__", "__index__"]
    : ["__index__"];
  for (const name of names) {
    const m = t.lookup(name);
    if (m !== undefined) {
      const r = callSync(m, [arg]);
      if (isInt(r)) return intValue(r);
      raiseTypeError(`${name} returned non-int (type ${typeName(r)})`);
    }
  }
  return raiseTypeError(`can't convert ${t.name} to int`);
}

function percentCore(fmt: string, argsIn: any, mode: Mode): string {
  let args: any[];
  let dict: any = null;
  if (argsIn instanceof PyTuple) args = argsIn.items;
  else if (argsIn instanceof PyDict) {
    args = [argsIn];
    dict = argsIn;
  } else args = [argsIn];
  const nArgs = args.length;
  let argI = 0;
  let out = "";
  const top = fmt.length;
  const needMore = (): never =>
    raiseTypeError("format string needs more arguments");
  for (let i = 0; i < top; i++) {
    let c = fmt[i];
    if (c !== "%") {
      let j = fmt.indexOf("%", i);
      if (j < 0) j = top;
      out += fmt.slice(i, j);
      i = j - 1;
      continue;
    }
    if (++i >= top) raiseValueError("incomplete format");
    if (fmt[i] === "%") {
      out += "%";
      continue;
    }
    let arg: any = undefined;
    if (fmt[i] === "(") {
      if (dict === null) raiseTypeError("format needs a dict");
      argI = 1;
      const key = ++i;
      while (i < top && fmt[i] !== ")") i++;
      if (i >= top) raiseValueError("incomplete format key");
      const k = fmt.slice(key, i);
      arg = dict.getItemOpt(k);
      if (arg === undefined) raiseKeyError(k);
      i++;
    }
    let left = false;
    let sign = "";
    let alt = false;
    let zero = false;
    for (; i < top; i++) {
      c = fmt[i];
      if (c === "-") left = true;
      else if (c === "+") sign = "+";
      else if (c === " ") {
        if (sign !== "+") sign = " ";
      } else if (c === "#") alt = true;
      else if (c === "0") zero = true;
      else break;
    }
    let width = 0;
    if (i < top) {
      if (fmt[i] === "*") {
        if (argI >= nArgs) needMore();
        width = percentInt(args[argI++], "*") as number;
        if (width < 0) {
          left = true;
          width = -width;
        }
        i++;
      } else {
        const j = i;
        while (i < top && fmt[i] >= "0" && fmt[i] <= "9") i++;
        if (i > j) width = parseInt(fmt.slice(j, i), 10);
      }
    }
    let prec = -1;
    if (i < top && fmt[i] === ".") {
      if (++i < top) {
        if (fmt[i] === "*") {
          if (argI >= nArgs) needMore();
          prec = percentInt(args[argI++], "*") as number;
          if (prec < 0) prec = 0;
          i++;
        } else {
          const j = i;
          while (i < top && fmt[i] >= "0" && fmt[i] <= "9") i++;
          prec = i > j ? parseInt(fmt.slice(j, i), 10) : 0;
        }
      }
    }
    if (i >= top) raiseValueError("incomplete format");
    if (arg === undefined) {
      if (argI >= nArgs) needMore();
      arg = args[argI++];
    }
    c = fmt[i];
    const padSpaces = (s: string): string => {
      const n = width - mode.len(s);
      if (n <= 0) return s;
      return left ? s + " ".repeat(n) : " ".repeat(n) + s;
    };
    const padNum = (signPrefix: string, digits: string): string => {
      const n = width - signPrefix.length - mode.len(digits);
      if (n <= 0) return signPrefix + digits;
      if (left) return signPrefix + digits + " ".repeat(n);
      if (zero) return signPrefix + "0".repeat(n) + digits;
      return " ".repeat(n) + signPrefix + digits;
    };
    switch (c) {
      case "c": {
        let ch: string;
        if (isStr(arg)) {
          ch = strValue(arg);
          if (strLen(ch) !== 1) raiseTypeError("%c needs int or char");
        } else if (isInt(arg)) {
          const v = intValue(arg);
          if (v < 0 || v >= (mode.bytes ? 256 : 0x110000)) {
            raiseOverflowError(
              mode.bytes
                ? "char not in range(256)"
                : "char not in range(0x110000)",
            );
          }
          ch = mode.bytes
            ? String.fromCharCode(Number(v))
            : String.fromCodePoint(Number(v));
        } else if (
          mode.bytes && (arg instanceof PyBytes || arg instanceof PyByteArray)
        ) {
          if (arg.data.length !== 1) raiseTypeError("%c needs int or char");
          ch = String.fromCharCode(arg.data[0]);
        } else return raiseTypeError("integer needed");
        out += padSpaces(mode.bytes && isStr(arg) ? mode.text(ch) : ch);
        break;
      }
      case "d":
      case "i":
      case "u":
      case "o":
      case "x":
      case "X": {
        const v = percentInt(arg, c);
        const neg = v < 0;
        const base = c === "o" ? 8 : c === "x" || c === "X" ? 16 : 10;
        let digits = (neg ? -v : v).toString(base);
        if (c === "X") digits = digits.toUpperCase();
        if (prec > digits.length) digits = digits.padStart(prec, "0");
        let prefix = "";
        if (alt && base !== 10) prefix = c === "o" ? "0o" : "0" + c;
        out += padNum(signOf(neg, sign) + prefix, digits);
        break;
      }
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G": {
        const v = typeof arg === "number" ? arg : toFloat(arg);
        const neg = v < 0 || Object.is(v, -0);
        out += padNum(signOf(neg, sign), floatAbs(Math.abs(v), c, prec, alt));
        break;
      }
      case "r":
      case "s":
      case "a": {
        let s: string;
        if (c === "s" && mode.bytes && isBytesLike(arg)) {
          s = latin1(bufferOf(arg));
        } else {
          const text = c === "s"
            ? pyStr(arg)
            : c === "r"
            ? pyRepr(arg)
            : asciiRepr(pyRepr(arg));
          s = mode.text(text);
        }
        if (prec >= 0 && mode.len(s) > prec) s = mode.take(s, prec);
        out += padSpaces(s);
        break;
      }
      default: {
        const code = c.codePointAt(0)!;
        const ch = String.fromCodePoint(code);
        raiseValueError(
          `unsupported format character '${ch}' (0x${
            code.toString(16)
          }) at index ${strLen(fmt.slice(0, i))}`,
        );
      }
    }
  }
  if (dict === null && argI !== nArgs) {
    raiseTypeError("format string didn't convert all arguments");
  }
  return out;
}

function isBytesLike(x: any): boolean {
  if (x instanceof PyBytes || x instanceof PyByteArray) return true;
  return typeof x === "object" && x !== null && typeOf(x).name === "memoryview";
}
