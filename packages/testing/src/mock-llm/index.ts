export { type MockDirective, type MockToolCall, DirectiveError, mockDirective, parseDirectives } from "./directives.js";
export { defaultModels } from "./models.js";
export { reasoningModelId } from "./script.js";
export { createMockLlmServer, type MockLlmServer, type MockLlmServerOptions, type RecordedRequest } from "./server.js";
