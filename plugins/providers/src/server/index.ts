export { builtinProviderCatalog } from "../catalog/index.js";
export { createLanguageModel, type ProviderConnection } from "./create-language-model.js";
