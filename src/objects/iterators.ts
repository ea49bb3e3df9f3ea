/**
 * Built-in iterator types: `enumerate`, `zip`, `map`, `filter`, `reversed`,
 * the sequence iterator (`__getitem__` protocol) and `iter(f, sentinel)`.
 *
 * Mirrors MicroPython's `py/objenumerate.c`, `objzip.c`, `objmap.c`,
 * `objfilter.c`, `objreversed.c` and `objgetitemiter.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { defineType, KwArgs, PyObject, PyType, STOP } from "./type.ts";
import {
  eq,
  getIter,
  iterNextRaw as iterNext,
  pyLen,
  toInt,
  truthy,
  typeOf,
} from "../runtime/ops.ts";
import { raiseRuntimeError, raiseTypeError } from "../runtime/raise.ts";
import { callSync } from "../runtime/call.ts";
import { PyTuple, tupleType } from "./tuple.ts";
import { listType } from "./list.ts";
import { rangeType } from "./range.ts";
import { indexErrorType, PyException, stopIterationType } from "./exception.ts";

const selfIter = (self: any) => self;

/** Iterator over an object with `__getitem__` (the old sequence protocol). */
export class SeqIter extends PyObject {
  declare i: number;
  constructor(public seq: any) {
    super(seqIterType);
    this.i = 0;
  }
}

export const seqIterType: PyType = defineType<SeqIter>("iterator", {
  iter: selfIter,
  iterNext(self: SeqIter) {
    if (self.seq === null) return STOP;
    try {
      return typeOf(self.seq).getItem!(self.seq, self.i++);
    } catch (e) {
      if (
        e instanceof PyException &&
        (e.type.isSubclass(indexErrorType) ||
          e.type.isSubclass(stopIterationType))
      ) {
        self.seq = null;
        return STOP;
      }
      throw e;
    }
  },
});

/** `iter(callable, sentinel)`. */
export class CallIter extends PyObject {
  constructor(public fn: any, public sentinel: any) {
    super(callIterType);
  }
}

export const callIterType: PyType = defineType<CallIter>("callable_iterator", {
  iter: selfIter,
  iterNext(self: CallIter) {
    if (self.fn === null) return STOP;
    const v = callSync(self.fn, []);
    if (eq(v, self.sentinel)) {
      self.fn = null;
      return STOP;
    }
    return v;
  },
});

/**
 * How deeply enumerate/zip/map/filter objects may wrap one another: each
 * level is a nested native call when iterating, and MicroPython raises
 * `RuntimeError` when such nesting exhausts its stack.
 */
const MAX_NESTING = 1000;

/** The wrapping depth of an iterator over `inner` (see `MAX_NESTING`). */
function nesting(inner: any): number {
  return (inner instanceof PyEnumerate || inner instanceof PyZip ||
      inner instanceof PyMap || inner instanceof PyFilter)
    ? inner.depth + 1
    : 0;
}

function maxNesting(iters: any[]): number {
  let d = 0;
  for (const it of iters) d = Math.max(d, nesting(it));
  return d;
}

function tooDeep(): never {
  return raiseRuntimeError("maximum recursion depth exceeded");
}

/** `enumerate(iterable, start=0)`. */
export class PyEnumerate extends PyObject {
  depth: number;
  constructor(public it: any, public n: any) {
    super(enumerateType);
    this.depth = nesting(it);
  }
}

export const enumerateType: PyType = defineType<PyEnumerate>("enumerate", {
  makeNew(_type, args: any[], kw: KwArgs | null) {
    const iterable = args[0] ?? kw?.get("iterable");
    if (iterable === undefined) {
      raiseTypeError("function missing 1 required positional arguments");
    }
    const start = args[1] ?? kw?.get("start") ?? 0;
    return new PyEnumerate(getIter(iterable), toInt(start));
  },
  iter: selfIter,
  iterNext(self: PyEnumerate) {
    if (self.depth > MAX_NESTING) tooDeep();
    const v = iterNext(self.it);
    if (v === STOP) return STOP;
    return new PyTuple([self.n++, v]);
  },
});

