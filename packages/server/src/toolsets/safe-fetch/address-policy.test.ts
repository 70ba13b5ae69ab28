import { describe, expect, it } from "vitest";
import { allowingTargets, blockedRangeOf } from "./address-policy.js";

describe("blockedRangeOf", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["240.0.0.1", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd00::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::127.0.0.1", "loopback"],
    ["1000::1", "non-global IPv6"],
    ["2002:7f00:1::", "6to4"],
    ["64:ff9b::7f00:1", "rfc6052"],
    ["not-an-address", "unparseable"],
  ])("refuses %s (%s)", (address, range) => {
    expect(blockedRangeOf(address)).toBe(range);
  });

  it.each(["93.184.216.34", "1.1.1.1", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "allows the public address %s",
    (address) => {
      expect(blockedRangeOf(address)).toBeUndefined();
    },
  );
});

describe("allowingTargets", () => {
  it("lets exactly the listed address and port through, and public addresses", () => {
    const check = allowingTargets(["127.0.0.1:8080", "[::1]:9000"]);
    expect(check({ address: "127.0.0.1", port: 8080, hostname: "localhost" })).toBe(true);
    expect(check({ address: "127.0.0.1", port: 8081, hostname: "localhost" })).toBe(false);
    expect(check({ address: "::1", port: 9000, hostname: "::1" })).toBe(true);
    expect(check({ address: "10.0.0.1", port: 8080, hostname: "x" })).toBe(false);
    expect(check({ address: "1.1.1.1", port: 443, hostname: "one.one.one.one" })).toBe(true);
  });
});
