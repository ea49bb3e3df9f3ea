import { equal, ok, throws } from "node:assert/strict";
import { statfsSync } from "node:fs";
import { HostFs, VfsError } from "./vfs.ts";

Deno.test("HostFs.statvfs reports the host filesystem's figures", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const fs = new HostFs(dir, true, "/");
    const s = fs.statvfs("/")!;
    const host = statfsSync(dir);
    equal(s.length, 10);
    equal(s[0], host.bsize);
    equal(s[2], host.blocks);
    equal(s[5], host.files);
    ok(s[3] >= s[4]);
    throws(
      () => fs.statvfs("/missing"),
      (e) => e instanceof VfsError && e.errno === 2,
    );
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
