import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { AppShell, ChatPage, CovaltApi, ToolCards, expect, test } from "../support/index.js";

test.describe.configure({ mode: "serial" });

let mock: MockLlmServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

const writeFile = (path: string, content: string) =>
  mockDirective({ tools: [{ name: "files_write_file", args: { path, content } }] });

test("writing a file asks first, takes the user's edit, and is denied, allowed for the chat and cancelled on request", async ({
  page,
  covalt,
}) => {
  const api = new CovaltApi(covalt);
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  const chatId = await api.createChat("Tools", model);
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);

  const chat = new ChatPage(page);
  const tools = new ToolCards(page);
  await tools.enableToolset("files");

  // 1. The model writes a file: an approval card with a diff preview; the user edits and allows.
  await chat.send(`Write hello.py ${writeFile("hello.py", "print('from the model')")}`);
  await expect(tools.approval).toBeVisible();
  await expect(tools.approval).toContainText("print('from the model')");
  await expect(tools.approval.getByTestId("diff-view")).toBeVisible();
  // The chat list marks the chat as waiting for the user, wherever they are.
  const listed = page.locator(`[data-testid="chat-list-item"][data-chat-id="${chatId}"]`);
  await expect(listed).toHaveAttribute("data-activity", "waiting");
  await page.screenshot({ path: test.info().outputPath("waiting-in-chat-list.png") });
  await tools.approval.getByTestId("approval-edit-toggle").click();
  await tools.approval.getByTestId("approval-field-content").fill("print('from the user')");
  await page.screenshot({ path: test.info().outputPath("editing-arguments.png") });
  await tools.answer("allow-once");

  const first = chat.lastAnswer();
  await expect(first).toHaveAttribute("data-status", "complete");
  await expect(listed).toHaveAttribute("data-activity", "idle");
  const written = readFileSync(join(covalt.dataDir, "workspaces", chatId, "hello.py"), "utf8");
  expect(written).toBe("print('from the user')");
  const card = tools.calls(first).first();
  await expect(card).toHaveAttribute("data-state", "complete");
  await card.getByRole("button", { name: /write_file/ }).click();
  await expect(card.getByTestId("code-view")).toContainText("print('from the user')");

  // 2. The next write is denied: nothing is written and the model is told.
  await chat.send(`Again ${writeFile("other.py", "x = 1")}`);
  await tools.answer("deny");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  await expect(tools.calls(chat.lastAnswer()).first()).toHaveAttribute("data-state", "denied");
  expect(await chat.answerText()).toContain("The user denied this tool call");

  // 3. "Allow for this chat" answers this request and every later one in the chat.
  await chat.send(`Third ${writeFile("third.py", "y = 2")}`);
  await tools.answer("allow-chat");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  await chat.send(`Fourth ${writeFile("fourth.py", "z = 3")}`);
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  await expect(tools.calls(chat.lastAnswer()).first()).toHaveAttribute("data-state", "complete");
  expect(readFileSync(join(covalt.dataDir, "workspaces", chatId, "fourth.py"), "utf8")).toBe("z = 3");

  // 4. Cancel while a request waits: the run ends cancelled and the call counts as denied.
  await api.call("PATCH", `/api/chats/${chatId}`, { tools: ["toolset:web"] });
  await page.reload();
  await chat.send(
    `Fetch ${mockDirective({ tools: [{ name: "web_fetch_url", args: { url: "https://example.com/" } }] })}`,
  );
  await expect(tools.approval).toBeVisible();
  // The run waits for as long as it takes; a reloaded page shows the same request again.
  await page.reload();
  await expect(tools.approval).toBeVisible();
  await chat.stopButton.click();
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "cancelled");
  await expect(tools.approval).toHaveCount(0);
  await expect(tools.calls(chat.lastAnswer()).first()).toHaveAttribute("data-state", "denied");
});
