import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import {
  AppShell,
  ChatPage,
  CovaltApi,
  type CovaltFixtures,
  McpInteractions,
  type ModelRef,
  ToolCards,
  everythingServer,
  expect,
  test,
} from "../support/index.js";

let mock: MockLlmServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

interface Setup {
  api: CovaltApi;
  model: ModelRef;
  serverId: string;
  chatId: string;
}

/**
 * A chat with server-everything's tools enabled. The server is trusted, so its tools run without
 * an approval card and the only thing waiting for the user is the server's own request.
 */
async function chatWithEverything(covalt: CovaltFixtures["covalt"], title: string): Promise<Setup> {
  const api = new CovaltApi(covalt);
  const { servers } = await api.call<{ servers: { id: string; name: string }[] }>("GET", "/api/mcp/servers");
  const serverId =
    servers.find((server) => server.name === "Everything")?.id ??
    (await api.addStdioMcpServer("Everything", process.execPath, [everythingServer, "stdio"], { trusted: true }));
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  const chatId = await api.createChat(title, model);
  await api.call("PATCH", `/api/chats/${chatId}`, { tools: [`mcp:${serverId}`] });
  return { api, model, serverId, chatId };
}

function callTool(serverId: string, tool: string, args: unknown = {}): string {
  return mockDirective({ tools: [{ name: `${serverId}_${tool}`, args }] });
}

test("an elicitation is a form inside the tool card of its chat, with the defaults filled in", async ({
  page,
  covalt,
}) => {
  const { serverId, chatId } = await chatWithEverything(covalt, "Elicitation");
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);
  const chat = new ChatPage(page);
  const tools = new ToolCards(page);
  const interactions = new McpInteractions(page);

  await chat.send(`Ask me ${callTool(serverId, "trigger-elicitation-request")}`);
  const card = tools.calls(chat.lastAnswer()).first();
  const form = interactions.inlineElicitation(card);
  await expect(form).toBeVisible();
  await expect(card).toHaveAttribute("data-state", "running");
  await expect(form.getByRole("heading", { name: "Everything asks for input" })).toBeVisible();
  await expect(form).toContainText("Please provide inputs for the following fields:");

  // The form is answered where it was asked; the dialog stays away, also after its grace period.
  const name = interactions.field(form, "name");
  await expect(name).toBeFocused();
  await expect(interactions.field(form, "firstLine")).toHaveValue("It was a dark and stormy night.");
  await expect(interactions.field(form, "integer")).toHaveValue("42");
  await expect(interactions.field(form, "untitledSingleSelectEnum")).toHaveValue("Monica");
  await expect(interactions.field(form, "legacyTitledEnum")).toHaveValue("pet-1");
  await page.waitForTimeout(1_500);
  await expect(interactions.elicitationDialog).toHaveCount(0);

  await page.keyboard.type("Ada Lovelace");
  await interactions.field(form, "integer").fill("7");
  await interactions.field(form, "email").fill("ada@example.com");
  await form.getByTestId("mcp-elicitation-accept").click();

  await expect(form).toHaveCount(0);
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  await expect(card).toHaveAttribute("data-state", "complete");
  await card.getByRole("button", { name: /trigger-elicitation-request/ }).click();
  await expect(card).toContainText("Name: Ada Lovelace");
  await expect(card).toContainText("Favorite Integer: 7");
  await expect(card).toContainText("Email: ada@example.com");
  // Defaults the user left alone were sent too.
  await expect(card).toContainText("It was a dark and stormy night.");
});

test("a request made while the user is on another page shows as the dialog", async ({ page, covalt }) => {
  const { api, model, serverId, chatId } = await chatWithEverything(covalt, "Elsewhere");
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto("/settings");
  const interactions = new McpInteractions(page);

  const turn = await api.call<{ runId: string }>("POST", `/api/chats/${chatId}/messages`, {
    content: `Ask me ${callTool(serverId, "trigger-elicitation-request")}`,
    model,
  });
  const dialog = interactions.elicitationDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Everything asks for input");
  await expect(interactions.field(dialog, "integer")).toHaveValue("42");
  await interactions.field(dialog, "name").fill("Grace Hopper");
  await dialog.getByTestId("mcp-elicitation-accept").click();
  await expect(dialog).toHaveCount(0);
  await api.waitForRun(turn.runId);

  await page.goto(`/chats/${chatId}`);
  const chat = new ChatPage(page);
  const card = new ToolCards(page).calls(chat.lastAnswer()).first();
  await expect(card).toHaveAttribute("data-state", "complete");
  await card.getByRole("button", { name: /trigger-elicitation-request/ }).click();
  await expect(card).toContainText("Name: Grace Hopper");
});

test("leaving the chat with a form unanswered hands it to the dialog", async ({ page, covalt }) => {
  const { serverId, chatId } = await chatWithEverything(covalt, "Leaving");
  const shell = new AppShell(page);
  await shell.signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);
  const chat = new ChatPage(page);
  const interactions = new McpInteractions(page);

  await chat.send(`Ask me ${callTool(serverId, "trigger-elicitation-request")}`);
  const card = new ToolCards(page).calls(chat.lastAnswer()).first();
  await expect(interactions.inlineElicitation(card)).toBeVisible();
  await expect(interactions.elicitationDialog).toHaveCount(0);

  await shell.settingsLink.click();
  await expect(page).toHaveURL(/\/settings/);
  const dialog = interactions.elicitationDialog;
  await expect(dialog).toBeVisible();
  await dialog.getByTestId("mcp-elicitation-decline").click();
  await expect(dialog).toHaveCount(0);

  await page.goto(`/chats/${chatId}`);
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  const answered = new ToolCards(page).calls(chat.lastAnswer()).first();
  await answered.getByRole("button", { name: /trigger-elicitation-request/ }).click();
  await expect(answered).toContainText("User declined");
});

test("a sampling request is approved inside the tool card and the completion reaches the tool", async ({
  page,
  covalt,
}) => {
  const { serverId, chatId } = await chatWithEverything(covalt, "Sampling");
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);
  const chat = new ChatPage(page);
  const interactions = new McpInteractions(page);

  await chat.send(
    `Sample ${callTool(serverId, "trigger-sampling-request", { prompt: "Write a haiku about tests", maxTokens: 50 })}`,
  );
  const card = new ToolCards(page).calls(chat.lastAnswer()).first();
  const preview = interactions.inlineSampling(card);
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Everything asks to use your model" })).toBeVisible();
  await expect(preview.getByTestId("mcp-sampling-max-tokens")).toHaveText("50");
  await expect(preview.getByTestId("mcp-sampling-messages")).toContainText("Write a haiku about tests");
  const approve = preview.getByTestId("mcp-sampling-approve");
  await expect(approve).toBeFocused();
  await expect(interactions.samplingDialog).toHaveCount(0);

  await approve.click();
  // The mock model echoes the prompt; the result stays in the card after the request has ended.
  const result = preview.getByTestId("mcp-sampling-result");
  await expect(result).toContainText("Resource trigger-sampling-request context: Write a haiku about tests");
  await expect(chat.lastAnswer()).toHaveAttribute("data-status", "complete");
  await expect(card).toHaveAttribute("data-state", "complete");
  await expect(result).toBeVisible();
  await preview.getByTestId("mcp-sampling-close").click();
  await expect(preview).toHaveCount(0);

  await card.getByRole("button", { name: /trigger-sampling-request/ }).click();
  await expect(card).toContainText("LLM sampling result");
  await expect(card).toContainText("Write a haiku about tests");
  await expect(interactions.samplingDialog).toHaveCount(0);
});
