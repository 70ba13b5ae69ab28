export type TableRow = Record<string, unknown> | unknown[];

export interface TableModel {
  columns: string[];
  /** Cell values, one array per rendered row, aligned with `columns`. */
  rows: unknown[][];
  /** How many rows the result has; more than `rows.length` when capped. */
  total: number;
}

export const defaultRowLimit = 500;

/**
 * Lays rows out as a grid. Object rows use `columns` when given, else the union of their keys in
 * first-seen order; array rows are positional, headed by `columns` or by their 1-based index.
 * Only the first `limit` rows are kept: a DOM table of thousands of rows freezes the transcript.
 */
export function buildTableModel(
  { columns, rows }: { columns?: string[] | undefined; rows: readonly TableRow[] },
  limit = defaultRowLimit,
): TableModel {
  const shown = rows.slice(0, limit);
  let headers = columns;
  if (headers === undefined) {
    const seen = new Set<string>();
    let width = 0;
    for (const row of shown) {
      if (Array.isArray(row)) width = Math.max(width, row.length);
      else for (const key of Object.keys(row)) seen.add(key);
    }
    headers = [...seen, ...Array.from({ length: Math.max(0, width - seen.size) }, (_, i) => String(seen.size + i + 1))];
  }
  const grid = shown.map((row) =>
    Array.isArray(row)
      ? headers.map((_, index) => row[index])
      : headers.map((column) => (Object.hasOwn(row, column) ? row[column] : undefined)),
  );
  return { columns: headers, rows: grid, total: rows.length };
}

/** A cell as one line of text: strings as they are, anything structured as compact JSON. */
export function cellText(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null) return "null";
  try {
    return typeof value === "object" ? JSON.stringify(value) : typeof value;
  } catch {
    return typeof value;
  }
}
