import ipaddr from "ipaddr.js";

/** One address a request is about to connect to, with what led there (for allow-lists and messages). */
export interface ConnectTarget {
  address: string;
  port: number;
  hostname: string;
}

export type AddressCheck = (target: ConnectTarget) => boolean;

/**
 * Why an address is off limits, or undefined when it is public. `process()` turns IPv4-mapped
 * IPv6 (`::ffff:127.0.0.1`) back into IPv4 so it gets the IPv4 rules. Only plain public unicast
 * passes: ipaddr.js names every special range (loopback, private, link-local, CGNAT, multicast,
 * reserved, 6to4, Teredo, ...), and IPv6 must also lie in 2000::/3, the only block assigned for
 * global unicast, which also catches IPv4-compatible forms such as `::127.0.0.1`.
 */
export function blockedRangeOf(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return "unparseable";
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== "unicast") return range;
  if (parsed.kind() === "ipv6" && !parsed.match(ipaddr.IPv6.parse("2000::"), 3)) return "non-global IPv6";
  return undefined;
}

/** The default check: public addresses only. */
export const isPublicAddress: AddressCheck = (target) => blockedRangeOf(target.address) === undefined;

/**
 * Public addresses plus an explicit list of `host:port` exceptions (an IP literal and a port, as
 * `127.0.0.1:8080` or `[::1]:8080`), for a local service the user chose to allow, and for tests.
 */
export function allowingTargets(exceptions: readonly string[]): AddressCheck {
  const allowed = new Set(exceptions.map((entry) => entry.toLowerCase()));
  return (target) => {
    const host = target.address.includes(":") ? `[${target.address}]` : target.address;
    return allowed.has(`${host}:${target.port}`.toLowerCase()) || isPublicAddress(target);
  };
}
