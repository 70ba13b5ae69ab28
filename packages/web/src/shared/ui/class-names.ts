/** Joins the truthy class names; lets conditional classes read inline. */
export function classNames(...values: (string | false | null | undefined)[]): string {
  return values.filter(Boolean).join(" ");
}
