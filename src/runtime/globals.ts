/**
 * Module namespaces whose variables generated code reaches through cells.
 *
 * A module's globals are a `GlobalsMap`: to the rest of the engine (module
 * attributes, `globals()`, `import *`) an ordinary insertion-ordered
 * `Map<string, value>`, but each name's value lives in a `Cell` that
 * compiled code looks up once, when the module code is instantiated, and
 * then reads as a plain property (`cell.v`) instead of hashing the name on
 * every access. A cell outlives deletion of its name (its value is then
 * `undefined`, meaning unbound), so references held by code stay valid.
 *
 * Code run with a plain `Map` as its globals (`exec(src, {})`) gets
 * `MapCell`s that read and write through the map.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

/** One global variable; `v` is `undefined` while the name is unbound. */
export class Cell {
  v: any = undefined;
  constructor(readonly owner: GlobalsMap, readonly name: any) {}

  /** Binds the variable (inserting the name into its namespace if new). */
  set(x: any): void {
    if (this.v === undefined) this.owner.set(this.name, x);
    else this.v = x;
  }
}

/** A cell over a plain `Map` namespace. */
export class MapCell {
  constructor(readonly m: Map<any, any>, readonly name: any) {}
  get v(): any {
    return this.m.get(this.name);
  }
  set(x: any): void {
    this.m.set(this.name, x);
  }
}

/** A module namespace: a `Map` of bound names whose values live in cells. */
export class GlobalsMap extends Map<any, any> {
  /** Every cell handed out, bound or not. */
  private cells = new Map<any, Cell>();

  constructor(entries?: Iterable<readonly [any, any]>) {
    super();
    if (entries) { for (const [k, v] of entries) this.set(k, v); }
  }

  /** The cell of `name` (created unbound if new). */
  cell(name: any): Cell {
    let c = this.cells.get(name);
    if (c === undefined) {
      c = new Cell(this, name);
      this.cells.set(name, c);
    }
    return c;
  }

  override get(k: any): any {
    const c: Cell | undefined = super.get(k);
    return c === undefined ? undefined : c.v;
  }

  override set(k: any, v: any): this {
    const c: Cell | undefined = super.get(k);
    if (c !== undefined) {
      c.v = v;
      return this;
    }
    const n = this.cell(k);
    n.v = v;
    super.set(k, n);
    return this;
  }

  override delete(k: any): boolean {
    const c: Cell | undefined = super.get(k);
    if (c === undefined) return false;
    c.v = undefined;
    return super.delete(k);
  }

  override clear(): void {
    for (const c of super.values()) (c as Cell).v = undefined;
    super.clear();
  }

  override forEach(
    f: (value: any, key: any, map: Map<any, any>) => void,
    thisArg?: any,
  ): void {
    super.forEach((c: Cell, k) => f.call(thisArg, c.v, k, this));
  }

  override *entries(): MapIterator<[any, any]> {
    for (const [k, c] of super.entries()) yield [k, (c as Cell).v];
  }

  override *values(): MapIterator<any> {
    for (const c of super.values()) yield (c as Cell).v;
  }

  override [Symbol.iterator](): MapIterator<[any, any]> {
    return this.entries();
  }
}

/** The cell of `name` in a namespace of either kind. */
export function cellOf(g: Map<any, any>, name: any): Cell | MapCell {
  return g instanceof GlobalsMap ? g.cell(name) : new MapCell(g, name);
}
