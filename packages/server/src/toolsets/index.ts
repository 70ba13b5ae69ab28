export {
  ToolsetHost,
  type LoadedToolset,
  type ToolsetCall,
  type ToolsetHostOptions,
  type ToolsetPreviewCall,
} from "./toolset-host.js";
export type { InstallSource } from "./install/install-toolset.js";
export type { ProgressUpdate } from "./protocol.js";
export { createSafeFetch, type SafeFetchOptions } from "./safe-fetch/safe-fetch.js";
export {
  allowingTargets,
  isPublicAddress,
  type AddressCheck,
  type ConnectTarget,
} from "./safe-fetch/address-policy.js";
