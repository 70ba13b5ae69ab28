/**
 * What plugin authors import. The `define*` helpers (`defineNode`, `defineProvider`,
 * `defineTool`, `defineRenderer`) land together with their first consumers — the flow runtime,
 * the provider host, the tool orchestrator and the renderer registry — so each is shaped by real
 * use rather than guessed here.
 */
export const pluginApiVersion = 1;
