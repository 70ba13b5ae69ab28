import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface BeaconHit {
  method: string;
  path: string;
}

/**
 * A local HTTP server that counts every request it gets. Security tests point hostile payloads at
 * it (images, fetches, navigations, form posts): any hit means something left the page, so a test
 * asserts it stays silent. It listens on another port than Covalt, so it is another origin.
 */
export interface BeaconServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  hits: BeaconHit[];
  close(): Promise<void>;
}

export async function startBeaconServer(): Promise<BeaconServer> {
  const hits: BeaconHit[] = [];
  const server = createServer((request, response) => {
    hits.push({ method: request.method ?? "GET", path: request.url ?? "" });
    request.resume();
    // A harmless page for navigations, and CORS so a script that got this far would not even see an error.
    response.writeHead(200, { "content-type": "text/html", "access-control-allow-origin": "*" });
    response.end("<!doctype html><title>beacon</title>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
