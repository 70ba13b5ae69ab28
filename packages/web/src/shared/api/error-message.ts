import { isApiError } from "./api-error.js";

/** A sentence to show the user for any thrown value; API errors already carry one. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message !== "") return error.message;
  return "Something went wrong.";
}
