/**
 * Python snippet tests that are known to fail, with the reason.
 * Keys are paths relative to tests/python/.
 */
export const SKIP: Record<string, string> = {};
