/**
 * Prints the JavaScript the code generator emits for a Python file (a
 * debugging aid: `deno run -A tools/dump_js.ts file.py`).
 */
import { compileSource } from "../src/runtime/exec.ts";
import { setupEngine } from "../src/runtime/init.ts";

setupEngine();
const file = Deno.args[0];
if (!file) {
  console.error("usage: dump_js.ts FILE.py");
  Deno.exit(2);
}
const code = compileSource(Deno.readTextFileSync(file), file, "exec");
console.log(code.js);
