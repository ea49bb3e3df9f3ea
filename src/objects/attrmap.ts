/**
 * The attribute dictionary of instances of user classes.
 *
 * A `Map` costs a hash table per instance; creating objects with a few
 * attributes is about ten times cheaper with a JS object, which V8 lays out
 * like a struct. An instance of a user class is its own attribute map
 * (`PyInstance` extends `AttrMap`, and its `dict` is itself): each string
 * key is one of its own JS properties, under `attrKey(name)` (`$name`), so
 * no Python name can meet the object's fields or prototype methods
 * (`__proto__`, `type`, `get` are ordinary attributes). The class presents
 * the `Map` interface the rest of the engine uses (`__dict__` is a dict view
 * on it). Keys that are not strings (only possible through `__dict__`) live
 * in an ordinary Map beside it.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { PyObject, type PyType } from "./type.ts";

/**
 * The JS property that holds attribute `name`: the name behind a `$`, so it
 * cannot meet the object's own fields (`type`, `dict`, `other`) or anything
 * its prototypes define (no engine name starts with `$`), and an
 * index-like name ("1") stays an ordinary property, listed in insertion
 * order. The code generator puts the key into generated code (`o["$x"]`);
 * at run time keys come from a cache, as building one costs a string per
 * access.
 */
export function attrKey(name: string): string {
  let k = KEYS.get(name);
  if (k === undefined) {
    k = "$" + name;
    if (KEYS.size < 4096) KEYS.set(name, k);
  }
  return k;
}
const KEYS = new Map<string, string>();

/** True for a JS property name that holds an attribute. */
function isKey(k: string): boolean {
  return k.charCodeAt(0) === 36; // "$"
}

/**
 * A Python object that is a `Map` of attribute names to values, stored as
 * its own JS properties (the base class of `PyInstance`): one object per
 * instance, laid out by V8 like a struct.
 */
export class AttrMap extends PyObject implements Map<any, any> {
  /** Entries whose keys are not strings. */
  other: Map<any, any> | null = null;

  constructor(type: PyType) {
    super(type);
  }

  get(k: any): any {
    if (typeof k === "string") return (this as any)[attrKey(k)];
    return this.other === null ? undefined : this.other.get(k);
  }

  set(k: any, v: any): this {
    if (typeof k === "string") (this as any)[attrKey(k)] = v;
    else (this.other ??= new Map()).set(k, v);
    return this;
  }

  has(k: any): boolean {
    if (typeof k === "string") return (this as any)[attrKey(k)] !== undefined;
    return this.other !== null && this.other.has(k);
  }

  delete(k: any): boolean {
    if (typeof k === "string") {
      const key = attrKey(k);
      if ((this as any)[key] === undefined) return false;
      delete (this as any)[key];
      return true;
    }
    return this.other !== null && this.other.delete(k);
  }

  clear(): void {
    for (const k of Object.keys(this)) if (isKey(k)) delete (this as any)[k];
    this.other = null;
  }

  get size(): number {
    let n = 0;
    for (const k of Object.keys(this)) if (isKey(k)) n++;
    return n + (this.other === null ? 0 : this.other.size);
  }

  *entries(): MapIterator<[any, any]> {
    for (const k of Object.keys(this)) {
      if (isKey(k)) yield [k.slice(1), (this as any)[k]];
    }
    if (this.other !== null) yield* this.other.entries();
  }

  *keys(): MapIterator<any> {
    for (const k of Object.keys(this)) if (isKey(k)) yield k.slice(1);
    if (this.other !== null) yield* this.other.keys();
  }

  *values(): MapIterator<any> {
    for (const k of Object.keys(this)) if (isKey(k)) yield (this as any)[k];
    if (this.other !== null) yield* this.other.values();
  }

  forEach(
    f: (value: any, key: any, map: Map<any, any>) => void,
    thisArg?: any,
  ): void {
    for (const [k, v] of this.entries()) f.call(thisArg, v, k, this);
  }

  getOrInsert(k: any, v: any): any {
    const old = this.get(k);
    if (old !== undefined) return old;
    this.set(k, v);
    return v;
  }

  getOrInsertComputed(k: any, f: (k: any) => any): any {
    const old = this.get(k);
    if (old !== undefined) return old;
    const v = f(k);
    this.set(k, v);
    return v;
  }

  [Symbol.iterator](): MapIterator<[any, any]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return "AttrMap";
  }
}
