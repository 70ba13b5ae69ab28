import { describe, expect, it } from "vitest";
import { looksSecret } from "./secret-names.js";

describe("looksSecret", () => {
  it.each([
    "GITHUB_PERSONAL_ACCESS_TOKEN",
    "OPENAI_API_KEY",
    "BRAVE_API_KEY",
    "CLIENT_SECRET",
    "DB_PASSWORD",
    "apiKey",
    "authToken",
    "X-Auth-Token",
    "Authorization",
    "SLACK_BOT_TOKEN",
    "APIKEY",
    "GITLAB_PAT",
    "session_cookie",
  ])("treats %s as secret", (name) => {
    expect(looksSecret(name)).toBe(true);
  });

  it.each(["PATH", "HOME", "KEYBOARD_LAYOUT", "NODE_ENV", "ALLOWED_DIRECTORIES", "TOKENIZER", "PWD", "DEBUG", ""])(
    "keeps %s plain",
    (name) => {
      expect(looksSecret(name)).toBe(false);
    },
  );
});
