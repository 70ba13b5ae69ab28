import { apiRoutes, type WorkspaceFileContent } from "@covalt/contracts";
import { useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { isApiError } from "../../../shared/api/api-error.js";
import { callApi } from "../../../shared/api/call-api.js";
import { errorMessage } from "../../../shared/api/error-message.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { fetchCurrentFile, isMissingFile } from "../workspace-queries.js";
import { initialSession, saveReducer, type EditorSession, type ServerState } from "./save-machine.js";

const autosaveDelayMs = 800;

function serverStateOf(file: UseQueryResult<WorkspaceFileContent, unknown>): ServerState | null {
  if (file.isError && isMissingFile(file.error) && file.errorUpdatedAt >= file.dataUpdatedAt) return "deleted";
  if (file.data?.encoding !== "utf8") return null;
  return { text: file.data.content, hash: file.data.hash };
}

export interface TextFileSession {
  session: EditorSession;
  edit: (text: string) => void;
  keepMine: () => void;
  takeTheirs: () => void;
  restore: () => void;
  saveNow: () => void;
}

/**
 * One open text file: what the server has (the file query, refetched by workspace events) and
 * what the editor holds, reconciled by the save machine. Edits save ~800 ms after typing stops,
 * always on top of the hash they started from, so a write never clobbers a change it has not seen.
 */
export function useTextFileSession(
  chatId: string,
  path: string,
  file: UseQueryResult<WorkspaceFileContent, unknown>,
): TextFileSession {
  const queryClient = useQueryClient();
  const [session, dispatch] = useReducer(saveReducer, initialSession);
  const latest = useRef(session);
  useEffect(() => {
    latest.current = session;
  });

  const server = serverStateOf(file);
  const serverKey = server === null ? null : server === "deleted" ? "deleted" : server.hash;
  const serverRef = useRef(server);
  useEffect(() => {
    serverRef.current = server;
  });
  useEffect(() => {
    if (serverRef.current !== null) dispatch({ type: "server-changed", server: serverRef.current });
  }, [serverKey]);

  const write = useCallback(
    async (snapshot: EditorSession, report: boolean) => {
      const written = await callApi(apiRoutes.writeWorkspaceFile, {
        params: { chatId },
        body: { path, encoding: "utf8", content: snapshot.draft, baseHash: snapshot.baseHash },
      });
      // The cache now holds what we wrote, so the refetch our own change triggers finds nothing new.
      queryClient.setQueryData(queryKeys.workspaceFile(chatId, path), { ...written, content: snapshot.draft });
      if (report) dispatch({ type: "save-succeeded", hash: written.hash });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspaceTree(chatId) });
    },
    [chatId, path, queryClient],
  );

  const save = useCallback(() => {
    const snapshot = latest.current;
    dispatch({ type: "save-started" });
    write(snapshot, true).catch(async (error: unknown) => {
      if (!(isApiError(error) && (error.status === 409 || error.code === "workspace-conflict"))) {
        dispatch({ type: "save-failed", message: errorMessage(error) });
        return;
      }
      try {
        const current = await fetchCurrentFile(queryClient, chatId, path);
        const server: ServerState =
          current === "deleted"
            ? "deleted"
            : { text: current.encoding === "utf8" ? current.content : "", hash: current.hash };
        dispatch({ type: "save-conflicted", server });
      } catch (fetchError) {
        dispatch({ type: "save-failed", message: errorMessage(fetchError) });
      }
    });
  }, [chatId, path, queryClient, write]);

  useEffect(() => {
    if (session.phase !== "pending") return;
    const timer = setTimeout(save, autosaveDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [session.phase, session.draft, session.baseHash, save]);

  // Closing the tab before autosave fired still saves: the edit is the user's, not a draft to drop.
  useEffect(
    () => () => {
      if (latest.current.phase === "pending") void write(latest.current, false).catch(() => undefined);
    },
    [write],
  );

  return {
    session,
    edit: useCallback((text: string) => {
      dispatch({ type: "edited", text });
    }, []),
    keepMine: useCallback(() => {
      dispatch({ type: "keep-mine" });
    }, []),
    takeTheirs: useCallback(() => {
      dispatch({ type: "take-theirs" });
    }, []),
    restore: useCallback(() => {
      dispatch({ type: "restore" });
    }, []),
    saveNow: save,
  };
}
