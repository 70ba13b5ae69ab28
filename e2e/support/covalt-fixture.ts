import { type CovaltProcess, startCovaltProcess } from "@covalt/testing";
import { test as base } from "@playwright/test";

/**
 * Hands out one server per spec file. Playwright has no file scope, and a worker outlives the
 * files it runs, so the worker keeps the current file's server and swaps it when the file changes.
 */
class ServerPerFile {
  private current: { file: string; server: CovaltProcess } | undefined;

  async serverFor(file: string): Promise<CovaltProcess> {
    if (this.current?.file === file) return this.current.server;
    await this.stop();
    const server = await startCovaltProcess();
    this.current = { file, server };
    return server;
  }

  async stop(): Promise<void> {
    const stopping = this.current;
    this.current = undefined;
    if (stopping === undefined) return;
    const code = await stopping.server.stop();
    if (code !== 0) {
      throw new Error(
        `Covalt exited with code ${code} on SIGTERM.\n--- server output ---\n${stopping.server.output()}`,
      );
    }
  }
}

export interface CovaltFixtures {
  /** This spec file's server: fresh temp data dir, stopped before the next file or at worker end. */
  covalt: CovaltProcess;
}

interface CovaltWorkerFixtures {
  covaltServers: ServerPerFile;
}

export const test = base.extend<CovaltFixtures, CovaltWorkerFixtures>({
  covaltServers: [
    // Playwright reads fixture dependencies from the destructuring pattern, so it must be `{}`.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const servers = new ServerPerFile();
      await use(servers);
      await servers.stop();
    },
    { scope: "worker" },
  ],
  covalt: async ({ covaltServers }, use, testInfo) => {
    await use(await covaltServers.serverFor(testInfo.file));
  },
  // Relative URLs in page.goto and request.get then point at this file's server.
  baseURL: async ({ covalt }, use) => {
    await use(covalt.url);
  },
});

export { expect } from "@playwright/test";
