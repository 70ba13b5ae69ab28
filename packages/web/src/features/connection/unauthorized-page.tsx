import { LockKeyhole } from "lucide-react";
import { InlineCode } from "./inline-code.js";
import { StatusPage } from "./status-page.js";
import { TokenForm } from "./token-form.js";

export function UnauthorizedPage() {
  const launchUrlShape = `${window.location.origin}/?token=…`;
  return (
    <StatusPage
      reason="unauthorized"
      tone="warning"
      icon={<LockKeyhole aria-hidden="true" />}
      title="This browser isn't signed in"
    >
      <p>
        Covalt only answers browsers that opened its launch link, so other sites and users on this machine cannot use
        it. Open the link printed in the terminal where you ran <InlineCode>npm start</InlineCode>:
      </p>
      <p className="rounded-xl border border-line bg-canvas px-3.5 py-2.5 font-mono text-[12.5px] break-all text-fg">
        {launchUrlShape}
      </p>
      <div className="my-2 flex items-center gap-3 text-xs text-fg-subtle" aria-hidden="true">
        <span className="h-px flex-1 bg-line" />
        or
        <span className="h-px flex-1 bg-line" />
      </div>
      <TokenForm />
    </StatusPage>
  );
}
