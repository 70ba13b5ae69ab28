import { ConfigError, resolveServerConfig, usage } from "./config/server-config.js";
import { isLoopbackHost } from "./http/request-security.js";
import { openInBrowser } from "./open-browser.js";
import { startServer } from "./start-server.js";
import { covaltVersion } from "./version.js";

function readConfig() {
  try {
    return resolveServerConfig(process.argv.slice(2), process.env);
  } catch (error) {
    const isArgumentError =
      error instanceof ConfigError || (error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS") === true;
    if (!isArgumentError) throw error;
    console.error(`covalt: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === "workspace") {
    const { runWorkspaceCommand } = await import("./workspace/workspace-command.js");
    process.exitCode = await runWorkspaceCommand(process.argv.slice(3), process.env);
    return;
  }
  if (process.argv[2] === "mcp") {
    const { runMcpCommand } = await import("./mcp/mcp-command.js");
    process.exitCode = await runMcpCommand(process.argv.slice(3), process.env);
    return;
  }
  const config = readConfig();
  if (config === "help") {
    console.log(usage);
    return;
  }
  if (!isLoopbackHost(config.host)) {
    console.warn(
      `warning: binding to ${config.host}, which other machines may reach. Anyone with the token can use this Covalt.`,
    );
  }

  let server;
  try {
    server = await startServer(config);
  } catch (error) {
    console.error(`covalt: ${(error as Error).message}`);
    // No process.exit: the log file may still be opening, and pino cannot flush it synchronously then.
    process.exitCode = 1;
    return;
  }

  console.log(`Covalt ${covaltVersion} is running at ${server.launchUrl}`);
  console.log(`  Data folder: ${config.dataDir}`);
  console.log("  Open the link above to sign this browser in. Press Ctrl+C to stop.");
  if (config.open) openInBrowser(server.launchUrl);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error("covalt: forced exit");
      process.exit(1);
    }
    stopping = true;
    console.log(`\nStopping Covalt (${signal})…`);
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

await main();
