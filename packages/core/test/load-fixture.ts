import { readFileSync } from "node:fs";
import { RunEventEnvelope } from "@covalt/contracts";

/** Reads a recorded stream and validates it against the v1 contract, so fixtures cannot drift. */
export function loadStream(name: string): RunEventEnvelope[] {
  const raw = JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), "utf8")) as unknown[];
  return raw.map((envelope) => RunEventEnvelope.parse(envelope));
}

export const streamNames = [
  "plain-text",
  "reasoning-text-tools",
  "nested-member-runs",
  "provider-error",
  "cancel-during-approval",
] as const;
