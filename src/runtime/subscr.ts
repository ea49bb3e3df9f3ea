/**
 * Subscription (`a[i]`, `a[i] = v`, `del a[i]`) and membership (`x in a`),
 * with fast paths for lists, tuples, dicts and strings.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { STOP } from "../objects/type.ts";
import { listGetSlice, listSetSlice, listType } from "../objects/list.ts";
import { tupleType } from "../objects/tuple.ts";
import { dictType } from "../objects/dict.ts";
import { PySlice, sliceType } from "../objects/slice.ts";
import { bytearrayType, bytesType } from "../objects/bytes.ts";
import { strIndex } from "../objects/str.ts";
import { eq, getIter, iterNext, typeOf } from "./ops.ts";
import { raiseKeyError, raiseTypeError } from "./raise.ts";
import { PyType } from "../objects/type.ts";
import { callSync } from "./call.ts";

// The fast paths below recognise exact builtin types by `o?.type` (a str,
// number or None has none) rather than `instanceof`, which V8's baseline and
// Maglev code run as a builtin call; instances of subclasses, and other
// native types sharing a layout, take the general path through the type.

/** `o[k]`. */
export function getItem(o: any, k: any): any {
  const ot = o?.type;
  if (typeof k === "number" && (k | 0) === k) {
    if (ot === listType || ot === tupleType) {
      const items = o.items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) return items[i];
    } else if (typeof o === "string") return strIndex(o, k);
    else if (ot === bytesType || ot === bytearrayType) {
      const data = o.data;
      const i = k < 0 ? k + data.length : k;
      if (i >= 0 && i < data.length) return data[i];
    }
  }
  if (ot === dictType) {
    const v = o.t.getItemOpt(k);
    if (v !== undefined) return v;
    return raiseKeyError(k);
  }
  const t = typeOf(o);
  if (t.getItem) return t.getItem(o, k);
  if (o instanceof PyType) {
    const cg = o.lookup("__class_getitem__");
    if (cg !== undefined) return callSync((cg as any).fn ?? cg, [o, k]);
  }
  return raiseTypeError(`'${t.name}' object isn't subscriptable`);
}

/** `o[a:b:c]` (each None when omitted), without a slice object for lists. */
export function getSlice(o: any, a: any, b: any, c: any): any {
  if (o?.type === listType) return listGetSlice(o, a, b, c);
  return getItem(o, new PySlice(a, b, c));
}

/** `o[a:b:c] = v`, without a slice object for lists. */
export function setSlice(o: any, a: any, b: any, c: any, v: any): void {
  if (o?.type === listType) listSetSlice(o, a, b, c, v);
  else setItem(o, new PySlice(a, b, c), v);
}

/** `o[k] = v`. */
export function setItem(o: any, k: any, v: any): void {
  const ot = o?.type;
  if (typeof k === "number" && (k | 0) === k) {
    if (ot === listType) {
      const items = o.items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) {
        items[i] = v;
        return;
      }
    } else if (
      ot === bytearrayType && typeof v === "number" && (v & 255) === v
    ) {
      const data = o.data;
      const i = k < 0 ? k + data.length : k;
      if (i >= 0 && i < data.length) {
        data[i] = v;
        return;
      }
    }
  }
  if (ot === dictType && !o.fixed && k?.type !== sliceType) {
    o.t.setItem(k, v);
    return;
  }
  const t = typeOf(o);
  if (t.setItem) return t.setItem(o, k, v);
  raiseTypeError(`'${t.name}' object doesn't support item assignment`);
}

/** `del o[k]`. */
export function delItem(o: any, k: any): void {
  const t = typeOf(o);
  if (t.delItem) return t.delItem(o, k);
  raiseTypeError(`'${t.name}' object doesn't support item deletion`);
}

/** `x in container`. */
export function contains(container: any, x: any): boolean {
  const t = typeOf(container);
  if (t.contains) return t.contains(container, x);
  if (!t.iter && !t.getItem) {
    raiseTypeError(`argument of type '${t.name}' is not iterable`);
  }
  const it = getIter(container);
  for (;;) {
    const v = iterNext(it);
    if (v === STOP) return false;
    if (v === x || eq(v, x)) return true;
  }
}
