// Where netprep keeps data, config and cache: XDG via env-paths, or all under NETPREP_HOME.
import { join } from "node:path";
import envPaths from "env-paths";

export interface Paths {
  data: string;
  config: string;
  cache: string;
  /** Folder of the user's own banks, loaded with the built-in ones. */
  userBanks: string;
  sessions: string;
  configFile: string;
}

export function resolvePaths(env: NodeJS.ProcessEnv = process.env): Paths {
  const home = env.NETPREP_HOME;
  const base = home
    ? { data: join(home, "data"), config: join(home, "config"), cache: join(home, "cache") }
    : envPaths("netprep", { suffix: "" });
  return {
    data: base.data,
    config: base.config,
    cache: base.cache,
    userBanks: join(base.config, "banks"),
    sessions: join(base.data, "sessions"),
    configFile: join(base.config, "config.yaml"),
  };
}
