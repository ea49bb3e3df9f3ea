/**
 * Parsing `-X heapsize=N[w][K|M]` as the unix port does.
 *
 * @module
 */

/** Bytes for a heap size spec (`2M`, `512k`, `16wK`), or null if malformed. */
export function parseHeapSize(spec: string): number | null {
  const m = /^(\d+)(w?)([kKmM]?)$/.exec(spec);
  if (!m) return null;
  let n = parseInt(m[1], 10);
  if (m[2] === "w") n *= 8;
  if (m[3] === "k" || m[3] === "K") n *= 1024;
  if (m[3] === "m" || m[3] === "M") n *= 1024 * 1024;
  return n;
}
