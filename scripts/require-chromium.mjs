// The browser tests drive Debian's Chromium; without it `npm test` must fail loudly, never skip.
import { existsSync } from "node:fs";

const executable = process.env.COVALT_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(executable)) {
  console.error(`npm test needs Chromium for the browser tests, and ${executable} does not exist.

Install it with:   sudo apt-get update && sudo apt-get install -y chromium
or point COVALT_CHROMIUM at a Chromium or Chrome executable.`);
  process.exit(1);
}
