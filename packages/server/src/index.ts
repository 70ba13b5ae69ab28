export { resolveServerConfig, type ServerConfig } from "./config/server-config.js";
export { startServer, type RunningServer } from "./start-server.js";
