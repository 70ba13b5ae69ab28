import { apiRoutes, type InstallToolsetRequest } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { FormDialogActions } from "../../shared/ui/form-dialog-actions.js";
import { inputStyles } from "../../shared/ui/input-styles.js";
import { SegmentedControl } from "../../shared/ui/segmented-control.js";
import { TextField } from "../../shared/ui/text-field.js";
import { fileToBase64 } from "./bytes-to-base64.js";
import { invalidateTools } from "./tool-queries.js";

type Source = "folder" | "zip";

const sourceOptions = [
  { value: "folder", label: "Folder" },
  { value: "zip", label: "Zip file" },
] as const;

interface InstallToolsetDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Installs a toolset from a folder on this machine or an uploaded zip; manifest errors are shown as the server words them. */
export function InstallToolsetDialog({ open, onClose }: InstallToolsetDialogProps) {
  const formId = useId();
  const zipId = useId();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source>("folder");
  const [path, setPath] = useState("");
  const [zip, setZip] = useState<File | undefined>(undefined);
  const [missing, setMissing] = useState<string | undefined>(undefined);

  const install = useMutation({
    mutationFn: async (): Promise<void> => {
      const body: InstallToolsetRequest =
        source === "folder" ? { path: path.trim() } : { zipBase64: zip ? await fileToBase64(zip) : "" };
      await callApi(apiRoutes.installToolset, { body });
    },
    onSuccess: async () => {
      await invalidateTools(queryClient);
      close();
    },
  });

  function close() {
    setPath("");
    setZip(undefined);
    setMissing(undefined);
    install.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      testId="install-toolset-dialog"
      title="Install a toolset"
      description="A toolset is a folder with a toolset.yaml and the code of its tools. Its tools run on this computer."
      footer={
        <FormDialogActions
          formId={formId}
          submitLabel="Install"
          pendingLabel="Installing…"
          pending={install.isPending}
          onCancel={close}
          submitTestId="install-toolset-submit"
        />
      }
    >
      <form
        id={formId}
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          const absent = source === "folder" ? path.trim() === "" : zip === undefined;
          setMissing(
            absent
              ? source === "folder"
                ? "Give the folder that holds toolset.yaml."
                : "Choose a zip file."
              : undefined,
          );
          if (!absent) install.mutate();
        }}
      >
        <SegmentedControl
          label="Install from"
          options={sourceOptions}
          value={source}
          onChange={(value) => {
            setSource(value);
            setMissing(undefined);
            install.reset();
          }}
          testIdPrefix="install-toolset-source"
        />
        {source === "folder" ? (
          <TextField
            label="Folder on this computer"
            placeholder="/home/me/toolsets/my-toolset"
            spellCheck={false}
            autoFocus
            value={path}
            error={missing}
            data-testid="install-toolset-path"
            help="The folder that contains toolset.yaml."
            onChange={(event) => {
              setPath(event.target.value);
            }}
          />
        ) : (
          <div className="flex flex-col gap-1.5">
            <label htmlFor={zipId} className="text-[13px] font-medium text-fg">
              Zip file
            </label>
            <input
              id={zipId}
              type="file"
              accept=".zip,application/zip"
              data-testid="install-toolset-zip"
              className={inputStyles(
                "h-auto py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-hover file:px-2 file:py-1 file:text-fg",
              )}
              onChange={(event) => {
                setZip(event.target.files?.[0]);
              }}
            />
            <p className={missing ? "text-[12.5px] text-danger-fg" : "text-[12.5px] text-fg-muted"}>
              {missing ?? "toolset.yaml may sit at the top of the zip or in one folder inside it. At most 30 MB."}
            </p>
          </div>
        )}
        {install.error && (
          <pre
            role="alert"
            data-testid="install-toolset-error"
            className="rounded-lg bg-danger-soft px-3 py-2 font-mono text-[12px] whitespace-pre-wrap text-danger-fg"
          >
            {errorMessage(install.error)}
          </pre>
        )}
      </form>
    </Dialog>
  );
}
