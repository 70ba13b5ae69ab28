import { describe, expect, it } from "vitest";
import { parseMcpServersJson } from "./parse-mcp-servers-json.js";

const claudeDesktop = JSON.stringify({
  mcpServers: {
    filesystem: {
      command: "npx",
      args: ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"],
    },
    github: {
      command: "docker",
      args: ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      env: { GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_x", GITHUB_TOOLSETS: "repos", PORT: 8080 },
      cwd: "/srv",
    },
    remote: { url: "https://mcp.example.com/mcp", headers: { Authorization: "Bearer t" } },
    legacy: { type: "sse", url: "http://localhost:3001/sse" },
  },
});

describe("parseMcpServersJson", () => {
  it("reads stdio and URL servers as disabled imports", () => {
    const { servers, problems } = parseMcpServersJson(claudeDesktop);
    expect(problems).toEqual([]);
    expect(servers.map((server) => server.name)).toEqual(["filesystem", "github", "remote", "legacy"]);
    expect(servers[0]).toEqual({
      name: "filesystem",
      enabled: false,
      trusted: false,
      startup: "lazy",
      origin: "import",
      transport: {
        type: "stdio",
        command: "npx",
        args: ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"],
        env: {},
        secretEnv: {},
      },
    });
  });

  it("moves secret-looking variables to secretEnv and keeps the working folder", () => {
    const github = parseMcpServersJson(claudeDesktop).servers[1];
    expect(github?.transport).toEqual({
      type: "stdio",
      command: "docker",
      args: ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      env: { GITHUB_TOOLSETS: "repos", PORT: "8080" },
      secretEnv: { GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_x" },
      cwd: "/srv",
    });
  });

  it("reads URL servers with headers, whatever their type", () => {
    const { servers } = parseMcpServersJson(claudeDesktop);
    expect(servers[2]?.transport).toEqual({
      type: "http",
      url: "https://mcp.example.com/mcp",
      headers: { Authorization: "Bearer t" },
    });
    expect(servers[3]?.transport).toEqual({ type: "http", url: "http://localhost:3001/sse", headers: {} });
  });

  it("accepts VS Code's servers key", () => {
    const { servers } = parseMcpServersJson('{"servers": {"x": {"type": "http", "url": "http://127.0.0.1:1/mcp"}}}');
    expect(servers).toHaveLength(1);
  });

  it("explains invalid JSON and wrong shapes", () => {
    expect(parseMcpServersJson("").problems).toEqual(["Paste a configuration or choose a file first."]);
    expect(parseMcpServersJson("{mcpServers:").problems[0]).toMatch(/^This is not valid JSON \(.+\)\.$/);
    expect(parseMcpServersJson("[1]").problems).toEqual(['Expected an object like {"mcpServers": {…}}.']);
    expect(parseMcpServersJson('{"command": "npx"}').problems[0]).toContain("single server");
    expect(parseMcpServersJson('{"other": 1}').problems[0]).toContain('No "mcpServers" found');
    expect(parseMcpServersJson('{"mcpServers": []}').problems).toEqual([
      '"mcpServers" must be an object of named servers.',
    ]);
    expect(parseMcpServersJson('{"mcpServers": {}}').problems).toEqual(['"mcpServers" is empty.']);
  });

  it("reports bad entries by name and still imports the good ones", () => {
    const { servers, problems } = parseMcpServersJson(
      JSON.stringify({
        mcpServers: {
          good: { command: "uvx", args: ["mcp-server-time"] },
          noCommand: { args: ["x"] },
          badArgs: { command: "x", args: "--flag" },
          badEnv: { command: "x", env: { A: { nested: true } } },
          ftp: { url: "ftp://example.com" },
          text: "npx server",
          "  ": { command: "x" },
        },
      }),
    );
    expect(servers.map((server) => server.name)).toEqual(["good"]);
    expect(problems).toEqual([
      '"noCommand" needs a "command" (a program to run) or a "url".',
      '"badArgs" has "args" that are not a list of strings.',
      '"badEnv" has "env" that is not an object of strings.',
      '"ftp" has a URL that is not http(s): ftp://example.com',
      '"text" is not an object.',
      '"  " has no name.',
    ]);
  });
});
