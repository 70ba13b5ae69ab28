import { createMockLlmServer, type MockLlmServer } from "@covalt/testing";
import { AppShell, ChatPage, CovaltApi, everythingServer, expect, test } from "../support/index.js";

let mock: MockLlmServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

test("a lazy MCP server's prompts are slash commands and its resources attach to a message", async ({
  page,
  covalt,
}) => {
  const api = new CovaltApi(covalt);
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  // Consented but lazy: nothing has started it when the user first types `/`.
  await api.addStdioMcpServer("Everything", process.execPath, [everythingServer, "stdio"]);
  const chatId = await api.createChat("Prompts", model);
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);
  const chat = new ChatPage(page);

  // `/` lists the server's prompts under its name; typing filters; Enter opens the argument form.
  await chat.input.fill("/args");
  const list = page.getByTestId("mcp-prompt-list");
  await expect(list).toContainText("Everything");
  await expect(list.getByTestId("mcp-prompt-args-prompt")).toBeVisible();
  await expect(list.getByTestId("mcp-prompt-simple-prompt")).toHaveCount(0);
  await chat.input.press("Enter");
  const form = page.getByTestId("mcp-prompt-form");
  await expect(form).toBeVisible();
  // The required argument is asked for before the prompt is fetched.
  await form.getByTestId("mcp-prompt-submit").click();
  await expect(form).toContainText(/required/i);
  await form.getByTestId("mcp-prompt-arg-city").fill("Paris");
  await form.getByTestId("mcp-prompt-submit").click();
  await expect(form).toBeHidden();
  await expect(chat.input).toHaveValue("What's weather in Paris?");

  // A resource is read from the server and attached as a file of the message.
  await page.getByTestId("composer-attach-mcp").click();
  const dialog = page.getByTestId("mcp-resource-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByTestId("mcp-resource-search").fill("architecture");
  await dialog.getByTestId("mcp-resource-0").click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("composer-attachment")).toContainText("architecture");
  await page.screenshot({ path: test.info().outputPath("prompt-and-resource.png") });
});
