import { apiRoutes, type WorkspaceFileContent } from "@covalt/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { isApiError } from "../../shared/api/api-error.js";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

/** A missing file is an answer (the tab shows "deleted"), not a hiccup worth retrying. */
export function isMissingFile(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.code === "not-found");
}

const retryUnlessMissing = (failureCount: number, error: unknown) => !isMissingFile(error) && failureCount < 2;

export function workspaceTreeQuery(chatId: string) {
  return queryOptions({
    queryKey: queryKeys.workspaceTree(chatId),
    queryFn: ({ signal }) => callApi(apiRoutes.workspaceTree, { params: { chatId }, signal }),
  });
}

export function workspaceFileQuery(chatId: string, path: string) {
  return queryOptions({
    queryKey: queryKeys.workspaceFile(chatId, path),
    queryFn: ({ signal }) => callApi(apiRoutes.readWorkspaceFile, { params: { chatId }, query: { path }, signal }),
    retry: retryUnlessMissing,
  });
}

/** A file as it was when a message ended: recorded versions never change. */
export function workspaceFileAtQuery(chatId: string, path: string, messageId: string) {
  return queryOptions({
    queryKey: queryKeys.workspaceFileAt(chatId, path, messageId),
    queryFn: ({ signal }) =>
      callApi(apiRoutes.readWorkspaceFile, { params: { chatId }, query: { path, at: messageId }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: retryUnlessMissing,
  });
}

export function workspaceManifestsQuery(chatId: string) {
  return queryOptions({
    queryKey: queryKeys.workspaceManifests(chatId),
    queryFn: ({ signal }) => callApi(apiRoutes.listWorkspaceManifests, { params: { chatId }, signal }),
  });
}

/** The file as the server has it right now, or "deleted"; used after a 409 to show what won. */
export async function fetchCurrentFile(
  queryClient: QueryClient,
  chatId: string,
  path: string,
): Promise<WorkspaceFileContent | "deleted"> {
  try {
    return await queryClient.query({ ...workspaceFileQuery(chatId, path), staleTime: 0 });
  } catch (error) {
    if (isMissingFile(error)) return "deleted";
    throw error;
  }
}

/** After the user changed files: the tree and the version list move on. */
export function refreshWorkspaceListing(queryClient: QueryClient, chatId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.workspaceTree(chatId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.workspaceManifests(chatId) }),
  ]).then(() => undefined);
}
