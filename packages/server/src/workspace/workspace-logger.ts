import type { Logger } from "../logging/logger.js";

/** The engine only warns and informs; any pino logger fits, and benchmarks can pass a no-op. */
export type WorkspaceLogger = Pick<Logger, "warn" | "info">;
