import { z } from "zod";
import { McpServerStatus } from "../events/v1/mcp.js";
import { ToolRisk } from "../messages/blocks.js";

/**
 * MCP server configurations as the API sees them. Secret values (environment variables marked
 * secret, every HTTP header) are write-only: requests may set them, responses only name them.
 */

/** A secret in a create or update request: a new value, or `null` to keep the stored one. */
export const McpSecretInput = z.string().nullable();

export const McpStdioTransportInput = z.object({
  type: z.literal("stdio"),
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
  /** Plain environment variables, shown back as they are. */
  env: z.record(z.string(), z.string()).default({}),
  /** Environment variables kept in the secrets vault; a key left out is removed. */
  secretEnv: z.record(z.string(), McpSecretInput).default({}),
  cwd: z.string().min(1).optional(),
});

export const McpHttpTransportInput = z.object({
  type: z.literal("http"),
  /** Streamable HTTP endpoint; servers that only speak the older HTTP+SSE transport are reached too. */
  url: z.url({ protocol: /^https?$/ }),
  /** Header values are secrets (they usually carry tokens); a key left out is removed. */
  headers: z.record(z.string(), McpSecretInput).default({}),
});

export const McpTransportInput = z.discriminatedUnion("type", [McpStdioTransportInput, McpHttpTransportInput]);
export type McpTransportInput = z.input<typeof McpTransportInput>;

export const McpStartup = z.enum(["lazy", "eager"]);
export type McpStartup = z.infer<typeof McpStartup>;

export const McpServerOrigin = z.enum(["user", "import"]);
export type McpServerOrigin = z.infer<typeof McpServerOrigin>;

export const CreateMcpServerRequest = z.object({
  name: z.string().trim().min(1).max(120),
  transport: McpTransportInput,
  /** Imported servers always start disabled, whatever this says. */
  enabled: z.boolean().default(true),
  /** Tools of a trusted server default to `auto` instead of `ask`. */
  trusted: z.boolean().default(false),
  startup: McpStartup.default("lazy"),
  origin: McpServerOrigin.default("user"),
});
export type CreateMcpServerRequest = z.input<typeof CreateMcpServerRequest>;

export const UpdateMcpServerRequest = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  transport: McpTransportInput.optional(),
  enabled: z.boolean().optional(),
  trusted: z.boolean().optional(),
  startup: McpStartup.optional(),
});
export type UpdateMcpServerRequest = z.input<typeof UpdateMcpServerRequest>;

/** The user approves exactly the command line they were shown, named by its fingerprint. */
export const ConsentMcpServerRequest = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ConsentMcpServerRequest = z.infer<typeof ConsentMcpServerRequest>;

export const McpTransportView = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("stdio"),
    command: z.string(),
    args: z.array(z.string()),
    env: z.record(z.string(), z.string()),
    secretEnvKeys: z.array(z.string()),
    cwd: z.string().optional(),
  }),
  z.object({
    type: z.literal("http"),
    url: z.string(),
    headerNames: z.array(z.string()),
  }),
]);
export type McpTransportView = z.infer<typeof McpTransportView>;

export const McpServerView = z.object({
  id: z.string(),
  name: z.string(),
  transport: McpTransportView,
  enabled: z.boolean(),
  trusted: z.boolean(),
  startup: McpStartup,
  origin: McpServerOrigin,
  /** sha256 of what a stdio server runs (command, args, env, cwd); consent names this value. */
  fingerprint: z.string(),
  /** Whether the stored consent matches the current fingerprint (always true for HTTP servers). */
  consented: z.boolean(),
  status: McpServerStatus,
  lastError: z.string().optional(),
  /** The last lines the server wrote to stderr (stdio servers), oldest first. */
  stderr: z.array(z.string()),
  toolCount: z.number().int().nonnegative(),
  /** Tools whose description or schema changed since the user approved them; they do not run. */
  changedTools: z.array(z.string()),
  /** OAuth tokens are stored for this HTTP server: it can be signed out. */
  signedIn: z.boolean().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type McpServerView = z.infer<typeof McpServerView>;

export const McpToolView = z.object({
  name: z.string(),
  title: z.string().optional(),
  description: z.string(),
  inputSchema: z.record(z.string(), z.unknown()),
  risk: ToolRisk,
  /** The description or schema differs from the one approved; acknowledge it before it runs again. */
  changed: z.boolean(),
});
export type McpToolView = z.infer<typeof McpToolView>;
