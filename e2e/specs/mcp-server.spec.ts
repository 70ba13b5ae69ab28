import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { AppShell, ChatPage, CovaltApi, ToolCards, everythingServer, expect, test } from "../support/index.js";

let mock: MockLlmServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

test("a stdio MCP server is added, consented to and its tool called by the model with approval", async ({
  page,
  covalt,
}) => {
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto("/settings#mcp");
  await expect(page.getByTestId("settings-mcp")).toBeVisible();

  await page.getByTestId("mcp-add").click();
  await page.getByTestId("mcp-name").fill("Everything");
  await page.getByTestId("mcp-command").fill(process.execPath);
  await page.getByTestId("mcp-args").fill(`${everythingServer} stdio`);
  await page.getByTestId("mcp-add-submit").click();

  // Nothing runs before consent; the screen shows exactly what will.
  const consent = page.getByTestId("mcp-consent-dialog");
  await expect(consent).toBeVisible();
  await expect(consent).toContainText(process.execPath);
  await expect(consent).toContainText(everythingServer);
  const row = page.getByTestId("mcp-server-row").filter({ hasText: "Everything" });
  await expect(row).not.toHaveAttribute("data-status", "ready");
  await page.getByTestId("mcp-consent-allow").click();
  await expect(row).toHaveAttribute("data-status", /ready|idle/);
  const serverId = (await row.getAttribute("data-server-id")) ?? "";

  const api = new CovaltApi(covalt);
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  const chatId = await api.createChat("MCP", model);
  await api.call("PATCH", `/api/chats/${chatId}`, { tools: [`mcp:${serverId}`] });
  await page.goto(`/chats/${chatId}`);

  const chat = new ChatPage(page);
  const tools = new ToolCards(page);
  await chat.send(
    `Echo it ${mockDirective({ tools: [{ name: `${serverId}_echo`, args: { message: "hello MCP" } }] })}`,
  );
  await expect(tools.approval).toBeVisible();
  await tools.answer("allow-once");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  const card = tools.calls(chat.lastAnswer()).first();
  await expect(card).toHaveAttribute("data-state", "complete");
  await card.getByRole("button", { name: /echo/ }).first().click();
  await expect(card).toContainText("Echo: hello MCP");
  expect(await chat.answerText()).toContain("Echo: hello MCP");
});
