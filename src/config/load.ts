// Finds and reads the config file: the one given, else one in the working directory.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { configError, CONFIG_FILE_NAMES, DEFAULT_CONFIG, parseConfig, type Config } from "./config.js";
import { describeFsError } from "../fs/errors.js";
import { DataFileError } from "../packs/yaml-source.js";

export function loadConfig(explicit: string | undefined, cwd: string): Config {
  const file = explicit ?? CONFIG_FILE_NAMES.map((name) => join(cwd, name)).find((f) => existsSync(f));
  if (!file) return DEFAULT_CONFIG;
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (e) {
    throw new DataFileError(`${file}: cannot read config (${describeFsError(e)})`);
  }
  const config = parseConfig(file, content);
  config.ruleFolders.forEach((folder, i) => {
    if (!existsSync(folder)) throw configError(config, ["ruleFolders", i], `ruleFolders[${i}]: no such folder: ${folder}`);
  });
  return config;
}
