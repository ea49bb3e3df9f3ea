/**
 * The attribute dictionary of instances of user classes.
 *
 * A `Map` costs a hash table per instance; creating objects with a few
 * attributes is about ten times cheaper with a JS object, which V8 lays out
 * like a struct. `AttrMap` keeps string keys in such an object (`b`) and
 * presents the `Map` interface the rest of the engine uses (`__dict__` is
 * a dict view on it). The object's prototype chain is a single object with
 * a null prototype, so no Python name means anything to JS: `__proto__` and
 * `constructor` are ordinary keys. Keys that are not strings (only possible
 * through `__dict__`) live in an ordinary Map beside it.
 *
 * One difference from a dict: string keys that look like array indices
 * ("1") are listed before the others (JS orders such keys numerically).
 *
 * An instance of a user class is its own attribute map (`PyInstance`
 * extends `AttrMap`, and its `dict` is itself): one object fewer per
 * instance than a separate map.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { PyObject, type PyType } from "./type.ts";

/** The storage object: fast properties, no inherited names. */
const Bag = function () {} as unknown as new () => Record<string, any>;
Bag.prototype = Object.create(null);

/**
 * A Python object that is a `Map` of attribute names to values, stored in a
 * JS object (the base class of `PyInstance`).
 */
export class AttrMap extends PyObject implements Map<any, any> {
  /**
   * Values by name; a missing name reads as `undefined`. Generated code
   * reads and writes it directly for instances of plain classes.
   */
  b: Record<string, any>;
  /** Entries whose keys are not strings. */
  other: Map<any, any> | null = null;

  constructor(type: PyType) {
    super(type);
    this.b = new Bag();
  }

  get(k: any): any {
    if (typeof k === "string") return this.b[k];
    return this.other === null ? undefined : this.other.get(k);
  }

  set(k: any, v: any): this {
    if (typeof k === "string") this.b[k] = v;
    else (this.other ??= new Map()).set(k, v);
    return this;
  }

  has(k: any): boolean {
    if (typeof k === "string") return this.b[k] !== undefined;
    return this.other !== null && this.other.has(k);
  }

  delete(k: any): boolean {
    if (typeof k === "string") {
      if (this.b[k] === undefined) return false;
      delete this.b[k];
      return true;
    }
    return this.other !== null && this.other.delete(k);
  }

  clear(): void {
    this.b = new Bag();
    this.other = null;
  }

  get size(): number {
    let n = 0;
    for (const _ in this.b) n++;
    return n + (this.other === null ? 0 : this.other.size);
  }

  *entries(): MapIterator<[any, any]> {
    const b = this.b;
    for (const k in b) yield [k, b[k]];
    if (this.other !== null) yield* this.other.entries();
  }

  *keys(): MapIterator<any> {
    for (const k in this.b) yield k;
    if (this.other !== null) yield* this.other.keys();
  }

  *values(): MapIterator<any> {
    const b = this.b;
    for (const k in b) yield b[k];
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
