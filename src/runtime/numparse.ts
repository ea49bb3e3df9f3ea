/**
 * Parsing numbers from strings, as `int()`, `float()` and `complex()` do.
 *
 * @module
 */

import { raiseValueError } from "./raise.ts";
import { normBig, strRepr } from "./ops.ts";

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Parses an int literal in `base` (0 = auto-detect prefix), like `int(s, base)`. */
export function parseIntLiteral(text: string, base: number): number | bigint {
  const fail = (): never =>
    raiseValueError(
      `invalid syntax for integer with base ${base}: ${strRepr(text)}`,
    );
  if (base !== 0 && (base < 2 || base > 36)) {
    raiseValueError("int() arg 2 must be >= 2 and <= 36");
  }
  let s = text.trim();
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  const lower = s.toLowerCase();
  const prefixes: [string, number][] = [["0x", 16], ["0o", 8], ["0b", 2]];
  let b = base;
  for (const [p, pb] of prefixes) {
    if (lower.startsWith(p) && (base === 0 || base === pb)) {
      b = pb;
      s = s.slice(2);
      if (s.startsWith("_")) s = s.slice(1);
      break;
    }
  }
  if (b === 0) {
    b = 10;
    if (/^0+[0-9_]*$/.test(s) && /[1-9]/.test(s)) fail();
  }
  if (
    s.length === 0 || s.startsWith("_") || s.endsWith("_") || s.includes("__")
  ) fail();
  s = s.replace(/_/g, "").toLowerCase();
  let v = 0;
  let big: bigint | null = null;
  const bb = BigInt(b);
  for (const ch of s) {
    const d = DIGITS.indexOf(ch);
    if (d < 0 || d >= b) fail();
    if (big === null) {
      const nv = v * b + d;
      if (nv <= Number.MAX_SAFE_INTEGER) {
        v = nv;
        continue;
      }
      big = BigInt(v);
    }
    big = big * bb + BigInt(d);
  }
  if (big !== null) return normBig(neg ? -big : big);
  return neg ? (v === 0 ? 0 : -v) : v;
}

const FLOAT_RE = /^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?)$/;

/** Parses a float as `float(s)` does (inf, nan, exponents, underscores). */
export function parseFloatLiteral(text: string): number {
  const s = text.trim();
  const low = s.toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(low);
  if (m) {
    if (m[2] === "nan") return NaN;
    return m[1] === "-" ? -Infinity : Infinity;
  }
  if (
    FLOAT_RE.test(s) && /\d/.test(s) && !/^[+-]?[eE]/.test(s) &&
    !/^[+-]?\.[eE]/.test(s)
  ) {
    const v = Number(s.replace(/_/g, ""));
    if (!Number.isNaN(v)) return v;
  }
  return raiseValueError("invalid syntax for number");
}

/** Parses a complex literal such as `1+2j`, returning [real, imag]. */
export function parseComplexLiteral(text: string): [number, number] {
  let s = text.trim().replace(/^\((.*)\)$/, "$1").trim();
  const fail = (): never => raiseValueError("invalid syntax for number");
  if (/[jJ]$/.test(s)) {
    s = s.slice(0, -1);
    // find split point between real and imag: last + or - not after e
    for (let i = s.length - 1; i > 0; i--) {
      if ((s[i] === "+" || s[i] === "-") && !/[eE]/.test(s[i - 1])) {
        const re = s.slice(0, i);
        const im = s.slice(i);
        return [
          parseFloatLiteral(re),
          im === "+" ? 1 : im === "-" ? -1 : parseFloatLiteral(im),
        ];
      }
    }
    if (s === "" || s === "+") return [0, 1];
    if (s === "-") return [0, -1];
    return [0, parseFloatLiteral(s)];
  }
  if (s === "") fail();
  return [parseFloatLiteral(s), 0];
}
