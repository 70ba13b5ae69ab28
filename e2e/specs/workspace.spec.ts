import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { AppShell, ChatPage, ConversationPage, CovaltApi, expect, test } from "../support/index.js";

let mock: MockLlmServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

const write = (...files: [string, string][]) =>
  mockDirective({ tools: files.map(([path, content]) => ({ name: "files_write_file", args: { path, content } })) });

test("files follow the branch: written by the model, edited by the user, restored on switching back, diffed", async ({
  page,
  covalt,
}) => {
  const api = new CovaltApi(covalt);
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  const chatId = await api.createChat("Files", model);
  await api.call("PATCH", `/api/chats/${chatId}`, { tools: ["toolset:files"] });
  // Approvals have their own spec; here the files toolset runs unasked.
  await api.call("PUT", "/api/tool-policies", { target: "toolset:files", approval: "auto" });
  const onDisk = (path: string) => readFileSync(join(covalt.dataDir, "workspaces", chatId, path), "utf8");

  await new AppShell(page).signIn(covalt.launchUrl);
  const conversation = new ConversationPage(page);
  await conversation.open(chatId);
  const chat = new ChatPage(page);
  await page.getByTestId("toggle-workspace").click();
  const entry = (path: string) => page.locator(`[data-testid="workspace-entry"][data-path="${path}"]`);

  // 1. The model writes two files; the browser marks both as changed by the last run.
  await chat.send(`Start the project ${write(["app.py", "print('v1')\n"], ["notes.md", "# Notes\n"])}`);
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  await expect(entry("app.py")).toHaveAttribute("data-changed", "added");
  await expect(entry("notes.md")).toHaveAttribute("data-changed", "added");

  // 2. The user edits app.py in the artifact panel; autosave writes it.
  await entry("app.py").click();
  const editor = page.getByTestId("file-editor").locator(".cm-content");
  await expect(editor).toContainText("print('v1')");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("print('edited')\n");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  await expect.poll(() => onDisk("app.py")).toBe("print('edited')\n");

  // 3. Editing the first question starts a branch from before the files existed.
  await conversation.edit(conversation.question(/Start the project/), `Another plan ${write(["plan.txt", "B"])}`);
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  await expect(entry("plan.txt")).toBeVisible();
  await expect(entry("app.py")).toHaveCount(0);
  expect(onDisk("plan.txt")).toBe("B");

  // 4. Back on the first branch: its files, with the user's edit.
  const question = page.locator('[data-testid="message"][data-role="user"]').first();
  await question.getByTestId("sibling-previous").click();
  await expect(entry("app.py")).toBeVisible();
  await expect(entry("plan.txt")).toHaveCount(0);
  expect(onDisk("app.py")).toBe("print('edited')\n");
  await entry("app.py").click();
  await expect(editor).toContainText("print('edited')");

  // 5. The diff view compares the file now with the version the model wrote.
  await page.getByTestId("compare-with").click();
  await page.getByTestId("compare-version").last().click();
  const compare = page.getByTestId("version-compare");
  await expect(compare).toContainText("print('v1')");
  await expect(compare).toContainText("print('edited')");
});
