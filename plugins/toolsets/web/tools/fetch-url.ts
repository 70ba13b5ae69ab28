import { NodeHtmlMarkdown } from "node-html-markdown";
import { defineTool } from "@covalt/plugin-sdk";

const defaultMaxLength = 50_000;

/**
 * Fetches a public web page as markdown. Only `context.fetch` is used: it refuses this computer
 * and private networks (every redirect re-checked), so a model cannot use the tool to probe them.
 */
export default defineTool({
  async execute(args, context) {
    const url = args.url;
    if (typeof url !== "string") throw new Error('The argument "url" must be a string.');
    const requested = typeof args.max_length === "number" ? Math.floor(args.max_length) : defaultMaxLength;
    const maxLength = Math.max(100, Math.min(requested, 500_000));

    const response = await context.fetch(url, { headers: { accept: "text/html, text/plain;q=0.9, */*;q=0.5" } });
    const body = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    const isHtml = contentType.includes("html") || /^\s*<(!doctype html|html)/i.test(body);
    const title = isHtml ? titleOf(body) : undefined;
    const markdown = isHtml ? NodeHtmlMarkdown.translate(body) : body;
    const truncated = markdown.length > maxLength;
    return {
      url: response.url,
      status: response.status,
      ...(title === undefined ? {} : { title }),
      markdown: truncated ? `${markdown.slice(0, maxLength)}\n\n…(truncated)` : markdown,
      ...(truncated ? { truncated: true } : {}),
    };
  },
});

function titleOf(html: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = match?.[1]?.replace(/\s+/g, " ").trim();
  return title === undefined || title === "" ? undefined : NodeHtmlMarkdown.translate(title);
}
