/**
 * The `errno` module. Mirrors MicroPython's `py/moderrno.c`.
 *
 * @module
 */

import { PyDict } from "../objects/dict.ts";
import { defineModule, type ModuleFactory } from "./registry_util.ts";

/** Error numbers MicroPython names (the values are Linux's). */
export const ERRNO: Record<string, number> = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  EBADF: 9,
  EAGAIN: 11,
  ENOMEM: 12,
  EACCES: 13,
  EEXIST: 17,
  ENODEV: 19,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  ENOSPC: 28,
  EROFS: 30,
  ENOTEMPTY: 39,
  EOPNOTSUPP: 95,
  EADDRINUSE: 98,
  ECONNABORTED: 103,
  ECONNRESET: 104,
  ENOBUFS: 105,
  ENOTCONN: 107,
  ETIMEDOUT: 110,
  ECONNREFUSED: 111,
  EHOSTUNREACH: 113,
  EALREADY: 114,
  EINPROGRESS: 115,
};

const NAMES = new Map<number, string>(
  Object.entries(ERRNO).map(([k, v]) => [v, k]),
);

/** The symbolic name of an errno value, or undefined. */
export function errorcodeName(n: number): string | undefined {
  return NAMES.get(n);
}

/** The `errno` module. */
export const errnoModule: ModuleFactory = defineModule("errno", () => {
  const errorcode = new PyDict();
  for (const [k, v] of Object.entries(ERRNO)) errorcode.setItem(v, k);
  errorcode.fixed = true;
  return { ...ERRNO, errorcode };
});
