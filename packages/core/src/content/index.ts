export { applyRunEvent, applyRunEvents, emptyMessageContent } from "./apply-run-event.js";
