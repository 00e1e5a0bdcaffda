#!/usr/bin/env node
// Bundles the CLI into dist/bundle/ with esbuild: one file per lazily imported command instead of
// hundreds of modules, which roughly halves start-up time on Node 20 (no module compile cache there).
// tsc still type-checks and emits dist/** for scripts and tests; bin/netprep.js runs the bundle.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry a content hash, so an old build's chunks would pile up (and ship) without this.
rmSync("dist/bundle", { recursive: true, force: true });
await build({
  entryPoints: ["src/cli.ts"],
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
  // Some dependencies are CommonJS: they call require() for Node built-ins and read __filename
  // (write-file-atomic names its temp files with it). Give every output file those, ESM-style.
  banner: {
    js: [
      'import { createRequire as __netprepRequire } from "node:module";',
      'import { fileURLToPath as __netprepPath } from "node:url";',
      'import { dirname as __netprepDirname } from "node:path";',
      "const require = __netprepRequire(import.meta.url);",
      "const __filename = __netprepPath(import.meta.url);",
      "const __dirname = __netprepDirname(__filename);",
    ].join(" "),
  },
});
