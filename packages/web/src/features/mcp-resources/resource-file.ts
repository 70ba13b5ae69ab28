import type { McpResource, McpResourceContent } from "@covalt/contracts";
import { safeFileName, splitExtension } from "../chat/attachments/attachment-files.js";

/** Extensions for common resource types whose name has none, so the chip and the model know what it is. */
const extensions: Record<string, string> = {
  "text/plain": ".txt",
  "text/markdown": ".md",
  "text/html": ".html",
  "text/css": ".css",
  "text/csv": ".csv",
  "text/javascript": ".js",
  "application/javascript": ".js",
  "application/json": ".json",
  "application/xml": ".xml",
  "text/xml": ".xml",
  "application/yaml": ".yaml",
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/gif": ".gif",
  "image/webp": ".webp",
  "image/svg+xml": ".svg",
};

/** The last path segment of a URI (`file:///a/b.txt` → `b.txt`), decoded when it can be. */
function lastSegment(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, "").replace(/\/+$/, "");
  const segment = withoutQuery.slice(withoutQuery.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The file name a resource gets in `attachments/`: its name (else the last part of its URI) made
 * safe, plus an extension from its type when the name has none.
 */
export function resourceFileName(resource: Pick<McpResource, "name" | "uri" | "mimeType">, mimeType?: string): string {
  const base = resource.name.trim() !== "" ? resource.name : lastSegment(resource.uri);
  const name = safeFileName(base);
  if (splitExtension(name).extension !== "") return name;
  const type = (mimeType ?? resource.mimeType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return `${name}${extensions[type] ?? ""}`;
}

export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The bytes and type of a read resource: the content with the resource's URI (else the first),
 * text as UTF-8, a blob decoded from base64. Throws when there is nothing to attach.
 */
export function resourceContentBytes(
  uri: string,
  contents: readonly McpResourceContent[],
): { bytes: Uint8Array<ArrayBuffer>; mimeType: string | undefined } {
  const content = contents.find((item) => item.uri === uri) ?? contents[0];
  if (content === undefined) throw new Error("The resource has no content.");
  if (content.blob !== undefined) return { bytes: bytesFromBase64(content.blob), mimeType: content.mimeType };
  if (content.text !== undefined) return { bytes: new TextEncoder().encode(content.text), mimeType: content.mimeType };
  throw new Error("The resource has neither text nor binary content.");
}

/** A read resource as a file, ready for the composer's attachments like a dropped one. */
export function resourceToFile(resource: McpResource, contents: readonly McpResourceContent[]): File {
  const { bytes, mimeType } = resourceContentBytes(resource.uri, contents);
  const type = mimeType ?? resource.mimeType ?? "";
  return new File([bytes], resourceFileName(resource, type), { type });
}

/** Resources whose name, title, URI or description contains every word of the query. */
export function filterResources<Resource extends McpResource>(
  resources: readonly Resource[],
  query: string,
): Resource[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...resources];
  return resources.filter((resource) => {
    const haystack = [resource.name, resource.title, resource.uri, resource.description]
      .filter((part) => part !== undefined)
      .join(" ")
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
