import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { ConnectionGate } from "../features/connection/connection-gate.js";
import { queryClient } from "./query-client.js";
import { router } from "./router.js";

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionGate>
        <RouterProvider router={router} />
      </ConnectionGate>
    </QueryClientProvider>
  );
}
