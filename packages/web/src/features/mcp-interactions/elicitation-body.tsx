import { apiRoutes, type McpElicitationContent, type McpInteraction } from "@covalt/contracts";
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { contentOf, fieldsOf, type FormValue, type FormValues, initialValues } from "./elicitation-form.js";
import { ElicitationField } from "./elicitation-field.js";
import { InteractionActions } from "./interaction-actions.js";
import type { InteractionPlacement } from "./interaction-placement.js";

/**
 * In the transcript, fields sit two abreast where the card is wide enough, and a long form scrolls
 * inside the card: its title and buttons then fit in view while the chat stays pinned to its end.
 * The negative margin and padding keep focus rings from being clipped by the scroll box.
 */
const inlineFields =
  "-m-1 grid max-h-[min(50vh,28rem)] grid-cols-1 items-start gap-x-4 gap-y-3.5 overflow-y-auto p-1 @lg:grid-cols-2";
const dialogFields = "flex flex-col gap-4";

/** What a wrapper arranges: the form, its buttons, and what closing the wrapper means (cancel). */
export interface ElicitationParts {
  form: ReactNode;
  actions: ReactNode;
  cancel: () => void;
}

interface Props {
  interaction: McpInteraction;
  placement: InteractionPlacement;
  /** Called once the server accepted the answer (the request is finished). */
  onDone: (requestId: string) => void;
  children: (parts: ElicitationParts) => ReactNode;
}

/**
 * An MCP server asks the user for input: its schema as a form with the defaults filled in,
 * answered Accept, Decline or Cancel. Owns the form state and the answer; the dialog and the
 * inline card only decide where the parts go.
 */
export function ElicitationBody({ interaction, placement, onDone, children }: Props) {
  const schema = useMemo(
    () => interaction.requestedSchema ?? { type: "object" as const, properties: {} },
    [interaction.requestedSchema],
  );
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const [values, setValues] = useState<FormValues>(() => initialValues(schema));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);

  // A refused Accept takes the user to the first field to fix, which may be scrolled out of view.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function send(action: "accept" | "decline" | "cancel", content?: McpElicitationContent) {
    setPending(true);
    setFailure(undefined);
    try {
      await callApi(apiRoutes.answerMcpInteraction, {
        params: { requestId: interaction.requestId },
        body: { action, ...(content === undefined ? {} : { content }) },
      });
      onDone(interaction.requestId);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  function accept() {
    const result = contentOf(fields, values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    void send("accept", result.content);
  }

  const set = (name: string, value: FormValue) => {
    setValues((current) => ({ ...current, [name]: value }));
  };

  const actions = (
    <InteractionActions
      placement={placement}
      disabled={pending}
      actions={[
        {
          label: pending ? "Sending…" : "Accept",
          variant: "primary",
          testId: "mcp-elicitation-accept",
          submits: formId,
        },
        {
          label: "Decline",
          variant: "secondary",
          testId: "mcp-elicitation-decline",
          onClick: () => void send("decline"),
        },
        { label: "Cancel", variant: "ghost", testId: "mcp-elicitation-cancel", onClick: () => void send("cancel") },
      ]}
    />
  );

  const inline = placement === "inline";
  const form = (
    <form
      ref={formRef}
      id={formId}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        accept();
      }}
    >
      <p className="text-[12.5px] text-fg-muted">
        Only share what you want this MCP server to receive.
        {!inline && interaction.chatId !== undefined ? " It asked while a chat was using one of its tools." : ""}
      </p>
      <div className={inline ? inlineFields : dialogFields}>
        {fields.map((field) => (
          <ElicitationField
            key={field.name}
            field={field}
            value={values[field.name]}
            error={errors[field.name]}
            onChange={(value) => {
              set(field.name, value);
            }}
          />
        ))}
      </div>
      {failure !== undefined && (
        <p role="alert" className="text-[12.5px] text-danger-fg">
          {failure}
        </p>
      )}
    </form>
  );

  return children({
    form,
    actions,
    cancel: () => void send("cancel"),
  });
}
