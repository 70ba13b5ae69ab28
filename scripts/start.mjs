// `npm start`: builds whatever is stale, then runs the server with the flags given after `--`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (...parts) => join(root, ...parts);

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Covalt needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

/** Newest modification time under the given files and folders (0 when none exist). */
function newestChange(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== "node_modules" && entry !== "dist") visit(join(path, entry));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

const isStale = (output, inputs) => !existsSync(output) || statSync(output).mtimeMs < newestChange(inputs);
const shared = [at("packages/contracts/src"), at("packages/core/src"), at("package-lock.json")];
const targets = [
  {
    workspace: "@covalt/web",
    output: at("packages/web/dist/index.html"),
    inputs: [
      ...shared,
      at("packages/web/src"),
      at("packages/web/public"),
      at("packages/web/index.html"),
      at("packages/web/vite.config.ts"),
    ],
  },
  {
    workspace: "@covalt/server",
    output: at("packages/server/dist/cli.js"),
    inputs: [
      ...shared,
      at("packages/plugin-sdk/src"),
      at("plugins"),
      at("packages/server/src"),
      at("packages/server/vite.config.ts"),
    ],
  },
];

for (const target of targets) {
  if (!isStale(target.output, target.inputs)) continue;
  console.log(`Building ${target.workspace}…`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "build", "-w", target.workspace], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) {
    console.error(`Building ${target.workspace} failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
}

await import(pathToFileURL(at("packages/server/dist/cli.js")).href);
