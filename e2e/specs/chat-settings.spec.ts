import { createMockLlmServer, type MockLlmServer } from "@covalt/testing";
import { AppShell, CovaltApi, expect, test } from "../support/index.js";

let mock: MockLlmServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

test("a tool choice stays shown while it saves, even when the chat list refreshes meanwhile", async ({
  page,
  covalt,
}) => {
  const api = new CovaltApi(covalt);
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  const chatId = await api.createChat("Slow save", model);
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);

  // Hold the save back until another chat has made the list refetch the server's older answer.
  let releaseSave = () => {};
  const saveHeld = new Promise<void>((resolve) => {
    releaseSave = resolve;
  });
  await page.route(`**/api/chats/${chatId}`, async (route) => {
    if (route.request().method() === "PATCH") await saveHeld;
    await route.continue();
  });

  await page.getByTestId("tool-picker").click();
  const toggle = page.getByTestId("tool-picker-toolset-files");
  await toggle.click();
  await expect(toggle).toBeChecked();
  const listRefetched = page.waitForResponse(
    (response) => response.url().endsWith("/api/chats") && response.request().method() === "GET",
  );
  await api.createChat("Another chat", model);
  await listRefetched;
  await expect(toggle).toBeChecked();
  await expect(page.getByTestId("tool-picker-count")).toHaveText("5");

  releaseSave();
  await page.keyboard.press("Escape");
  await expect
    .poll(async () => (await api.call<{ chat: { tools: string[] } }>("GET", `/api/chats/${chatId}`)).chat.tools)
    .toEqual(["toolset:files"]);
  await page.reload();
  await expect(page.getByTestId("tool-picker")).toHaveAttribute("data-count", "5");
});
