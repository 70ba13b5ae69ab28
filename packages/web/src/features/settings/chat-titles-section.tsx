import { apiRoutes, type AppSettings, type ModelRef } from "@covalt/contracts";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../shared/api/call-api.js";
import { Button } from "../../shared/ui/button.js";
import { ModelSelector } from "../models/model-selector.js";
import { modelsQuery } from "../models/model-queries.js";
import { SettingsRow } from "./settings-row.js";
import { SettingsSection } from "./settings-section.js";

const settingsKey = ["settings"] as const;
const settingsQuery = queryOptions({ queryKey: settingsKey, queryFn: () => callApi(apiRoutes.getSettings) });

/** Which model names new chats: a small, cheap one saves cost; none uses each chat's own model. */
export function ChatTitlesSection() {
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  const models = useQuery(modelsQuery);
  const update = useMutation({
    mutationFn: (titleModel: ModelRef | null) => callApi(apiRoutes.updateSettings, { body: { titleModel } }),
    onSuccess: (saved: AppSettings) => queryClient.setQueryData(settingsKey, saved),
  });
  const titleModel = settings.data?.titleModel ?? undefined;

  return (
    <SettingsSection
      id="chat-titles"
      title="Chat titles"
      description="Covalt names each chat after its first exchange."
    >
      <SettingsRow
        label="Title model"
        description="A small, fast model is plenty for a title. Without one, each chat's own model names it."
      >
        <div className="flex items-center gap-2" data-testid="title-model">
          <ModelSelector
            providers={models.data ?? []}
            value={titleModel}
            onChange={(model) => update.mutate(model)}
            disabled={models.isPending || update.isPending}
          />
          {titleModel !== undefined && (
            <Button variant="ghost" size="xs" onClick={() => update.mutate(null)} data-testid="title-model-reset">
              Use each chat's model
            </Button>
          )}
        </div>
      </SettingsRow>
      {update.isError && (
        <p role="alert" className="px-4 pb-3 text-[13px] text-danger-fg">
          {update.error.message}
        </p>
      )}
    </SettingsSection>
  );
}
