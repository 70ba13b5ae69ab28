import { AppShell, ConnectionErrorPage, SettingsPage, expect, test } from "../support/index.js";

test("the launch URL signs the browser in and the app frame renders", async ({ page, covalt, context }) => {
  const shell = new AppShell(page);
  await shell.signIn(covalt.launchUrl);

  // The token must leave the address bar (and history) once it is in the cookie.
  await expect(page).toHaveURL(`${covalt.url}/`);
  expect(page.url()).not.toContain(covalt.token);
  const cookies = await context.cookies(covalt.url);
  expect(cookies.find((cookie) => cookie.name === "covalt_token")).toMatchObject({
    httpOnly: true,
    sameSite: "Strict",
  });

  await expect(shell.frame).toBeVisible();
  await expect(shell.sidebar).toBeVisible();
  await expect(shell.chatView).toBeVisible();

  await shell.settingsLink.click();
  const settings = new SettingsPage(page);
  await expect(settings.root).toBeVisible();
  await expect(settings.aboutVersion).toHaveText("0.1.0");
});

test("a browser without the token cookie is told it is not signed in", async ({ browser, covalt }) => {
  const context = await browser.newContext({ baseURL: covalt.url });
  try {
    const page = await context.newPage();
    await page.goto("/");
    const errorPage = new ConnectionErrorPage(page);
    await expect(errorPage.withReason("unauthorized")).toBeVisible();
    await expect(new AppShell(page).frame).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test("the API refuses callers without the token, for a foreign host or from a foreign origin", async ({
  request,
  covalt,
}) => {
  const anonymous = await request.get("/api/session");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ error: { code: "unauthorized" } });

  const authorization = `Bearer ${covalt.token}`;
  const signedIn = await request.get("/api/session", { headers: { authorization } });
  expect(signedIn.status()).toBe(200);
  expect(await signedIn.json()).toMatchObject({ version: "0.1.0", dataDir: covalt.dataDir });

  // Sent with a valid token, so only the origin check can be what refuses it.
  const foreignHost = await request.get("/api/session", { headers: { authorization, host: "evil.example" } });
  expect(foreignHost.status()).toBe(403);
  expect(await foreignHost.json()).toMatchObject({ error: { code: "forbidden-host" } });

  const foreign = await request.get("/api/session", { headers: { authorization, origin: "http://evil.example" } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ error: { code: "forbidden-origin" } });
});

test.describe("theme", () => {
  test.use({ colorScheme: "light" });

  test("the theme toggle switches the dark class on <html> and the choice survives a reload", async ({
    page,
    covalt,
  }) => {
    const shell = new AppShell(page);
    await shell.signIn(covalt.launchUrl);
    await expect(shell.frame).toBeVisible();
    await expect(shell.root).not.toContainClass("dark");

    // The toggle cycles through its options; dark must be among the next few.
    for (let clicks = 0; clicks < 3 && !(await shell.isDark()); clicks += 1) {
      await shell.cycleTheme();
    }
    await expect(shell.root).toContainClass("dark");

    await page.reload();
    await expect(shell.frame).toBeVisible();
    await expect(shell.root).toContainClass("dark");

    for (let clicks = 0; clicks < 3 && (await shell.isDark()); clicks += 1) {
      await shell.cycleTheme();
    }
    await expect(shell.root).not.toContainClass("dark");
  });
});
