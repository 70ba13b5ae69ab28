export * from "./content/index.js";
export * from "./errors/covalt-error.js";
export * from "./flow/index.js";
export * from "./conversation/index.js";
export * from "./tools/index.js";
export * from "./workspace/index.js";
