/**
 * The `time` module. Sleeping suspends the script (DESIGN.md property 1):
 * `sleep` returns a generator that yields a `Suspend` request to the
 * board's driver loop, which waits on the host's event loop.
 *
 * Mirrors MicroPython's `extmod/modtime.c` and `extmod/utime_mphal.c`.
 *
 * @module
 */

// deno-lint-ignore-file no-explicit-any

import { builtinFn } from "../objects/type.ts";
import { PyTuple } from "../objects/tuple.ts";
import { newFloat } from "../objects/float.ts";
import { toFloat } from "../objects/float.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";
import { iterToArray, toInt } from "../runtime/ops.ts";
import {
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
} from "../runtime/raise.ts";
import { sleepGen } from "../runtime/suspend.ts";
import type { Interp } from "../state.ts";

const PERIOD = 1 << 30;
const HALF = PERIOD / 2;

/** `ticks_diff(a, b)` arithmetic on the 2**30 wrap-around period. */
export function ticksDiff(a: number, b: number): number {
  return ((((a - b + HALF) % PERIOD) + PERIOD) % PERIOD) - HALF;
}

function sleepMs(ms: number): any {
  if (ms < 0) raiseValueError("sleep length must be non-negative");
  return sleepGen(ms);
}

const DAYS_BEFORE_MONTH = [
  0,
  31,
  59,
  90,
  120,
  151,
  181,
  212,
  243,
  273,
  304,
  334,
];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Seconds since 1970 → (year, month, mday, hour, minute, second, weekday, yearday). */
export function timeTuple(secs: number): PyTuple {
  const d = new Date(secs * 1000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const yday = DAYS_BEFORE_MONTH[m] + d.getUTCDate() +
    (m > 1 && isLeap(y) ? 1 : 0);
  return new PyTuple([
    y,
    m + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yday,
  ]);
}

/** The `time` module. */
export const timeModule: ModuleFactory = defineModule(
  "time",
  (interp: Interp) => {
    const cfg = interp.config;
    const start = cfg.ticksMs();
    const ms = () => cfg.ticksMs() - start;
    return {
      sleep: builtinFn("sleep", 1, 1, (s: any) => sleepMs(toFloat(s) * 1000)),
      sleep_ms: builtinFn("sleep_ms", 1, 1, (n: any) => sleepMs(toInt(n))),
      sleep_us: builtinFn(
        "sleep_us",
        1,
        1,
        (n: any) => sleepMs(toInt(n) / 1000),
      ),
      ticks_ms: builtinFn("ticks_ms", 0, 0, () => Math.floor(ms()) % PERIOD),
      ticks_us: builtinFn(
        "ticks_us",
        0,
        0,
        () => Math.floor(ms() * 1000) % PERIOD,
      ),
      ticks_cpu: builtinFn(
        "ticks_cpu",
        0,
        0,
        () => Math.floor(ms() * 1000) % PERIOD,
      ),
      ticks_diff: builtinFn(
        "ticks_diff",
        2,
        2,
        (a: any, b: any) => ticksDiff(toInt(a), toInt(b)),
      ),
      ticks_add: builtinFn("ticks_add", 2, 2, (a: any, b: any) => {
        const d = toInt(b);
        if (d > HALF - 1 || d < -(HALF - 1)) {
          raiseOverflowError("ticks interval overflow");
        }
        const r = (toInt(a) + toInt(b)) % PERIOD;
        return r < 0 ? r + PERIOD : r;
      }),
      time: builtinFn("time", 0, 0, () => Math.floor(cfg.epochSeconds())),
      time_ns: builtinFn(
        "time_ns",
        0,
        0,
        () => BigInt(Math.floor(cfg.epochSeconds() * 1e6)) * 1000n,
      ),
      gmtime: builtinFn(
        "gmtime",
        0,
        1,
        (s: any = null) =>
          timeTuple(s === null ? Math.floor(cfg.epochSeconds()) : toInt(s)),
      ),
      localtime: builtinFn(
        "localtime",
        0,
        1,
        (s: any = null) =>
          timeTuple(s === null ? Math.floor(cfg.epochSeconds()) : toInt(s)),
      ),
      mktime: builtinFn("mktime", 1, 1, (t: any) => {
        const a = iterToArray(t);
        if (a.length < 6) {
          raiseTypeError("mktime needs a tuple of length 8 or 9");
        }
        return Math.floor(
          Date.UTC(
            toInt(a[0]),
            toInt(a[1]) - 1,
            toInt(a[2]),
            toInt(a[3]),
            toInt(a[4]),
            toInt(a[5]),
          ) / 1000,
        );
      }),
      _float_time: builtinFn(
        "_float_time",
        0,
        0,
        () => newFloat(cfg.epochSeconds()),
      ),
    };
  },
);
