import type { auth, UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import type { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type * as Types from "@modelcontextprotocol/sdk/types.js";

/** The parts of the MCP SDK the client side uses. */
export interface McpSdk {
  Client: typeof Client;
  StdioClientTransport: typeof StdioClientTransport;
  StreamableHTTPClientTransport: typeof StreamableHTTPClientTransport;
  StreamableHTTPError: typeof StreamableHTTPError;
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback exists for servers that only speak SSE
  SSEClientTransport: typeof SSEClientTransport;
  UnauthorizedError: typeof UnauthorizedError;
  /** The SDK's OAuth flow: discovery, registration, PKCE, code exchange and refresh. */
  auth: typeof auth;
  types: typeof Types;
}

let loading: Promise<McpSdk> | undefined;
let loaded: McpSdk | undefined;

/**
 * The SDK, imported on first use: loading it costs ~150 ms and ~25 MB, which every start would pay
 * for users who configured no MCP server at all.
 */
export function loadMcpSdk(): Promise<McpSdk> {
  loading ??= Promise.all([
    import("@modelcontextprotocol/sdk/client/index.js"),
    import("@modelcontextprotocol/sdk/client/stdio.js"),
    import("@modelcontextprotocol/sdk/client/streamableHttp.js"),
    import("@modelcontextprotocol/sdk/client/sse.js"),
    import("@modelcontextprotocol/sdk/client/auth.js"),
    import("@modelcontextprotocol/sdk/types.js"),
  ]).then(([client, stdio, streamable, sse, auth, types]) => {
    loaded = {
      Client: client.Client,
      StdioClientTransport: stdio.StdioClientTransport,
      StreamableHTTPClientTransport: streamable.StreamableHTTPClientTransport,
      StreamableHTTPError: streamable.StreamableHTTPError,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback exists for servers that only speak SSE
      SSEClientTransport: sse.SSEClientTransport,
      UnauthorizedError: auth.UnauthorizedError,
      auth: auth.auth,
      types,
    };
    return loaded;
  });
  return loading;
}

/** The SDK if some connection loaded it; errors from the SDK can only exist once it has. */
export function loadedMcpSdk(): McpSdk | undefined {
  return loaded;
}

/** JSON-RPC codes the SDK uses for its own failures (its `ErrorCode` enum). */
export const requestTimeoutCode = -32001;
export const connectionClosedCode = -32000;
export const invalidRequestCode = -32600;
