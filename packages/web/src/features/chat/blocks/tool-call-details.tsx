import type { ToolCallBlock } from "@covalt/contracts";
import { Scissors } from "lucide-react";
import { DefaultRenderer } from "../../renderers/default/default-renderer.js";
import { prettyValue } from "../../renderers/default/default-output.js";
import { RenderedPlan } from "../../renderers/rendered-plan.js";

function SectionLabel({ children }: { children: string }) {
  return <p className="mb-1 text-[12px] font-medium text-fg-subtle">{children}</p>;
}

/** The expanded card: the result through its renderer (errors in the danger style), then the arguments. */
export function ToolCallDetails({ block }: { block: ToolCallBlock }) {
  const { result } = block;
  const inputText = block.input === undefined ? block.inputText : prettyValue(block.input);
  return (
    <div className="flex flex-col gap-3 border-t border-line px-3 py-3 text-[12px]">
      {result !== undefined && (
        <div>
          <SectionLabel>{result.isError ? "Error" : "Result"}</SectionLabel>
          {result.isError ? (
            <DefaultRenderer value={result.output} danger />
          ) : (
            <RenderedPlan plan={block.renderPlan} fallbackValue={result.output} />
          )}
          {result.truncated === true && (
            <p className="mt-1.5 flex items-center gap-1.5 text-[11.5px] text-fg-subtle">
              <Scissors className="size-3" aria-hidden="true" />
              The output was too long and was shortened.
            </p>
          )}
        </div>
      )}
      <div>
        <SectionLabel>Arguments</SectionLabel>
        <pre className="max-h-48 overflow-auto rounded-lg bg-code px-3 py-2 font-mono text-[12px] break-words whitespace-pre-wrap text-fg">
          {inputText === "" ? <span className="text-fg-subtle">No arguments</span> : inputText}
        </pre>
      </div>
    </div>
  );
}
