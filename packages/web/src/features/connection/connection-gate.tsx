import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { isApiError } from "../../shared/api/api-error.js";
import { sessionQueryOptions } from "../../shared/api/session-query.js";
import { ErrorPage } from "./error-page.js";
import { SplashScreen } from "./splash-screen.js";
import { UnauthorizedPage } from "./unauthorized-page.js";
import { UnreachablePage } from "./unreachable-page.js";

/**
 * Renders the app only once the server has confirmed this browser's session, and otherwise a
 * page that says exactly what is wrong and how to fix it — never a blank screen.
 */
export function ConnectionGate({ children }: { children: ReactNode }) {
  const session = useQuery(sessionQueryOptions);
  const retry = () => session.refetch();

  // Once connected, a later failed refetch must not tear down the app under the user.
  if (session.data) return children;
  if (session.isPending) return <SplashScreen />;

  const error = session.error;
  if (isApiError(error) && error.kind === "network") {
    return <UnreachablePage onRetry={retry} />;
  }
  if (isApiError(error) && error.code === "unauthorized") {
    return <UnauthorizedPage />;
  }
  return <ErrorPage error={error} onRetry={retry} />;
}
