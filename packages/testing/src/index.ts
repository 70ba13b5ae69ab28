export { exitCodeOf, killOnParentExit, terminate, waitForExit } from "./child-exit.js";
export {
  type CovaltProcess,
  covaltReadyPattern,
  type StartCovaltOptions,
  startCovaltProcess,
} from "./covalt-process.js";
export {
  type OAuthMcpServer,
  type OAuthMcpServerOptions,
  startOAuthMcpServer,
  type TestOAuthProvider,
} from "./oauth-mcp-server.js";
export { type ReadyProcess, type SpawnUntilReadyOptions, spawnUntilReady } from "./ready-process.js";
export { findRepoRoot, serverCliPath } from "./repo-root.js";
export { createTempDataDir, type TempDataDir } from "./temp-data-dir.js";
export * from "./mock-llm/index.js";
