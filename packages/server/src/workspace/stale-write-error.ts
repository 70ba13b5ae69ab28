import { CovaltError } from "@covalt/core";

/**
 * A write refused because the file is not as the writer last saw it (its `expectedHash`). A
 * subclass so a caller can word this one conflict for its audience ("reload it") without
 * rewording the others, such as a name that clashes by case, whose message must reach the user.
 */
export class StaleWriteError extends CovaltError {
  constructor(message: string) {
    super("workspace-conflict", message);
    this.name = "StaleWriteError";
  }
}
