/**
 * Python snippet tests that are known to fail, with the reason.
 * Keys are paths relative to tests/python/.
 */
export const SKIP: Record<string, string> = {
  "float/repr_mp_digits.py": "reason: %-formatting rounds floats exactly (half to even); MicroPython's own formatter prints '%.0f' % 2.5 as 3",
  "micropython/gc_mem_moves.py": "reason: no heap accounting: gc.mem_alloc() is always 0 and gc.mem_free() never moves",
  "micropython/gc_test.py": "reason: gc.mem_alloc() returns 0 (no heap accounting)",
};
