import { randomBytes } from "node:crypto";
import { type IdKind, idPrefixes } from "@covalt/contracts";

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
let lastTime = 0;
let sequence = 0;

function encode(value: bigint, length: number): string {
  let text = "";
  let rest = value;
  for (let index = 0; index < length; index += 1) {
    text = (alphabet[Number(rest % 32n)] ?? "0") + text;
    rest /= 32n;
  }
  return text;
}

/**
 * `prefix_` + 10 characters of milliseconds + 4 of a per-millisecond counter + 12 random. Ids
 * made later in this process always sort after earlier ones, even within one millisecond, so
 * "newest sibling" and keyset pages can order by id.
 */
export function newId(kind: IdKind): string {
  const now = Math.max(Date.now(), lastTime);
  sequence = now === lastTime ? sequence + 1 : 0;
  lastTime = now;
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`);
  return `${idPrefixes[kind]}_${encode(BigInt(now), 10)}${encode(BigInt(sequence), 4)}${encode(random, 12)}`;
}
