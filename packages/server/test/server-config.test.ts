import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultDataDir } from "../src/config/data-dir.js";
import { ConfigError, resolveServerConfig } from "../src/config/server-config.js";

describe("data dir resolution", () => {
  it("prefers --data-dir over COVALT_DATA_DIR over the XDG data home", () => {
    const env = { COVALT_DATA_DIR: "/from/env", XDG_DATA_HOME: "/xdg" };
    expect(resolveServerConfig(["--data-dir", "/from/flag"], env)).toMatchObject({ dataDir: "/from/flag" });
    expect(resolveServerConfig([], env)).toMatchObject({ dataDir: "/from/env" });
    expect(resolveServerConfig([], { XDG_DATA_HOME: "/xdg" })).toMatchObject({ dataDir: "/xdg/covalt" });
  });

  it("falls back to ~/.local/share/covalt on Linux and resolves relative paths", () => {
    expect(defaultDataDir({}, "linux")).toBe(join(homedir(), ".local", "share", "covalt"));
    expect(resolveServerConfig(["--data-dir", "rel/dir"], {})).toMatchObject({ dataDir: resolve("rel/dir") });
  });
});

describe("server flags", () => {
  it("binds to loopback on port 3210 by default", () => {
    expect(resolveServerConfig([], {})).toMatchObject({ host: "127.0.0.1", port: 3210, open: false });
  });

  it("reads --port, --host and --open", () => {
    expect(resolveServerConfig(["--port", "0", "--host", "0.0.0.0", "--open"], {})).toMatchObject({
      port: 0,
      host: "0.0.0.0",
      open: true,
    });
  });

  it.each(["-1", "70000", "abc", "3.5"])("rejects --port %s with a clear message", (port) => {
    expect(() => resolveServerConfig([`--port=${port}`], {})).toThrow(ConfigError);
    expect(() => resolveServerConfig([`--port=${port}`], {})).toThrow(/--port must be a whole number/);
  });

  it("rejects unknown flags and a too-short COVALT_AUTH_TOKEN", () => {
    expect(() => resolveServerConfig(["--prot", "1"], {})).toThrow(/Unknown option/);
    expect(() => resolveServerConfig([], { COVALT_AUTH_TOKEN: "short" })).toThrow(/at least 16/);
  });

  it("parses COVALT_ALLOWED_HOSTS", () => {
    expect(resolveServerConfig([], { COVALT_ALLOWED_HOSTS: " Covalt.lan, ,box " })).toMatchObject({
      allowedHosts: ["covalt.lan", "box"],
    });
  });
});
