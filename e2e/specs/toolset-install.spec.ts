import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { AppShell, expect, test } from "../support/index.js";

const manifest = (id: string, name: string, extra = "") => `id: ${id}
name: ${name}
version: 1.2.0
description: Says hello.
tools:
  - name: greet
    description: Greets someone.
    entry: tools/greet.js
    input_schema: { type: object, properties: { who: { type: string } }, required: [who] }
    risk: read
${extra}`;

const greet = 'export default { async execute(args) { return { greeting: "Hello, " + args.who + "!" }; } };\n';

function toolsetFolder(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "covalt-e2e-toolset-"));
  mkdirSync(join(dir, "tools"));
  writeFileSync(join(dir, "toolset.yaml"), yaml);
  writeFileSync(join(dir, "tools", "greet.js"), greet);
  return dir;
}

test.beforeEach(async ({ page, covalt }) => {
  await new AppShell(page).signIn(covalt.launchUrl);
  await page.goto("/settings#tools");
  await expect(page.getByTestId("settings-tools")).toBeVisible();
});

async function openInstall(page: Page, source: "folder" | "zip") {
  await page.getByTestId("install-toolset").click();
  // The segmented control's radio is visually hidden; its label is what a user clicks.
  await page.locator(`label:has([data-testid="install-toolset-source-${source}"])`).click();
}

test("a toolset installs from a folder, its tools get their own approval, and a broken manifest says where", async ({
  page,
}) => {
  await openInstall(page, "folder");
  await page
    .getByTestId("install-toolset-path")
    .fill(toolsetFolder(manifest("greeter", "Greeter", "    aproval: ask\n")));
  await page.getByTestId("install-toolset-submit").click();
  // The typo is reported with the line and column of toolset.yaml, and nothing is installed.
  await expect(page.getByTestId("install-toolset-error")).toContainText(/toolset\.yaml:\d+:\d+/);
  await expect(page.getByTestId("install-toolset-error")).toContainText("aproval");

  await page.getByTestId("install-toolset-path").fill(toolsetFolder(manifest("greeter", "Greeter")));
  await page.getByTestId("install-toolset-submit").click();
  await expect(page.getByTestId("install-toolset-dialog")).toBeHidden();
  const row = page.locator('[data-testid="toolset-row"][data-toolset-id="greeter"]');
  await expect(row).toContainText("Greeter");
  await expect(row).toContainText("v1.2.0");

  await row.getByTestId("toolset-expand-greeter").click();
  await page.getByTestId("tool-approval-greet").selectOption("deny");
  await page.reload();
  await page
    .locator('[data-testid="toolset-row"][data-toolset-id="greeter"]')
    .getByTestId("toolset-expand-greeter")
    .click();
  await expect(page.getByTestId("tool-approval-greet")).toHaveValue("deny");
});

test("a toolset installs from an uploaded zip with a wrapper folder", async ({ page }) => {
  const zip = zipSync({
    "zipped-greeter/toolset.yaml": strToU8(manifest("zipped-greeter", "Zipped greeter")),
    "zipped-greeter/tools/greet.js": strToU8(greet),
  });
  await openInstall(page, "zip");
  await page
    .getByTestId("install-toolset-zip")
    .setInputFiles({ name: "greeter.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await page.getByTestId("install-toolset-submit").click();
  await expect(page.getByTestId("install-toolset-dialog")).toBeHidden();
  await expect(page.locator('[data-testid="toolset-row"][data-toolset-id="zipped-greeter"]')).toContainText(
    "Zipped greeter",
  );
});
