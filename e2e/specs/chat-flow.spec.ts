import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { AppShell, ChatPage, ProvidersSettings, expect, test } from "../support/index.js";

// One server and one mock provider for the file; the tests build on the provider added first.
test.describe.configure({ mode: "serial" });

let mock: MockLlmServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

test.beforeEach(async ({ page, covalt }) => {
  await new AppShell(page).signIn(covalt.launchUrl);
  await expect(page.getByTestId("app-frame")).toBeVisible();
});

test("an OpenAI-compatible provider is added from the catalog and its connection tested", async ({ page }) => {
  const providers = new ProvidersSettings(page);
  await providers.open();
  await providers.add({ search: "OpenAI-compatible", catalogId: "openai-compatible", baseUrl: `${mock.url}/v1` });

  const row = providers.row("OpenAI-compatible");
  await expect(row).toBeVisible();
  await expect(row).toContainText(`${mock.url}/v1`);
  // A provider that was just added is tested at once.
  await expect(row.getByTestId("provider-test-result")).toHaveAttribute("data-ok", "true");
  await expect(row.getByTestId("provider-test-result")).toContainText(/Connected · \d+ models/);
});

test("a first message creates the chat and its answer streams in", async ({ page }) => {
  const chat = new ChatPage(page);
  // Model ids may contain "/" and ":"; the picker addresses them by provider and id, never a joined string.
  await chat.pickModel("org/model");
  await chat.send("Hello from the browser test");

  await expect(page).toHaveURL(/\/chats\/chat_/);
  await expect(chat.userMessages.last()).toHaveText("Hello from the browser test");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  expect(await chat.answerText()).toBe("Hello from the browser test");
  await expect(page.locator('[data-testid="chat-list-item"][data-active="true"]')).toBeVisible();

  // The choice sticks to the chat and becomes the default for the next new chat.
  await page.reload();
  await expect(chat.modelSelector).toHaveAttribute("data-model-id", "org/model");
  await page.getByTestId("new-chat").click();
  await expect(chat.modelSelector).toHaveAttribute("data-model-id", "org/model");
});

test("reloading mid-stream resumes the answer without losing or repeating text", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.pickModel("gpt-test");
  await chat.send(`Tell me a long story ${mockDirective({ tokens: 300, rate: 40 })}`);
  await expect(page).toHaveURL(/\/chats\/chat_/);

  await expect.poll(() => chat.answerWordCount(), { timeout: 10_000 }).toBeGreaterThan(15);
  const beforeReload = await chat.answerText();
  await page.reload();

  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "streaming");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete", { timeout: 20_000 });
  const final = await chat.answerText();
  expect(final.startsWith(beforeReload)).toBe(true);
  expect(await chat.answerWordCount()).toBe(300);
});

test("stopping an answer keeps the partial text and marks it stopped", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.pickModel("gpt-test");
  await chat.send(`Go on and on ${mockDirective({ tokens: 400, rate: 40 })}`);

  await expect.poll(() => chat.answerWordCount(), { timeout: 10_000 }).toBeGreaterThan(10);
  await chat.stopButton.click();

  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute("data-status", "cancelled");
  await expect(answer.getByTestId("message-stopped")).toHaveText("Stopped");
  const kept = await chat.answerWordCount();
  expect(kept).toBeGreaterThan(10);
  expect(kept).toBeLessThan(400);
  await expect(chat.sendButton).toBeVisible();

  await page.reload();
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "cancelled");
  expect(await chat.answerWordCount()).toBe(kept);
});

test("a provider error is shown as a readable error block", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.pickModel("gpt-test");
  await chat.send(`This will fail ${mockDirective({ status: 401, message: "Incorrect API key provided" })}`);

  const error = chat.lastAnswer().getByTestId("error-block");
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute("data-code", "provider-auth-failed");
  await expect(error).toContainText("Incorrect API key provided");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "error");
});

test("a chat is renamed in place and deleted after confirmation", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.pickModel("gpt-test");
  await chat.send("A chat to rename");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");

  const item = page.locator('[data-testid="chat-list-item"][data-active="true"]');
  await item.hover();
  await item.getByTestId("chat-rename").click();
  await page.getByTestId("chat-rename-input").fill("Renamed by the test");
  await page.getByTestId("chat-rename-input").press("Enter");
  await expect(item.getByTestId("chat-title")).toHaveText("Renamed by the test");
  await expect(page.getByTestId("chat-heading")).toHaveText("Renamed by the test");

  await page.reload();
  await expect(item.getByTestId("chat-title")).toHaveText("Renamed by the test");
  await item.hover();
  await item.getByTestId("chat-delete").click();
  const dialog = page.getByTestId("delete-chat-dialog");
  await expect(dialog).toContainText("Renamed by the test");
  await dialog.getByTestId("confirm-button").click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("chat-title").filter({ hasText: "Renamed by the test" })).toHaveCount(0);
});
