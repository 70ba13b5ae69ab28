import { fileURLToPath } from "node:url";

/** The entry point of `@modelcontextprotocol/server-everything`, a real MCP server run over stdio (`<path> stdio`). */
export const everythingServer = fileURLToPath(
  new URL("../../node_modules/@modelcontextprotocol/server-everything/dist/index.js", import.meta.url),
);
