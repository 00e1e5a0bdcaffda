// Where netprep is installed and its version, found the same way whether the code runs from tsc's
// per-file output (dist/**) or from the bundle (dist/bundle/*): walk up to our package.json.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "netprep")
      return dir;
    dir = dirname(dir);
  }
  throw new Error("netprep's package.json was not found above its code; the installation is broken");
}

export const PACKAGE_ROOT = findRoot();
export const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string })
  .version;
/** The file this code was loaded from: its stamp changes with every build (used to key caches). */
export const CODE_FILE = fileURLToPath(import.meta.url);
