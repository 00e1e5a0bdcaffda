// A fresh folder under the run's temporary root (see global-setup.ts), which is removed when the run ends.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import "./global-setup.js";

export function testDir(prefix: string): string {
  return mkdtempSync(join(inject("tmpRoot") ?? tmpdir(), prefix));
}
