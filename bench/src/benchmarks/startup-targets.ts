import { covaltReadyPattern, serverCliPath } from "@covalt/testing";

/** How to launch one kind of server for the startup benchmark. */
export interface StartupTarget {
  name: string;
  args(dataDir: string): string[];
  /** Its first capture group is a URL whose origin is the server (and may carry `?token=`). */
  readyPattern: RegExp;
}

export const covaltTarget: StartupTarget = {
  name: "Covalt",
  args: (dataDir) => [serverCliPath(), "--port", "0", "--data-dir", dataDir],
  readyPattern: covaltReadyPattern,
};

// The least a Node HTTP server can do: what Covalt's startup costs on top of this is its own.
const bareServerScript = `
const http = require("node:http");
const server = http.createServer((request, response) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end('{"ok":true}');
});
server.listen(0, "127.0.0.1", () => console.log("listening at http://127.0.0.1:" + server.address().port + "/"));
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
`;

export const bareNodeTarget: StartupTarget = {
  name: "bare node:http server",
  args: () => ["-e", bareServerScript],
  readyPattern: /listening at (http:\/\/\S+)/,
};
