import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import type { Locator } from "@playwright/test";
import { AppShell, type BeaconServer, ChatPage, CovaltApi, expect, startBeaconServer, test } from "../support/index.js";

/**
 * Links in model output open only http, https and mailto, in a new tab without opener or referrer;
 * every other scheme (and relative addresses) stays plain text. Remote images send nothing out.
 * (The markdown tool renderer uses the same component; security-xss.spec.ts checks its anchors.)
 */
test.describe.configure({ mode: "serial" });

let mock: MockLlmServer;
let beacon: BeaconServer;

test.beforeAll(async () => {
  mock = await createMockLlmServer();
  beacon = await startBeaconServer();
});

test.afterAll(async () => {
  await mock.close();
  await beacon.close();
});

const allowed = {
  "ok-https": "https://example.com/page?q=1",
  "ok-http": "http://example.com/",
  "ok-mailto": "mailto:someone@example.com",
};

const refused = {
  "no-js": "javascript:alert(1)",
  "no-js-case": "JaVaScRiPt:alert(1)",
  "no-data": "data:text/html;base64,PGI+eDwvYj4=",
  "no-vbscript": "vbscript:msgbox(1)",
  "no-file": "file:///etc/passwd",
  "no-relative": "/api/chats",
  "no-fragment": "#top",
  "no-ftp": "ftp://example.com/file",
  "no-tel": "tel:+15550100",
  "no-custom": "covalt-internal://settings",
};

function linkMarkdown(beaconUrl: string): string {
  return [
    ...Object.entries(allowed).map(([label, href]) => `[${label}](${href})`),
    ...Object.entries(refused).map(([label, href]) => `[${label}](<${href}>)`),
    "Autolinks: https://example.org/auto and <https://example.net/angle> and <mailto:auto@example.com>",
    `<a href="https://example.com/raw" target="_self" rel="opener" ping="${beaconUrl}/x/ping">raw-html-link</a>`,
    `<a href="javascript:alert(2)">raw-html-js</a>`,
    `![remote image](${beaconUrl}/x/image.png)`,
    `<img src="${beaconUrl}/x/raw-image.png" alt="raw remote image">`,
  ].join("\n\n");
}

async function expectLinkPolicy(scope: Locator) {
  for (const [label, href] of Object.entries(allowed)) {
    const link = scope.getByRole("link", { name: label, exact: true });
    await expect(link).toHaveAttribute("href", new URL(href).href);
  }
  for (const label of Object.keys(refused)) {
    // Streamdown's sanitizer may mark what it dropped with " [blocked]"; either way it is text.
    await expect(scope.getByText(new RegExp(`^${label}( \\[blocked\\])?$`))).toBeVisible();
    await expect(scope.getByRole("link", { name: label, exact: true })).toHaveCount(0);
  }
  await expect(scope.getByRole("link", { name: "raw-html-js" })).toHaveCount(0);
  await expect(scope.getByRole("link", { name: "raw-html-link" })).toHaveAttribute("href", "https://example.com/raw");
  await expect(scope.getByRole("link", { name: "https://example.org/auto" })).toBeVisible();

  const anchors = await scope.locator("a").evaluateAll((elements) =>
    elements.map((element) => ({
      href: element.getAttribute("href") ?? "",
      target: element.getAttribute("target"),
      rel: (element.getAttribute("rel") ?? "").split(/\s+/),
      ping: element.getAttribute("ping"),
    })),
  );
  expect(anchors.length).toBeGreaterThanOrEqual(7);
  for (const anchor of anchors) {
    expect(anchor.href).toMatch(/^(https?:\/\/|mailto:)/);
    expect(anchor.target, anchor.href).toBe("_blank");
    expect(anchor.rel, anchor.href).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    expect(anchor.ping, anchor.href).toBeNull();
  }
}

test("links in model text follow the link policy; remote images stay blocked", async ({ page, covalt, context }) => {
  const api = new CovaltApi(covalt);
  const model = { providerId: await api.mockProvider(mock.url), modelId: "gpt-test" };
  const chatId = await api.createChat("Links", model);
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto(`/chats/${chatId}`);
  const chat = new ChatPage(page);

  await chat.send(`Links ${mockDirective({ reply: linkMarkdown(beacon.url) })}`);
  const answer = chat.lastAnswer();
  await expect(answer).toHaveAttribute("data-status", "complete");
  await expectLinkPolicy(answer.getByTestId("message-content"));

  // Opening a link: a new tab, which has no handle on the app and was not told where it came from.
  await context.route("https://example.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>external</title>" }),
  );
  const [popup] = await Promise.all([
    context.waitForEvent("page"),
    answer.getByRole("link", { name: "ok-https", exact: true }).click(),
  ]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe(allowed["ok-https"]);
  expect(await popup.evaluate(() => window.opener as unknown)).toBeNull();
  expect(await popup.evaluate(() => document.referrer)).toBe("");
  await popup.close();
  expect(page.url()).toContain(`/chats/${chatId}`);

  // Remote images: the app CSP refuses them, so nothing reached the beacon.
  await page.waitForTimeout(300);
  expect(beacon.hits).toEqual([]);
});