/** `zip(*iterables)`. */
export class PyZip extends PyObject {
  depth: number;
  constructor(public its: any[]) {
    super(zipType);
    this.depth = maxNesting(its);
  }
}

export const zipType: PyType = defineType<PyZip>("zip", {
  makeNew: (_type, args: any[]) => new PyZip(args.map(getIter)),
  iter: selfIter,
  iterNext(self: PyZip) {
    if (self.its.length === 0) return STOP;
    if (self.depth > MAX_NESTING) tooDeep();
    const out = new Array(self.its.length);
    for (let i = 0; i < self.its.length; i++) {
      const v = iterNext(self.its[i]);
      if (v === STOP) return STOP;
      out[i] = v;
    }
    return new PyTuple(out);
  },
});

/** `map(fn, *iterables)`. */
export class PyMap extends PyObject {
  depth: number;
  constructor(public fn: any, public its: any[]) {
    super(mapType);
    this.depth = maxNesting(its);
  }
}

export const mapType: PyType = defineType<PyMap>("map", {
  makeNew(_type, args: any[]) {
    if (args.length < 2) {
      raiseTypeError(
        `function missing ${2 - args.length} required positional arguments`,
      );
    }
    return new PyMap(args[0], args.slice(1).map(getIter));
  },
  iter: selfIter,
  iterNext(self: PyMap) {
    if (self.depth > MAX_NESTING) tooDeep();
    const vals = new Array(self.its.length);
    for (let i = 0; i < self.its.length; i++) {
      const v = iterNext(self.its[i]);
      if (v === STOP) return STOP;
      vals[i] = v;
    }
    return callSync(self.fn, vals);
  },
});

/** `filter(fn, iterable)`. */
export class PyFilter extends PyObject {
  depth: number;
  constructor(public fn: any, public it: any) {
    super(filterType);
    this.depth = nesting(it);
  }
}

export const filterType: PyType = defineType<PyFilter>("filter", {
  makeNew(_type, args: any[]) {
    if (args.length !== 2) {
      raiseTypeError("function takes 2 positional arguments");
    }
    return new PyFilter(args[0], getIter(args[1]));
  },
  iter: selfIter,
  iterNext(self: PyFilter) {
    if (self.depth > MAX_NESTING) tooDeep();
    for (;;) {
      const v = iterNext(self.it);
      if (v === STOP) return STOP;
      const keep = self.fn === null
        ? truthy(v)
        : truthy(callSync(self.fn, [v]));
      if (keep) return v;
    }
  },
});

/** `reversed(seq)`. */
export class PyReversed extends PyObject {
  constructor(public seq: any, public i: number) {
    super(reversedType);
  }
}

export const reversedType: PyType = defineType<PyReversed>("reversed", {
  makeNew(_type, args: any[]) {
    if (args.length !== 1) {
      raiseTypeError("function takes 1 positional arguments");
    }
    const seq = args[0];
    const t = typeOf(seq);
    const rev = t.lookup("__reversed__");
    if (rev !== undefined) return callSync(rev, [seq]);
    if (!t.getItem || !t.len) {
      raiseTypeError(`object of type '${t.name}' has no len()`);
    }
    return new PyReversed(seq, pyLen(seq));
  },
  iter: selfIter,
  iterNext: reversedNext,
});

/**
 * The next item of a `reversed` object (`STOP` at the end): native lists,
 * tuples and ranges are read directly, anything else through its item slot.
 */
export function reversedNext(self: PyReversed): any {
  if (self.i <= 0) return STOP;
  const i = --self.i;
  const seq = self.seq;
  const t = seq?.type;
  if (t === rangeType) {
    if (seq.big === null) return seq.start + i * seq.step;
  } else if (t === listType || t === tupleType) {
    const items = seq.items;
    if (i < items.length) return items[i];
  }
  return typeOf(seq).getItem!(seq, i);
}
