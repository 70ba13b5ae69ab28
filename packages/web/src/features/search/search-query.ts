import { apiRoutes } from "@covalt/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { queryKeys } from "../../shared/api/query-keys.js";

const debounceMs = 120;
const hitLimit = 30;

/** The text once the user paused typing, so each keystroke does not cost a query. */
function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSettled(value);
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [value]);
  return settled;
}

/** Full-text search over every message of every chat; the previous hits stay while the next load. */
export function useMessageSearch(text: string) {
  const settled = useDebounced(text.trim());
  const query = useQuery({
    queryKey: queryKeys.search(settled),
    queryFn: ({ signal }) => callApi(apiRoutes.search, { query: { q: settled, limit: hitLimit }, signal }),
    enabled: settled !== "",
    placeholderData: keepPreviousData,
    select: (data) => data.hits,
    staleTime: 5_000,
  });
  return { ...query, searching: text.trim() !== settled || query.isFetching, settledText: settled };
}
