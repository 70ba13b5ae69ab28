export * from "./errors.js";
export * from "./events/v1/index.js";
export * from "./http/index.js";
export * from "./ids.js";
export * from "./messages/blocks.js";
export * from "./messages/render-plan.js";
