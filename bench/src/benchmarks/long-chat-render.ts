import { join } from "node:path";
import Sqlite from "better-sqlite3";
import {
  createMockLlmServer,
  createTempDataDir,
  mockDirective,
  serverCliPath,
  spawnUntilReady,
  terminate,
} from "@covalt/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import type { Benchmark } from "../benchmark.js";
import { seedBranchyChat } from "../data/seed-conversations.js";

const chromiumPath = process.env.COVALT_CHROMIUM ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/**
 * The transcript in a real browser against the built app: time until the newest messages of a
 * 10,000-message chat are on screen, how many elements the transcript holds, and the longest
 * main-thread task while 2,000 tokens stream into a 2,000-message chat. Baselines: the same
 * measurements on a 50-message chat (and streaming into an empty one).
 */
export const longChatRenderBenchmark: Benchmark = {
  name: "long-chat-render",
  description: "open a 10,000-message chat, DOM size, long tasks while streaming (Chromium)",
  async run({ quick, report }) {
    const mock = await createMockLlmServer();
    const dataDir = createTempDataDir("covalt-bench-");
    const token = "render-bench-token-0123456789";
    const server = await spawnUntilReady({
      command: process.execPath,
      args: [serverCliPath(), "--port", "0", "--data-dir", dataDir.path],
      env: { COVALT_AUTH_TOKEN: token, COVALT_LOG_LEVEL: "warn" },
      readyPattern: /is running at (http:\/\/[^/\s]+)/,
      timeoutMs: 20_000,
      name: "Covalt",
    });
    const base = server.ready[1] ?? "";
    let browser: Browser | undefined;
    try {
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const provider = (await (
        await fetch(`${base}/api/providers`, {
          method: "POST",
          headers,
          body: JSON.stringify({ catalogId: "openai-compatible", name: "Mock", baseUrl: `${mock.url}/v1` }),
        })
      ).json()) as { id: string };
      const sqlite = new Sqlite(join(dataDir.path, "covalt.db"));
      sqlite.pragma("busy_timeout = 5000");
      const big = seedBranchyChat(sqlite, { messages: quick ? 2000 : 10_000, branchPoints: quick ? 40 : 200 });
      const small = seedBranchyChat(sqlite, { messages: 50, branchPoints: 1, seed: 5 });
      const streamInto = seedBranchyChat(sqlite, { messages: 2000, branchPoints: 1, seed: 9 });
      for (const chatId of [big.chatId, small.chatId, streamInto.chatId]) {
        sqlite
          .prepare("update chats set model = ? where id = ?")
          .run(JSON.stringify({ providerId: provider.id, modelId: "gpt-test" }), chatId);
      }
      sqlite.close();

      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/?token=${token}`);
      await page.waitForSelector("[data-testid=app-frame]");

      const rounds = quick ? 2 : 5;
      const open = { big: [] as number[], small: [] as number[] };
      const elements = { big: [] as number[], small: [] as number[] };
      for (let round = 0; round < rounds; round += 1) {
        for (const [key, chat] of [
          ["big", big],
          ["small", small],
        ] as const) {
          await page.goto(`${base}/settings`);
          await page.waitForSelector("[data-testid=settings-page]");
          const started = performance.now();
          await page.goto(`${base}/chats/${chat.chatId}`);
          await page.waitForSelector(`[data-testid=message][data-message-id="${chat.activeLeafId}"]`, {
            timeout: 30_000,
          });
          open[key].push(performance.now() - started);
          elements[key].push(await transcriptElementCount(page));
        }
      }
      report({
        metric: "open-newest",
        unit: "ms",
        samples: open.big,
        budget: { op: "<=", value: 800 },
        baseline: { samples: open.small, description: "opening a 50-message chat" },
      });
      report({
        metric: "transcript-elements",
        unit: "elements",
        samples: elements.big,
        budget: { op: "<=", value: 3000 },
        baseline: { samples: elements.small, description: "elements for a 50-message chat" },
      });

      const tokens = quick ? 500 : 2000;
      const longest = await longestTaskWhileStreaming(
        page,
        `${base}/chats/${streamInto.chatId}`,
        streamInto.activeLeafId,
        tokens,
      );
      const empty = await fetch(`${base}/api/chats`, {
        method: "POST",
        headers,
        body: JSON.stringify({ model: { providerId: provider.id, modelId: "gpt-test" } }),
      });
      const emptyChat = (await empty.json()) as { id: string };
      const baselineLongest = await longestTaskWhileStreaming(page, `${base}/chats/${emptyChat.id}`, undefined, tokens);
      report({
        metric: "longest-task-streaming",
        unit: "ms",
        samples: [longest],
        budget: { op: "<=", value: 50 },
        baseline: { samples: [baselineLongest], description: `streaming ${tokens} tokens into an empty chat` },
      });
    } finally {
      await browser?.close();
      await terminate(server.child);
      await mock.close();
      dataDir.cleanup();
    }
  },
};

async function transcriptElementCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll("[data-testid=transcript] *").length);
}

/**
 * Streams an answer through the UI and returns the longest main-thread task seen meanwhile. The
 * Long Tasks API only reports tasks of 50 ms or more, so 0 means none reached 50 ms.
 */
async function longestTaskWhileStreaming(
  page: Page,
  url: string,
  leafId: string | undefined,
  tokens: number,
): Promise<number> {
  await page.goto(url);
  if (leafId !== undefined)
    await page.waitForSelector(`[data-testid=message][data-message-id="${leafId}"]`, { timeout: 30_000 });
  await page.waitForSelector("[data-testid=composer-input]");
  // Only streaming is measured: let loading, first render and lazy modules finish first.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { covaltLongTasks: number[] }).covaltLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await page.fill("[data-testid=composer-input]", `stream please ${mockDirective({ tokens, rate: 400 })}`);
  await page.press("[data-testid=composer-input]", "Enter");
  await page.waitForSelector("[data-testid=composer-stop]", { timeout: 10_000 });
  await page.waitForSelector("[data-testid=composer-stop]", { state: "detached", timeout: 60_000 });
  return page.evaluate(() => Math.max(0, ...(window as unknown as { covaltLongTasks: number[] }).covaltLongTasks));
}
