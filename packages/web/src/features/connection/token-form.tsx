import { KeyRound } from "lucide-react";
import { useId, useState, type SubmitEvent } from "react";
import { Button } from "../../shared/ui/button.js";
import { tokenFromInput } from "./token-from-input.js";

/** Hands the token to the server the same way the launch URL does; the server sets the cookie. */
export function TokenForm() {
  const inputId = useId();
  const hintId = useId();
  const [value, setValue] = useState("");
  const [missing, setMissing] = useState(false);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const token = tokenFromInput(value);
    if (!token) {
      setMissing(true);
      return;
    }
    window.location.assign(`/?token=${encodeURIComponent(token)}`);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" data-testid="token-form">
      <label htmlFor={inputId} className="text-[13px] font-medium text-fg">
        Access token
      </label>
      <div className="flex gap-2">
        <div className="relative min-w-0 flex-1">
          <KeyRound
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-fg-subtle"
            aria-hidden="true"
          />
          <input
            id={inputId}
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="Paste the token or the whole link"
            aria-describedby={hintId}
            aria-invalid={missing || undefined}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setMissing(false);
            }}
            className="h-9 w-full rounded-lg border border-line bg-canvas pr-3 pl-9 font-mono text-[13px] text-fg transition-colors placeholder:font-sans placeholder:text-fg-subtle hover:border-line-strong focus:border-accent focus:outline-none focus-visible:ring-3 focus-visible:ring-accent-soft aria-invalid:border-danger-fg"
          />
        </div>
        <Button type="submit" variant="primary">
          Sign in
        </Button>
      </div>
      <p id={hintId} className="text-xs text-fg-subtle">
        {missing ? (
          <span className="text-danger-fg">Paste the token first.</span>
        ) : (
          "The link from the terminal works too; the token is taken from it."
        )}
      </p>
    </form>
  );
}
