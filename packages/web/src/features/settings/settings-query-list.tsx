import type { ReactNode } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { Spinner } from "../../shared/ui/spinner.js";

interface SettingsQueryListProps<T> {
  /** A list query's result; the shape of a TanStack `useQuery` result. */
  query: { isPending: boolean; error: Error | null; data: readonly T[] | undefined };
  /** What is listed, in the plural: read by the spinner and shown in the error, e.g. "MCP servers". */
  noun: string;
  /** Shown when the list loaded but is empty. */
  empty: ReactNode;
  /** The `data-testid` of the `<ul>`. */
  testId: string;
  /** One row: an `<li>` with its key. */
  children: (item: T) => ReactNode;
}

/**
 * The body of a settings card that lists what a query returns: a spinner while it loads, the
 * error if it failed, `empty` for no items, else the rows. One place, so the cards stay alike.
 */
export function SettingsQueryList<T>({ query, noun, empty, testId, children }: SettingsQueryListProps<T>) {
  if (query.isPending) {
    return (
      <div className="flex justify-center px-4 py-8 text-fg-subtle">
        <Spinner className="size-5" label={`Loading ${noun}`} />
      </div>
    );
  }
  if (query.error) {
    return (
      <p role="alert" className="px-4 py-4 text-[13px] text-danger-fg">
        {`Could not load ${noun}: `}
        {errorMessage(query.error)}
      </p>
    );
  }
  // A settled query without an error has its data; the check only narrows the type.
  if (query.data === undefined || query.data.length === 0) return empty;
  return (
    <ul className="divide-y divide-line" data-testid={testId}>
      {query.data.map((item) => children(item))}
    </ul>
  );
}
