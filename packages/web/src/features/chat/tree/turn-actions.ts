import { apiRoutes, type ModelRef, type PagedMessage } from "@covalt/contracts";
import type { QueryClient } from "@tanstack/react-query";
import { callApi } from "../../../shared/api/call-api.js";
import { queryKeys } from "../../../shared/api/query-keys.js";
import { replaceMessage } from "../history/message-window.js";
import { writeWindow } from "../history/window-cache.js";
import { useLiveRunStore } from "../live/live-run-store.js";
import { appendEditedTurn, appendRetriedAnswer, continuedAnswer } from "../send/turn-messages.js";
import { requestFollow } from "../transcript/transcript-store.js";

/** Everything a new run changes besides the window: the list's order and the chat's branch. */
function afterRunStarted(queryClient: QueryClient, chatId: string): void {
  requestFollow(chatId);
  void queryClient.invalidateQueries({ queryKey: queryKeys.chatList });
  void queryClient.invalidateQueries({ queryKey: queryKeys.branchMap(chatId) });
}

/** Saving an edit asks the question again as a sibling of the edited message; the old branch stays. */
export async function editMessage(
  queryClient: QueryClient,
  edited: PagedMessage,
  options: { text: string; model: ModelRef },
): Promise<void> {
  const { chatId } = edited;
  const response = await callApi(apiRoutes.sendMessage, {
    params: { chatId },
    body: { content: options.text, model: options.model, parentId: edited.parentId },
  });
  await writeWindow(queryClient, chatId, (current) =>
    current
      ? appendEditedTurn(current, edited, {
          chatId,
          text: options.text,
          model: options.model,
          response,
          now: Date.now(),
        })
      : current,
  );
  afterRunStarted(queryClient, chatId);
}

/** A new answer to the same question, beside the old one; without `model` the answer's own model is used. */
export async function retryAnswer(
  queryClient: QueryClient,
  answer: PagedMessage,
  model: ModelRef | undefined,
  fallbackModel: ModelRef | undefined,
): Promise<void> {
  const { chatId } = answer;
  const started = await callApi(apiRoutes.retryMessage, {
    params: { messageId: answer.id },
    body: model === undefined ? {} : { model },
  });
  const usedModel = model ?? answer.model ?? fallbackModel;
  await writeWindow(queryClient, chatId, (current) =>
    current && usedModel
      ? appendRetriedAnswer(current, answer, { ...started, model: usedModel, now: Date.now() })
      : current,
  );
  afterRunStarted(queryClient, chatId);
}

/**
 * Lets the model extend the answer that ends the branch. The run appends to the same message with
 * its seq restarting at 0, so the message and its live copy are reset to seq 0 under the new run
 * before the stream attaches (`after: 0`).
 */
export async function continueAnswer(queryClient: QueryClient, answer: PagedMessage): Promise<void> {
  const { chatId } = answer;
  const started = await callApi(apiRoutes.continueMessage, { params: { messageId: answer.id }, body: {} });
  const reset = continuedAnswer(answer, started.runId);
  useLiveRunStore.getState().seed(answer.id, started.runId, reset.content);
  await writeWindow(queryClient, chatId, (current) =>
    current ? replaceMessage(current, answer.id, (message) => continuedAnswer(message, started.runId)) : current,
  );
  afterRunStarted(queryClient, chatId);
}
