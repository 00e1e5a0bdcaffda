// One temporary folder for the whole run, removed when it ends: every test home, store and profile lives under it,
// so a run leaves nothing behind in the system temp folder (thousands of homes otherwise, one per spawned binary).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    tmpRoot: string;
  }
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "netprep-tests-"));
  project.provide("tmpRoot", root);
  return () => rmSync(root, { recursive: true, force: true });
}
