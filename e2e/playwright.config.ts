import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const chromiumPath = process.env.COVALT_CHROMIUM ?? "/usr/bin/chromium";

// A missing browser must fail loudly: skipped browser tests would look like passing ones.
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium is missing: ${chromiumPath} does not exist. Install it with \`sudo apt-get install chromium\`, ` +
      "or set COVALT_CHROMIUM to the path of a Chromium or Chrome executable.",
  );
}

export default defineConfig({
  testDir: "specs",
  outputDir: "test-results",
  // Each worker runs a Covalt server and a browser; the CI machine has two cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
});
