import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Message } from "esbuild";
import { CovaltError } from "@covalt/core";

export interface BundleRequest {
  /** `<dataDir>/toolsets/.build`. */
  cacheRoot: string;
  /** Readable prefix of the cache folder, e.g. the toolset id. */
  label: string;
  /** Hash of the sources known before building; the folder is `<label>-<key>`. */
  sourceKey: string;
  /** Output file name (without extension) → absolute source file. */
  entryPoints: Record<string, string>;
  nodePaths: string[];
  /** Written next to the outputs, e.g. the tool index. */
  extraFiles?: Record<string, string>;
}

/** Recorded in each bundle; the bundle is reused only while every input file is unchanged. */
interface BundleRecord {
  format: number;
  inputs: Record<string, string>;
}

const bundleRecordFile = "bundle.json";
const bundleFormat = 1;

/**
 * Compiles entry points (TypeScript or JavaScript) into self-contained ESM files for Node 20, in
 * a cache folder reused across restarts. Validity is checked against esbuild's list of every file
 * that went in (dependencies included), so an edited helper or package rebuilds too.
 */
export async function ensureBundle(request: BundleRequest): Promise<string> {
  // Loaded on first use: most starts never compile anything.
  const { version: esbuildVersion } = await import("esbuild");
  const key = createHash("sha256").update(`${request.sourceKey}\0${esbuildVersion}\0${bundleFormat}`).digest("hex");
  const directory = join(request.cacheRoot, `${request.label}-${key.slice(0, 16)}`);
  if (await isFresh(directory)) return directory;

  await mkdir(request.cacheRoot, { recursive: true });
  const staging = join(request.cacheRoot, `.staging-${request.label}-${randomUUID()}`);
  try {
    const inputs = await compileInto(staging, request);
    for (const [name, content] of Object.entries(request.extraFiles ?? {}))
      await writeFile(join(staging, name), content);
    const record: BundleRecord = { format: bundleFormat, inputs };
    await writeFile(join(staging, bundleRecordFile), JSON.stringify(record));
    // Build beside, then swap in with rename, so a half-written bundle is never used.
    await rm(directory, { recursive: true, force: true });
    await rename(staging, directory).catch(async (error: unknown) => {
      // Another host built the same bundle at the same moment; theirs is as good as ours.
      if (!(await isFresh(directory))) throw error;
    });
    return directory;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function compileInto(outdir: string, request: BundleRequest): Promise<Record<string, string>> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: Object.entries(request.entryPoints).map(([out, input]) => ({ in: input, out })),
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    nodePaths: request.nodePaths,
    // CommonJS dependencies call `require`, which ESM output lacks unless it is created.
    banner: {
      js: 'import { createRequire as __covaltCreateRequire } from "node:module";\nconst require = __covaltCreateRequire(import.meta.url);',
    },
    metafile: true,
    logLevel: "silent",
  }).catch((error: unknown) => {
    const errors = (error as { errors?: Message[] }).errors ?? [];
    const details = errors.map(describeMessage).join("\n") || String(error);
    throw new CovaltError("tool-failed", `Could not compile the tools of "${request.label}":\n${details}`);
  });
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.includes(":")) continue; // virtual modules such as node builtins
    const absolute = resolve(input);
    inputs[absolute] = await hashFile(absolute);
  }
  return inputs;
}

function describeMessage(message: Message): string {
  const where = message.location
    ? `${message.location.file}:${message.location.line}:${message.location.column + 1}: `
    : "";
  return `${where}${message.text}`;
}

async function isFresh(directory: string): Promise<boolean> {
  try {
    const record = JSON.parse(await readFile(join(directory, bundleRecordFile), "utf8")) as BundleRecord;
    if (record.format !== bundleFormat) return false;
    for (const [path, hash] of Object.entries(record.inputs)) {
      if ((await hashFile(path).catch(() => "")) !== hash) return false;
    }
    return true;
  } catch {
    return false;
  }
}

async function hashFile(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}
