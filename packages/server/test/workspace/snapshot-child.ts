// Run by crash-safety.test.ts in a child process: one snapshot, then print its result.
import { openWorkspaces } from "./workspace-fixture.js";

const [dataDir, chatId, baseId] = process.argv.slice(2);
const fixture = openWorkspaces({ dataDir: dataDir ?? "" });
process.stdout.write("started\n");
const result = await fixture.workspaces.snapshot(chatId ?? "", baseId === undefined || baseId === "" ? null : baseId);
process.stdout.write(`${JSON.stringify(result)}\n`);
await fixture.cleanup();
