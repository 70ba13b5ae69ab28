export * from "./content/index.js";
export * from "./errors/covalt-error.js";
