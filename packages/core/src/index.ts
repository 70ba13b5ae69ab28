export * from "./content/index.js";
export * from "./errors/covalt-error.js";
export * from "./flow/index.js";
export * from "./conversation/index.js";
