export { resolveServerConfig, type ServerConfig } from "./config/server-config.js";
export { startServer, type RunningServer } from "./start-server.js";
export { openDatabase } from "./db/database.js";
export { newId } from "./ids/new-id.js";
export { InMemoryMcpServerStore, McpHost } from "./mcp/index.js";
export { migrationsDir } from "./package-paths.js";
export { Workspaces } from "./workspace/index.js";
