import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

/** Resident set size of a running process in MiB (the unit printed as "MB"). */
export function residentSetMegabytes(pid: number): number {
  const statusFile = `/proc/${pid}/status`;
  // /proc is exact and cheap on Linux; `ps` keeps the benchmark usable on macOS.
  const kilobytes = existsSync(statusFile)
    ? Number(/^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(statusFile, "utf8"))?.[1])
    : Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim());
  if (!Number.isFinite(kilobytes) || kilobytes <= 0) throw new Error(`could not read the RSS of process ${pid}`);
  return kilobytes / 1024;
}
