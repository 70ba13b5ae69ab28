import { apiRoutes, type MessagePage } from "@covalt/contracts";
import { callApi } from "../../../shared/api/call-api.js";

/** Messages per page: a screenful several times over, small enough to arrive in one quick response. */
export const pageSize = 50;
/** The API's largest page, for walking a long stretch in few requests. */
export const largestPageSize = 200;

export interface PagePosition {
  /** The page ends with this message's parent. */
  before?: string | undefined;
  /** The page ends with this message. */
  at?: string | undefined;
  limit?: number;
}

/** One keyset page of the active branch; without a position, the page that ends at its newest message. */
export function fetchMessagePage(
  chatId: string,
  position: PagePosition = {},
  signal?: AbortSignal,
): Promise<MessagePage> {
  return callApi(apiRoutes.listMessages, {
    params: { chatId },
    query: { before: position.before, at: position.at, limit: position.limit ?? pageSize },
    signal,
  });
}
