import { fileURLToPath } from "node:url";
import type { CovaltProcess } from "@covalt/testing";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import type { Locator, Page } from "@playwright/test";
import {
  AppShell,
  type BeaconServer,
  type CspViolation,
  ChatPage,
  CovaltApi,
  type ProbeReport,
  ToolCards,
  type XssPayload,
  XssWatch,
  artifactSecret,
  describePayload,
  expect,
  joinPayloads,
  navigationArtifacts,
  probeArtifact,
  startBeaconServer,
  test,
  xssCorpus,
} from "../support/index.js";

/**
 * Hostile content through every render path: model markdown, each tool-result renderer and the
 * html artifact sandbox. Nothing may run in the app's origin, read the token cookie, reach the API
 * or send a request out (the beacon server counts every request it gets).
 */
test.describe.configure({ mode: "serial" });

const toolsetDir = fileURLToPath(new URL("../fixtures/xss-toolset/", import.meta.url));

let mock: MockLlmServer;
let beacon: BeaconServer;
const installedOn = new Set<string>();

test.beforeAll(async () => {
  mock = await createMockLlmServer();
  beacon = await startBeaconServer();
});

test.afterAll(async () => {
  await mock.close();
  await beacon.close();
});

test.beforeEach(() => {
  beacon.hits.length = 0;
});

interface Session {
  chat: ChatPage;
  tools: ToolCards;
  watch: XssWatch;
}

/** A chat on the mock model with the test toolset enabled, open in the browser under watch. */
async function openChat(page: Page, covalt: CovaltProcess, title: string): Promise<Session> {
  const api = new CovaltApi(covalt);
  if (!installedOn.has(covalt.url)) {
    await api.call("POST", "/api/toolsets", { path: toolsetDir });
    installedOn.add(covalt.url);
  }
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  const chatId = await api.createChat(title, model);
  await api.call("PATCH", `/api/chats/${chatId}`, { tools: ["toolset:xss-kit"] });
  const watch = await XssWatch.attach(page);
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);
  return { chat: new ChatPage(page), tools: new ToolCards(page), watch };
}

/** Gives handlers that fire on interaction a chance: hover over everything, wait for late events. */
async function provoke(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const [x, y] of [
    [size.width / 2, size.height / 2],
    [size.width / 3, size.height / 3],
    [(size.width * 2) / 3, (size.height * 2) / 3],
  ] as const) {
    await page.mouse.move(x, y);
  }
  await page.keyboard.press("Tab");
  await page.waitForTimeout(600);
}

/** The app's origin saw no payload run, no popup, no remote request, and the cookie stayed unreadable. */
async function expectNothingRan(page: Page, watch: XssWatch, covalt: CovaltProcess, corpus: XssPayload[]) {
  expect(
    watch.dialogs.map((message) => describePayload(corpus, message)),
    "dialogs",
  ).toEqual([]);
  expect(watch.popups, "popups").toEqual([]);
  const fired = await watch.appGlobal();
  expect(
    fired === undefined ? undefined : describePayload(corpus, JSON.stringify(fired)),
    "window.__xss",
  ).toBeUndefined();
  expect(beacon.hits, "requests that reached the beacon").toEqual([]);
  // The sanitizer, not just the CSP, must keep script out: a blocked inline script or handler
  // means hostile markup reached the DOM and only the second line of defence held.
  // Zod probes `Function("")` once to decide whether to compile its parsers; that comes from the
  // app's own bundle, not from content, and the CSP refusing it is what we want.
  const zodProbe = (violation: CspViolation) =>
    violation.blocked === "eval" && violation.source.startsWith(`${covalt.url}/assets/`);
  const scriptViolations = (await watch.violations()).filter(
    (violation) => violation.directive.startsWith("script") && !zodProbe(violation),
  );
  expect(scriptViolations, "script the app CSP had to block").toEqual([]);
  expect(await page.evaluate(() => document.cookie)).not.toContain(covalt.token);
  expect(new URL(page.url()).origin).toBe(covalt.url);
}

/** Every anchor the app rendered from untrusted content: http(s)/mailto only, new tab, no opener. */
async function expectSafeAnchors(scope: Locator) {
  const anchors = await scope.locator("a").evaluateAll((elements) =>
    elements.map((element) => ({
      href: element.getAttribute("href"),
      target: element.getAttribute("target"),
      rel: element.getAttribute("rel") ?? "",
      ping: element.getAttribute("ping"),
      text: element.textContent,
    })),
  );
  for (const anchor of anchors) {
    expect(anchor.href ?? "", `href of "${anchor.text}"`).toMatch(/^(https?:\/\/|mailto:)/);
    expect(anchor.target, `target of ${anchor.href ?? ""}`).toBe("_blank");
    expect(anchor.rel.split(/\s+/), `rel of ${anchor.href ?? ""}`).toEqual(
      expect.arrayContaining(["noopener", "noreferrer"]),
    );
    expect(anchor.ping).toBeNull();
  }
}

test("model markdown: no payload runs, leaks or becomes a dangerous link", async ({ page, covalt }) => {
  const corpus = xssCorpus(beacon.url, "markdown");
  expect(corpus.length).toBeGreaterThanOrEqual(50);
  const { chat, watch } = await openChat(page, covalt, "XSS in markdown");

  await chat.send(`Payloads ${mockDirective({ reply: joinPayloads(corpus) })}`);
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute("data-status", "complete");
  // The payloads were rendered, not dropped: their link texts are there as plain text.
  await expect(answer.getByTestId("message-content")).toContainText("md-js");
  await expect(answer.getByTestId("message-content")).toContainText("html-js-link");
  await provoke(page);

  await expectNothingRan(page, watch, covalt, corpus);
  await expectSafeAnchors(answer);
  // Remote images are refused by the app CSP, so an image URL cannot carry data out.
  const blockedImages = (await watch.violations()).filter((violation) => violation.directive === "img-src");
  for (const violation of blockedImages) expect(violation.blocked).toContain(beacon.url);
});

