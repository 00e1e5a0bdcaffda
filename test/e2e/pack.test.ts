// What a user gets from the registry: pack the project, install the tarball into an empty prefix,
// and run the installed binary. Catches a missing `files` entry or a dev-only import.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempHome } from "../support/cli.js";

describe("the published package", () => {
  it("installs from its tarball and runs --version and validate", () => {
    const dir = tempHome();
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    if (!packed) throw new Error("npm pack printed nothing");
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("bin/netprep.js");
    expect(paths).toContain("dist/bundle/cli.js");
    expect(paths.some((p) => p.startsWith("dist/") && !p.startsWith("dist/bundle/"))).toBe(false);
    expect(paths).toContain("questions/netprep.schema.json");
    expect(paths.some((p) => p.startsWith("test/") || p.startsWith("src/"))).toBe(false);

    const prefix = join(dir, "prefix");
    const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz")) as string);
    execFileSync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--prefer-offline", tarball], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const bin = join(prefix, "node_modules/.bin/netprep");
    const env = { PATH: process.env.PATH, NETPREP_HOME: join(dir, "home"), NO_COLOR: "1" };

    const version = spawnSync(bin, ["--version"], { encoding: "utf8", env });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);

    const validate = spawnSync(bin, ["validate"], { encoding: "utf8", env, cwd: dir });
    expect(validate.stderr).toBe("");
    expect(validate.stdout).toMatch(/✔ \d+ files, \d+ questions: no problems/);
    expect(validate.status).toBe(0);
  }, 240_000);
});
