import { afterAll, expect, it } from "vitest";
import { startServer, redirectingHandler } from "./support/http-servers.js";
import { callIn, openHost } from "./support/toolset-fixtures.js";

/** The target an attacker wants: a service on this computer. It must never see a request. */
const victim = await startServer((_request, response) => response.end("internal secret"));
/** Stands in for a public web server (the only private target the host is told to allow). */
const publicServer = await startServer(redirectingHandler);
const fixture = await openHost({ allowedPrivateTargets: [`127.0.0.1:${publicServer.port}`] });
afterAll(async () => {
  await fixture.cleanup();
  await victim.close();
  await publicServer.close();
});

const fetchUrl = (url: string) =>
  fixture.host.execute({ toolsetId: "web", toolName: "fetch_url", args: { url }, ...callIn(fixture.workspace) });

function hostileUrls(): string[] {
  const port = victim.port;
  const hosts = [
    "127.0.0.1",
    "localhost",
    "LOCALHOST",
    "localhost.",
    "[::1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[0:0:0:0:0:ffff:127.0.0.1]",
    "[::127.0.0.1]",
    "[::]",
    "0.0.0.0",
    "0",
    "2130706433",
    "0x7f000001",
    "017700000001",
    "127.1",
    "127.0.1",
    "0x7f.1",
    "0177.0.0.1",
    "127.000.000.001",
    "127.127.127.127",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "[fe80::1]",
    "[fc00::1]",
    "[fd12:3456::1]",
    "100.64.0.1",
    "255.255.255.255",
    "224.0.0.1",
    "240.0.0.1",
    "192.0.2.1",
    "198.18.0.1",
    "[2002:7f00:1::]",
    "[64:ff9b::7f00:1]",
    "[ff02::1]",
    "user:password@127.0.0.1",
  ];
  const direct = hosts.map((host) => `http://${host}:${port}/`);
  const redirectVia = (target: string, status = 302) =>
    `http://127.0.0.1:${publicServer.port}/redirect?status=${status}&to=${encodeURIComponent(target)}`;
  const redirects = [
    redirectVia(`http://127.0.0.1:${port}/`),
    redirectVia(`http://localhost:${port}/`, 301),
    redirectVia(`http://[::1]:${port}/`, 307),
    redirectVia(`http://2130706433:${port}/`, 308),
    redirectVia(`//127.0.0.1:${port}/scheme-relative`, 303),
    redirectVia("http://169.254.169.254/latest/meta-data/"),
    redirectVia(redirectVia(`http://127.0.0.1:${port}/two-hops`)),
    redirectVia("file:///etc/passwd"),
  ];
  const schemes = [
    `ftp://127.0.0.1:${port}/`,
    "file:///etc/passwd",
    `gopher://127.0.0.1:${port}/_x`,
    "data:text/html,<h1>x</h1>",
    "not a url",
  ];
  return [...direct, ...redirects, ...schemes];
}

it("refuses every local and private target, directly or by redirect; the victim sees zero requests", async () => {
  const urls = hostileUrls();
  expect(urls.length).toBeGreaterThanOrEqual(40);
  const unclear: string[] = [];
  for (const url of urls) {
    const outcome = await fetchUrl(url).then(
      (output) => `fetched: ${JSON.stringify(output)}`,
      (error: unknown) => (error as Error).message,
    );
    if (
      !/^(Refused to fetch .+ Tools may only reach public internet addresses|Only http and https URLs can be fetched|".*" is not a valid URL|Could not resolve )/.test(
        outcome,
      )
    ) {
      unclear.push(`${url} → ${outcome}`);
    }
  }
  expect(unclear).toEqual([]);
  expect(victim.hits).toEqual([]);
});

it("explains the refusal in words a person understands", async () => {
  await expect(fetchUrl(`http://2130706433:${victim.port}/`)).rejects.toThrow(
    `Refused to fetch http://127.0.0.1:${victim.port}/: 127.0.0.1 is 127.0.0.1 (loopback). Tools may only reach public internet addresses, not this computer or its local network.`,
  );
  await expect(fetchUrl("http://[::ffff:10.0.0.1]/")).rejects.toThrow("(private)");
});

it("fetches an allowed page as markdown, following a redirect that stays allowed", async () => {
  const output = await fetchUrl(`http://127.0.0.1:${publicServer.port}/redirect?to=/page`);
  expect(output).toEqual({
    url: `http://127.0.0.1:${publicServer.port}/page`,
    status: 200,
    title: "Hello page",
    markdown: "# Hello\n\nSome **bold** text.",
  });
});

it("stops after five redirects and refuses bodies over the size cap", async () => {
  let loop = `http://127.0.0.1:${publicServer.port}/page`;
  for (let hop = 0; hop < 6; hop++)
    loop = `http://127.0.0.1:${publicServer.port}/redirect?to=${encodeURIComponent(loop)}`;
  await expect(fetchUrl(loop)).rejects.toThrow("after 5 redirects");
  await expect(fetchUrl(`http://127.0.0.1:${publicServer.port}/huge`)).rejects.toThrow("is larger than 5 MB");
});