test("tool results: markdown, code, json, table, terminal and default renderers show payloads as inert content", async ({
  page,
  covalt,
}) => {
  const markdown = xssCorpus(beacon.url, "markdown", 100);
  const text = xssCorpus(beacon.url, "text", 300);
  const terminal = xssCorpus(beacon.url, "terminal", 500);
  const corpus = [...markdown, ...text, ...terminal];
  const { chat, tools, watch } = await openChat(page, covalt, "XSS in tool results");

  const calls = [
    { name: "xss-kit_as_markdown", args: { text: joinPayloads(markdown) } },
    { name: "xss-kit_as_code", args: { text: joinPayloads(text) } },
    { name: "xss-kit_as_json", args: Object.fromEntries(text.map((payload) => [payload.text, payload.text])) },
    {
      name: "xss-kit_as_table",
      args: {
        rows: text.map((payload) => ({ id: payload.id, payload: payload.text, [payload.text]: payload.vector })),
      },
    },
    { name: "xss-kit_as_terminal", args: { text: joinPayloads(terminal), command: text[0]?.text ?? "" } },
    { name: "xss-kit_as_default", args: { payloads: text.map((payload) => payload.text) } },
  ];
  await chat.send(`Tools ${mockDirective({ tools: calls })}`);
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute("data-status", "complete");
  const blocks = tools.calls(answer);
  await expect(blocks).toHaveCount(calls.length);
  for (const call of calls) {
    const tool = call.name.replace("xss-kit_", "");
    await answer
      .locator(`[data-testid="tool-call-block"][data-tool-id="toolset:xss-kit/${tool}"]`)
      .getByRole("button", { name: new RegExp(tool) })
      .first()
      .click();
  }
  for (const kind of ["markdown", "code", "json", "table", "terminal", "default"]) {
    await expect(answer.getByTestId(`${kind}-view`).first(), `${kind} renderer`).toBeVisible();
  }
  // Shown as text, where the renderer is a text renderer.
  await expect(answer.getByTestId("code-view")).toContainText("onerror");
  await expect(answer.getByTestId("terminal-view")).toContainText("<script>");
  await expect(answer.getByTestId("markdown-view")).toContainText("md-js");
  await provoke(page);

  await expectNothingRan(page, watch, covalt, corpus);
  await expectSafeAnchors(answer);
});

test("html artifacts run on an opaque origin: no cookie, storage, parent, API, popup or network", async ({
  page,
  covalt,
}) => {
  const { chat, tools, watch } = await openChat(page, covalt, "Hostile artifact");
  const html = probeArtifact(beacon.url);
  await chat.send(
    `Artifact ${mockDirective({ tools: [{ name: "xss-kit_as_html", args: { title: "probe", html, data: { secret: artifactSecret } } }] })}`,
  );
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute("data-status", "complete");
  await tools
    .calls(answer)
    .first()
    .getByRole("button", { name: /as_html/ })
    .click();
  const body = answer.getByTestId("html-view").frameLocator("iframe").locator("body");
  await expect(body, "the artifact's own script ran").toHaveAttribute("data-probe", /toolData/, { timeout: 10_000 });
  const report = JSON.parse((await body.getAttribute("data-probe")) ?? "{}") as ProbeReport;

  // It ran, with its data, on an opaque origin.
  expect(report.toolData).toBe(artifactSecret);
  expect(report.origin).toBe("null");
  // Nothing of the app's origin is reachable.
  expect(report.cookie ?? "").not.toContain(covalt.token);
  expect(report.cookie).toMatch(/^(blocked:|$)/);
  for (const key of ["localStorage", "sessionStorage", "indexedDB", "parentDocument", "parentGlobal"]) {
    expect(report[key], key).toMatch(/^blocked:/);
  }
  for (const key of ["parentLocation", "topLocation", "documentDomain"]) {
    expect(report[key], key).toMatch(/^blocked:/);
  }
  for (const key of ["appApi", "appApiAbsolute", "beaconFetch", "xhr"]) {
    expect(report[key], key).toMatch(/^blocked:/);
  }
  expect(report.popup).toBe("null");
  // sendBeacon only queues (it answers true either way); the beacon's log below says whether it left.

  await page.waitForTimeout(600);
  await expectNothingRan(page, watch, covalt, []);
  expect(await watch.appGlobal()).toBeUndefined();
  // Its forged "here is a document" message did not make the app render anything new.
  await expect(chat.assistantMessages).toHaveCount(1);
});

test("html artifacts cannot leave by navigating their own frame", async ({ page, covalt }) => {
  const { chat, tools, watch } = await openChat(page, covalt, "Navigating artifact");
  // One turn each: repeated calls of one tool are grouped in the transcript.
  for (const [title, html] of Object.entries(navigationArtifacts(beacon.url))) {
    const args = { title, html, data: { secret: artifactSecret } };
    await chat.send(`Artifact ${mockDirective({ tools: [{ name: "xss-kit_as_html", args }] })}`);
    const answer = chat.lastAnswer();
    await expect(answer).toHaveAttribute("data-status", "complete");
    await tools
      .calls(answer)
      .first()
      .getByRole("button", { name: /as_html/ })
      .click();
    await expect(answer.getByTestId("html-view")).toBeVisible();
  }
  await page.waitForTimeout(1_500);

  expect(beacon.hits, "requests that reached the beacon").toEqual([]);
  await expectNothingRan(page, watch, covalt, []);
});
