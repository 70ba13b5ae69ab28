import type { Client } from "@modelcontextprotocol/sdk/client/index.js";

/**
 * Paged listings of a connected server, followed to the end. A server that does not offer
 * resources or prompts (its capabilities say so) has none: it is not asked, so the composer's
 * lists show nothing for it instead of an error.
 */
export function listResources(client: Client) {
  if (client.getServerCapabilities()?.resources === undefined) return Promise.resolve([]);
  return paginate(async (cursor) => {
    const page = await client.listResources(cursor === undefined ? {} : { cursor });
    return { items: page.resources, nextCursor: page.nextCursor };
  });
}

export function listResourceTemplates(client: Client) {
  if (client.getServerCapabilities()?.resources === undefined) return Promise.resolve([]);
  return paginate(async (cursor) => {
    const page = await client.listResourceTemplates(cursor === undefined ? {} : { cursor });
    return { items: page.resourceTemplates, nextCursor: page.nextCursor };
  });
}

export function listPrompts(client: Client) {
  if (client.getServerCapabilities()?.prompts === undefined) return Promise.resolve([]);
  return paginate(async (cursor) => {
    const page = await client.listPrompts(cursor === undefined ? {} : { cursor });
    return { items: page.prompts, nextCursor: page.nextCursor };
  });
}

/** Follows `nextCursor` through a listing (at most 100 pages, against a server that never ends). */
async function paginate<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | undefined }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let count = 0; count < 100; count += 1) {
    const result = await page(cursor);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === undefined) break;
  }
  return items;
}
