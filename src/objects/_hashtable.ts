/**
 * The insertion-ordered hash table behind `dict`, `set` and `frozenset`.
 *
 * Keys with a natural JS identity go into a JS `Map` directly: str, int
 * (number or bigint), a non-NaN float (as its JS number: a raw float is its
 * own key), None, and objects that hash by identity. Keys equal to one of
 * those are normalised first (`True` → 1, boxed `2.0` → 2, boxed `2.5` →
 * 2.5), with the original key remembered in `orig`. Every other hashable key (tuples,
 * frozensets, objects with `__hash__`/`__eq__`) gets a `Token` found through
 * `buckets` by hash and Python equality. The Map keeps insertion order.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import type { PyType } from "./type.ts";
import { PyFloat } from "./float.ts";
import { PyComplex } from "./complex.ts";
import { eq } from "../runtime/ops.ts";
import { raiseTypeError } from "../runtime/raise.ts";

/** Stand-in Map key for a key compared by hash and `__eq__`. */
export class Token {
  constructor(public key: any, public hash: number) {}
}

const COMPLEX = Symbol("complex");

/** Normalised Map key of a Python key, or `COMPLEX`. */
function norm(key: any): any {
  switch (typeof key) {
    case "string":
    case "number":
    case "bigint":
      return key;
    case "boolean":
      return key ? 1 : 0;
  }
  if (key === null) return null;
  if (key instanceof PyFloat) {
    const v = key.value;
    if (!key.type.native && !key.type.plainValueKey) return COMPLEX;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
    if (Number.isNaN(v)) return key;
    return v;
  }
  if (key instanceof PyComplex && key.imag === 0 && key.type.native) {
    // equal to the float of its real part (and hashed the same)
    const v = key.real;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
    if (Number.isNaN(v)) return COMPLEX;
    return v;
  }
  const t: PyType = key.type;
  if (t.identityHash) return key;
  if (!t.native && t.plainValueKey && (key as any).value !== undefined) {
    // str/int subclass without its own __hash__/__eq__: hash as the value
    const v = (key as any).value;
    if (
      typeof v === "string" || typeof v === "number" || typeof v === "bigint"
    ) return v;
  }
  return COMPLEX;
}

/** Computes the hash of a key on the Token path (raises if unhashable). */
function hashOf(key: any): number {
  const t: PyType = key.type;
  if (!t.hash) {
    return raiseTypeError(`unsupported type for __hash__: '${t.name}'`);
  }
  return t.hash(key);
}

/** The ordered table of entries of a dict or set. */
export class HashTable {
  /** Normalised key (or Token) → value. */
  declare m: Map<any, any>;
  /** Normalised key → original key, where they differ. */
  declare orig: Map<any, any> | null;
  /** Hash → Tokens with that hash. */
  declare buckets: Map<number, Token[]> | null;

  constructor(m?: Map<any, any>) {
    this.orig = null;
    this.buckets = null;
    this.m = m ?? new Map();
  }

  /** Number of entries. */
  get size(): number {
    return this.m.size;
  }

  private findToken(key: any, h: number): Token | undefined {
    const b = this.buckets?.get(h);
    if (b === undefined) return undefined;
    for (const tok of b) if (tok.key === key || eq(tok.key, key)) return tok;
    return undefined;
  }

  /** The value for `key`, or `undefined` when absent. */
  getItemOpt(key: any): any {
    if (typeof key === "string") return this.m.get(key);
    const n = norm(key);
    if (n !== COMPLEX) return this.m.get(n);
    const tok = this.findToken(key, hashOf(key));
    return tok === undefined ? undefined : this.m.get(tok);
  }

  /** True when `key` is present. */
  hasItem(key: any): boolean {
    if (typeof key === "string") return this.m.has(key);
    const n = norm(key);
    if (n !== COMPLEX) return this.m.has(n);
    return this.findToken(key, hashOf(key)) !== undefined;
  }

  /** Sets `key` to `value` (keeping the first-inserted key object). */
  setItem(key: any, value: any): void {
    if (typeof key === "string") {
      this.m.set(key, value);
      return;
    }
    const n = norm(key);
    if (n !== COMPLEX) {
      if (n !== key && !this.m.has(n)) {
        if (this.orig === null) this.orig = new Map();
        this.orig.set(n, key);
      }
      this.m.set(n, value);
      return;
    }
    const h = hashOf(key);
    let tok = this.findToken(key, h);
    if (tok === undefined) {
      tok = new Token(key, h);
      if (this.buckets === null) this.buckets = new Map();
      const b = this.buckets.get(h);
      if (b === undefined) this.buckets.set(h, [tok]);
      else b.push(tok);
    }
    this.m.set(tok, value);
  }

  /** Removes `key`; returns its value, or `undefined` when absent. */
  deleteItem(key: any): any {
    const n = typeof key === "string" ? key : norm(key);
    if (n !== COMPLEX) {
      const v = this.m.get(n);
      if (v === undefined && !this.m.has(n)) return undefined;
      this.m.delete(n);
      this.orig?.delete(n);
      return v;
    }
    const h = hashOf(key);
    const tok = this.findToken(key, h);
    if (tok === undefined) return undefined;
    const v = this.m.get(tok);
    this.m.delete(tok);
    const b = this.buckets!.get(h)!;
    b.splice(b.indexOf(tok), 1);
    if (b.length === 0) this.buckets!.delete(h);
    return v;
  }

  /** The Python key for a Map key. */
  pyKey(k: any): any {
    if (k instanceof Token) return k.key;
    if (this.orig !== null) {
      const o = this.orig.get(k);
      if (o !== undefined) return o;
    }
    return k;
  }

  /** Removes every entry. */
  clearItems(): void {
    this.m.clear();
    this.orig = null;
    this.buckets = null;
  }

  /** Keys in insertion order (Python keys). */
  keyArray(): any[] {
    const out: any[] = [];
    for (const k of this.m.keys()) out.push(this.pyKey(k));
    return out;
  }

  /** Copies every entry of `other` into this table. */
  copyFrom(other: HashTable): void {
    if (other.orig === null && other.buckets === null && this.m.size === 0) {
      for (const [k, v] of other.m) this.m.set(k, v);
      return;
    }
    for (const [k, v] of other.m) this.setItem(other.pyKey(k), v);
  }
}
