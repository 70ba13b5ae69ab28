import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestServer {
  port: number;
  hits: string[];
  close: () => Promise<void>;
}

/** A server on 127.0.0.1 that records every request it gets and answers with `handler`. */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<TestServer> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(request.url ?? "");
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers `/redirect?to=<url>&status=<code>` with a redirect and `/page` with a small HTML page. */
export function redirectingHandler(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://placeholder");
  if (url.pathname === "/redirect") {
    response
      .writeHead(Number(url.searchParams.get("status") ?? 302), { location: url.searchParams.get("to") ?? "/" })
      .end();
  } else if (url.pathname === "/page") {
    response
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        "<html><head><title>Hello page</title></head><body><h1>Hello</h1><p>Some <b>bold</b> text.</p></body></html>",
      );
  } else if (url.pathname === "/huge") {
    response.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(6 * 1024 * 1024));
  } else if (url.pathname === "/slow") {
    setTimeout(() => response.end("late"), 5_000);
  } else {
    response.writeHead(200, { "content-type": "text/plain" }).end("ok");
  }
}
