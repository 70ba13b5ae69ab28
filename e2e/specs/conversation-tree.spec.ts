import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { AppShell, ChatPage, ConversationPage, CovaltApi, type ModelRef, expect, test } from "../support/index.js";

// One server for the file; each test builds its own chat through the API, then works in the UI.
test.describe.configure({ mode: "serial" });

let mock: MockLlmServer;
let api: CovaltApi;
let gptTest: ModelRef;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
});

test.afterAll(async () => {
  await mock.close();
});

test.beforeEach(async ({ page, covalt }) => {
  api = new CovaltApi(covalt);
  gptTest = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  await new AppShell(page).signIn(covalt.launchUrl);
  await expect(page.getByTestId("app-frame")).toBeVisible();
});

const reply = (text: string) => mockDirective({ reply: text });

test("editing a question starts a new branch, and ‹ › goes back to the old one", async ({ page }) => {
  const chatId = await api.createChat("Editing", gptTest);
  await api.sendTurn(chatId, `First question ${reply("First answer")}`, gptTest);
  await api.sendTurn(chatId, `Second question ${reply("Second answer")}`, gptTest);
  const tree = new ConversationPage(page);
  await tree.open(chatId);

  await tree.edit(tree.question("Second question"), `Second question, sharper ${reply("Sharper answer")}`);

  const edited = tree.question("Second question, sharper");
  await expect(tree.versions(edited)).toHaveText("2/2");
  await expect(tree.answers().last()).toHaveAttribute("data-status", "complete");
  expect(await tree.text(tree.answers().last())).toBe("Sharper answer");
  await expect(tree.question(/^Second question \[\[/)).toHaveCount(0);

  await edited.getByTestId("sibling-previous").click();
  const original = tree.question("Second question [[");
  await expect(tree.versions(original)).toHaveText("1/2");
  expect(await tree.text(tree.answers().last())).toBe("Second answer");

  // The choice is the chat's active branch: it survives a reload.
  await page.reload();
  await expect(tree.versions(tree.question("Second question [["))).toHaveText("1/2");
});

test("an answer is retried with another model as a sibling, and ‹ › and Alt+arrows switch between them", async ({
  page,
}) => {
  const chatId = await api.createChat("Retrying", gptTest);
  await api.sendTurn(chatId, "Compare the models please", gptTest);
  const tree = new ConversationPage(page);
  await tree.open(chatId);

  const answer = tree.answers().last();
  await tree.retryWithModel(answer, "org/model");

  await expect(tree.versions(tree.answers().last())).toHaveText("2/2");
  await expect(tree.answers().last()).toHaveAttribute("data-status", "complete");
  await expect(tree.answers().last().getByTestId("message-model")).toHaveText("org/model");

  await tree.answers().last().getByTestId("sibling-previous").click();
  await expect(tree.versions(tree.answers().last())).toHaveText("1/2");
  await expect(tree.answers().last().getByTestId("message-model")).toHaveText("gpt-test");
  // Focus stays on the switcher of the replacing row, so the keyboard can carry on.
  const focusedRole = () =>
    page.evaluate(() =>
      document.activeElement
        ?.closest('[data-testid="message-row"]')
        ?.querySelector('[data-testid="message"]')
        ?.getAttribute("data-role"),
    );
  await expect.poll(focusedRole).toBe("assistant");
  await page.keyboard.press("Alt+ArrowRight");
  await expect(tree.versions(tree.answers().last())).toHaveText("2/2");
  await expect(tree.answers().last().getByTestId("message-model")).toHaveText("org/model");
  await page.keyboard.press("Alt+ArrowLeft");
  await expect(tree.versions(tree.answers().last())).toHaveText("1/2");
});

test("the branch map shows every branch and jumps to one, switching the transcript", async ({ page }) => {
  const chatId = await api.createChat("Mapped", gptTest);
  const first = await api.sendTurn(chatId, `Where to start ${reply("Start here")}`, gptTest);
  await api.sendTurn(chatId, `Plan A details ${reply("Plan A answer")}`, gptTest);
  const planB = await api.sendTurn(
    chatId,
    `Plan B details ${reply("Plan B answer")}`,
    gptTest,
    first.assistantMessageId,
  );
  await api.call("POST", `/api/chats/${chatId}/branch`, { messageId: first.userMessageId });
  const tree = new ConversationPage(page);
  await tree.open(chatId);
  await expect(tree.question("Plan B details")).toBeVisible();

  await tree.openBranchMap();
  await expect(tree.segments).toHaveCount(3);
  const planA = tree.segments.filter({ hasText: "Plan A details" });
  await expect(planA).toHaveAttribute("data-on-active-path", "false");
  await expect(tree.segment(planB.userMessageId)).toHaveAttribute("data-current", "true");

  await planA.click();
  await expect(tree.question("Plan A details")).toBeVisible();
  await expect(tree.question("Plan B details")).toHaveCount(0);
  await expect(tree.question("Plan A details").locator("xpath=ancestor::*[@data-highlighted]")).toHaveCount(1);
  await expect(planA).toHaveAttribute("data-current", "true");
  await expect(tree.segment(planB.userMessageId)).toHaveAttribute("data-on-active-path", "false");
});

test("a stopped answer is continued in place by the same message", async ({ page }) => {
  const chat = new ChatPage(page);
  const tree = new ConversationPage(page);
  const chatId = await api.createChat("Continuing", gptTest);
  await tree.open(chatId);
  // Long enough that a loaded machine cannot finish it before the stop arrives.
  await chat.send(`Tell me a story ${mockDirective({ tokens: 240, rate: 40 })}`);
  await expect.poll(() => chat.answerWordCount(), { timeout: 10_000 }).toBeGreaterThan(8);
  await page.keyboard.press("Escape");
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute("data-status", "cancelled");
  const stoppedText = await chat.answerText();
  const answerId = await answer.getAttribute("data-message-id");

  await answer.getByTestId("continue-answer").click();
  await expect(answer).toHaveAttribute("data-status", "streaming");
  await expect(answer).toHaveAttribute("data-status", "complete", { timeout: 15_000 });
  await expect(chat.assistantMessages).toHaveCount(1);
  expect(await answer.getAttribute("data-message-id")).toBe(answerId);
  const continued = await chat.answerText();
  expect(continued.startsWith(stoppedText.slice(0, -1))).toBe(true);
  expect(await chat.answerWordCount()).toBeGreaterThan(stoppedText.split(/\s+/).length + 40);
});

test("a branch is forked into a new chat holding the path up to the message", async ({ page }) => {
  const chatId = await api.createChat("Original", gptTest);
  await api.sendTurn(chatId, `Keep this ${reply("Kept")}`, gptTest);
  await api.sendTurn(chatId, `Not this ${reply("Not kept")}`, gptTest);
  const tree = new ConversationPage(page);
  await tree.open(chatId);

  await tree.moreAction(tree.answers().first(), "fork-chat");

  await expect(page).not.toHaveURL(new RegExp(chatId));
  await expect(page.getByTestId("chat-heading")).toHaveText("Original (fork)");
  await expect(tree.messages).toHaveCount(2);
  await expect(tree.question("Keep this")).toBeVisible();
  await expect(page.locator('[data-testid="chat-list-item"][data-active="true"]')).toContainText("Original (fork)");
});

test("a search hit on another branch opens that branch and highlights the message", async ({ page }) => {
  const chatId = await api.createChat("Searchable", gptTest);
  const first = await api.sendTurn(chatId, `Tell me about ${reply("Dogs are loyal")}`, gptTest);
  await api.sendTurn(chatId, `Ask about marmalade sandwiches ${reply("Bears like them")}`, gptTest);
  await api.sendTurn(chatId, `Ask about something else ${reply("Something else")}`, gptTest, first.assistantMessageId);
  const tree = new ConversationPage(page);
  await tree.open(chatId);
  await expect(tree.question("Ask about something else")).toBeVisible();

  await tree.sidebarSearch.fill("marmalade");
  const hit = tree.searchHits.first();
  await expect(hit.getByTestId("search-hit-title")).toHaveText("Searchable");
  await expect(hit.getByTestId("search-hit-role")).toHaveText("You");
  await expect(hit.getByTestId("search-hit-snippet").locator("mark")).toHaveText("marmalade");
  await hit.click();

  const found = tree.question("Ask about marmalade sandwiches");
  await expect(found).toBeVisible();
  await expect(tree.versions(found)).toHaveText("1/2");
  await expect(found.locator("xpath=ancestor::*[@data-highlighted]")).toHaveCount(1);
  await expect(tree.question("Ask about something else")).toHaveCount(0);
});

test("the command palette finds messages and runs commands; shortcuts are listed and work", async ({ page }) => {
  const chatId = await api.createChat("Palette", gptTest);
  await api.sendTurn(chatId, `Quokkas are cheerful ${reply("Indeed")}`, gptTest);
  const tree = new ConversationPage(page);
  await page.goto("/");
  await expect(page.getByTestId("composer-input")).toBeFocused();

  // Works while typing, too: the composer has focus.
  await page.keyboard.press("Control+k");
  await page.getByTestId("palette-input").fill("quokkas");
  await page.locator('[data-testid="palette-hit"]').first().click();
  await expect(page).toHaveURL(new RegExp(chatId));
  await expect(tree.question("Quokkas are cheerful")).toBeVisible();

  await page.keyboard.press("Control+k");
  await page.getByTestId("palette-input").fill("settings");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings/);

  await page.locator("body").click();
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  await expect(page.getByTestId("shortcut")).toHaveCount(8);
  await page.keyboard.press("Escape");

  await page.keyboard.press("Control+Shift+O");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("composer-input")).toBeFocused();
});

