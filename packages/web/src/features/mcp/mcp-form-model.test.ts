import type { McpServerView } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import {
  buildTransport,
  createRequest,
  emptyFormValues,
  formValuesFromServer,
  newRow,
  updateRequest,
  type McpFormValues,
} from "./mcp-form-model.js";

const values = (extra: Partial<McpFormValues>): McpFormValues => ({ ...emptyFormValues(), ...extra });
const row = (key: string, value: string, secret = false, storedKey?: string) => ({
  ...newRow(secret),
  key,
  value,
  storedKey,
});

const stored: McpServerView = {
  id: "s1",
  name: "GitHub",
  transport: {
    type: "stdio",
    command: "docker",
    args: ["run", "-i", "my image"],
    env: { MODE: "repos" },
    secretEnvKeys: ["GITHUB_TOKEN"],
    cwd: "/srv",
  },
  enabled: true,
  trusted: true,
  startup: "eager",
  origin: "user",
  fingerprint: "a".repeat(64),
  consented: true,
  status: "ready",
  stderr: [],
  toolCount: 2,
  changedTools: [],
  createdAt: 1,
  updatedAt: 1,
};

describe("createRequest", () => {
  it("builds a stdio server with split arguments and secret variables", () => {
    const result = createRequest(
      values({
        name: " Files ",
        command: "npx",
        argsText: "-y @modelcontextprotocol/server-filesystem '/My Files'",
        env: [row("DEBUG", "1"), row("API_KEY", "k", true), row("", "")],
        cwd: " /tmp ",
        trusted: true,
        eager: true,
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        name: "Files",
        enabled: true,
        trusted: true,
        startup: "eager",
        origin: "user",
        transport: {
          type: "stdio",
          command: "npx",
          args: ["-y", "@modelcontextprotocol/server-filesystem", "/My Files"],
          env: { DEBUG: "1" },
          secretEnv: { API_KEY: "k" },
          cwd: "/tmp",
        },
      },
    });
  });

  it("builds an HTTP server whose headers are all secret", () => {
    const result = createRequest(
      values({ name: "Remote", kind: "http", url: "https://x.test/mcp", headers: [row("Authorization", "Bearer t")] }),
    );
    expect(result.ok && result.value.transport).toEqual({
      type: "http",
      url: "https://x.test/mcp",
      headers: { Authorization: "Bearer t" },
    });
  });

  it("collects every problem of the form", () => {
    expect(createRequest(values({ argsText: '"open', env: [row("", "x")] }))).toEqual({
      ok: false,
      errors: {
        name: "Give the server a name.",
        command: "Give the program to run, e.g. npx, uvx, node or a full path.",
        args: "A double quote is not closed.",
        env: "Every variable needs a name.",
      },
    });
    expect(buildTransport(values({ kind: "http", url: "ftp://x" }))).toEqual({
      ok: false,
      errors: { url: "Give an http:// or https:// address." },
    });
    expect(buildTransport(values({ command: "x", env: [row("A", "1"), row("A", "2")] }))).toMatchObject({
      errors: { env: '"A" appears twice.' },
    });
    expect(buildTransport(values({ command: "x", env: [row("TOKEN", "", true)] }))).toMatchObject({
      errors: { env: "Give a value for TOKEN." },
    });
  });
});

describe("editing a stored server", () => {
  it("shows secrets by name only and keeps them when left empty", () => {
    const form = formValuesFromServer(stored);
    expect(form).toMatchObject({ name: "GitHub", command: "docker", argsText: "run\n-i\nmy image", cwd: "/srv" });
    expect(form.env.map((item) => [item.key, item.value, item.secret])).toEqual([
      ["MODE", "repos", false],
      ["GITHUB_TOKEN", "", true],
    ]);
    const update = updateRequest(form);
    expect(update).toEqual({
      ok: true,
      value: {
        name: "GitHub",
        trusted: true,
        startup: "eager",
        transport: {
          type: "stdio",
          command: "docker",
          args: ["run", "-i", "my image"],
          env: { MODE: "repos" },
          secretEnv: { GITHUB_TOKEN: null },
          cwd: "/srv",
        },
      },
    });
  });

  it("sends a retyped secret and drops a removed one", () => {
    const form = formValuesFromServer(stored);
    const token = form.env[1];
    if (token === undefined) throw new Error("missing row");
    const retyped = updateRequest({ ...form, env: [{ ...token, value: "new" }] });
    expect(retyped.ok && retyped.value.transport).toMatchObject({ env: {}, secretEnv: { GITHUB_TOKEN: "new" } });
    const renamed = buildTransport({ ...form, env: [{ ...token, key: "GH_TOKEN" }] });
    expect(renamed).toMatchObject({ errors: { env: "Give a value for GH_TOKEN." } });
    const unsecret = buildTransport({ ...form, env: [{ ...token, secret: false }] });
    expect(unsecret).toMatchObject({
      errors: { env: "Type the value of GITHUB_TOKEN again to store it as plain text." },
    });
  });

  it("keeps stored HTTP headers", () => {
    const form = formValuesFromServer({
      ...stored,
      transport: { type: "http", url: "https://x.test", headerNames: ["X-Key"] },
    });
    const update = updateRequest(form);
    expect(update.ok && update.value.transport).toEqual({
      type: "http",
      url: "https://x.test",
      headers: { "X-Key": null },
    });
  });
});
