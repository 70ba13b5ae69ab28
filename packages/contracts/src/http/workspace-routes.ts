import { z } from "zod";
import {
  ManifestSummary,
  WorkspaceDiff,
  WorkspaceFileContent,
  WorkspaceTree,
  WriteWorkspaceFileRequest,
} from "../workspace/workspace.js";
import { Ok } from "./provider-routes.js";
import { defineRoute } from "./route.js";

const pathQuery = z.object({ path: z.string().min(1, "Say which file: ?path=…") });

export const workspaceRoutes = {
  workspaceTree: defineRoute({
    method: "get",
    path: "/api/chats/:chatId/workspace",
    summary: "The files of the chat's workspace on the branch the user is on.",
    auth: "token",
    body: undefined,
    response: WorkspaceTree,
  }),
  readWorkspaceFile: defineRoute({
    method: "get",
    path: "/api/chats/:chatId/workspace/file",
    summary: "A file's content, now or (with `at=<messageId>`) as it was when that message ended.",
    auth: "token",
    body: undefined,
    query: pathQuery.extend({ at: z.string().optional() }),
    response: WorkspaceFileContent,
  }),
  writeWorkspaceFile: defineRoute({
    method: "put",
    path: "/api/chats/:chatId/workspace/file",
    summary: "Creates or replaces a file (a user edit); `baseHash` detects a conflicting change.",
    auth: "token",
    body: WriteWorkspaceFileRequest,
    response: WorkspaceFileContent.omit({ content: true }),
  }),
  deleteWorkspaceFile: defineRoute({
    method: "delete",
    path: "/api/chats/:chatId/workspace/file",
    summary: "Deletes a file or a folder with everything in it.",
    auth: "token",
    body: undefined,
    query: pathQuery,
    response: Ok,
  }),
  renameWorkspaceFile: defineRoute({
    method: "post",
    path: "/api/chats/:chatId/workspace/rename",
    summary: "Moves a file or folder to another path in the workspace.",
    auth: "token",
    body: z.object({ from: z.string().min(1), to: z.string().min(1) }),
    response: Ok,
  }),
  createWorkspaceFolder: defineRoute({
    method: "post",
    path: "/api/chats/:chatId/workspace/folder",
    summary: "Creates an empty folder.",
    auth: "token",
    body: z.object({ path: z.string().min(1) }),
    response: Ok,
  }),
  listWorkspaceManifests: defineRoute({
    method: "get",
    path: "/api/chats/:chatId/workspace/manifests",
    summary: "The recorded versions of the chat's workspace, newest first.",
    auth: "token",
    body: undefined,
    response: z.object({ manifests: z.array(ManifestSummary) }),
  }),
  diffWorkspace: defineRoute({
    method: "get",
    path: "/api/chats/:chatId/workspace/diff",
    summary: "Files added, modified, deleted or renamed between two messages (`to` absent: the files now).",
    auth: "token",
    body: undefined,
    query: z.object({ from: z.string().min(1), to: z.string().optional() }),
    response: WorkspaceDiff,
  }),
  restoreWorkspaceFile: defineRoute({
    method: "post",
    path: "/api/chats/:chatId/workspace/restore",
    summary: "Puts a file back as it was when a message ended.",
    auth: "token",
    body: z.object({ path: z.string().min(1), messageId: z.string().min(1) }),
    response: Ok,
  }),
};