test("Up in the empty composer edits the last question; deleting asks first", async ({ page }) => {
  const chatId = await api.createChat("Keys", gptTest);
  await api.sendTurn(chatId, `One ${reply("Uno")}`, gptTest);
  await api.sendTurn(chatId, `Two ${reply("Dos")}`, gptTest);
  const chat = new ChatPage(page);
  const tree = new ConversationPage(page);
  await tree.open(chatId);

  await chat.input.focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("message-editor-input")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("message-editor")).toHaveCount(0);

  await tree.moreAction(tree.question("Two"), "delete-message");
  const dialog = page.getByTestId("delete-message-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByTestId("confirm-button").click();
  await expect(tree.question("Two")).toHaveCount(0);
  await expect(tree.messages).toHaveCount(2);
  await page.reload();
  await expect(tree.messages).toHaveCount(2);
});

test("a long chat loads by pages on scroll-up, keeping the reader's place", async ({ page }) => {
  const turns = 100;
  const chatId = await api.createChat("Long", gptTest);
  for (let index = 1; index <= turns; index += 1) {
    await api.sendTurn(chatId, `Question ${index} ${reply(`Answer ${index}`)}`, gptTest);
  }
  const tree = new ConversationPage(page);
  await tree.open(chatId);
  await expect(tree.question(`Question ${turns} `)).toBeVisible();
  expect(await tree.loadedCount()).toBe(50);
  // Virtualized: only rows near the viewport are in the DOM.
  expect(await tree.messages.count()).toBeLessThan(30);

  // Scroll up step by step; whenever a page arrives, the message on screen must not move.
  for (let step = 0; step < 400 && (await tree.loadedCount()) < 2 * turns; step += 1) {
    const before = await tree.loadedCount();
    const anchor = await firstVisibleMessage(tree);
    const scrolled = await tree.transcript.evaluate((element) => {
      const top = element.scrollTop;
      element.scrollBy(0, -300);
      return top - element.scrollTop;
    });
    await page.waitForTimeout(30);
    if ((await tree.loadedCount()) > before && anchor !== undefined) {
      const now = await tree.message(anchor.id).evaluate((element) => element.getBoundingClientRect().top);
      // The scroll itself moved it down by `scrolled`; the older page above must not move it further.
      expect(Math.abs(now - (anchor.top + scrolled))).toBeLessThan(4);
    }
  }
  expect(await tree.loadedCount()).toBe(2 * turns);
  await tree.transcript.evaluate((element) => element.scrollTo(0, 0));
  await expect(tree.question("Question 1 ")).toBeVisible();
  await expect(page.getByTestId("history-older")).toHaveCount(0);

  await page.getByTestId("jump-to-latest").click();
  await expect(tree.question(`Question ${turns} `)).toBeVisible();
});

async function firstVisibleMessage(tree: ConversationPage): Promise<{ id: string; top: number } | undefined> {
  return tree.transcript.evaluate((container) => {
    const top = container.getBoundingClientRect().top;
    for (const element of container.querySelectorAll('[data-testid="message"]')) {
      const box = element.getBoundingClientRect();
      if (box.bottom > top) return { id: element.getAttribute("data-message-id") ?? "", top: box.top };
    }
    return undefined;
  });
}
