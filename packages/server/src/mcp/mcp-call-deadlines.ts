import type { McpClientCallbacks } from "./mcp-connection.js";

/**
 * The longest delay `setTimeout` accepts (about 24.8 days); a larger one fires after 1 ms. Given
 * to the SDK as its own request timeout so only Covalt's deadline ends a tool call.
 */
export const maxTimerMs = 2_147_483_647;

/**
 * The timeout of one tool call, kept by Covalt instead of the SDK because the SDK's cannot be
 * paused: it stops while the server waits for the user (elicitation, sampling) and runs on with
 * the time that was left once the user answered. When it runs out, `signal` aborts.
 */
export class McpCallDeadline {
  readonly #controller = new AbortController();
  readonly #onEnd: (deadline: McpCallDeadline) => void;
  #remainingMs: number;
  #startedAt = 0;
  #timer: NodeJS.Timeout | undefined;
  #expired = false;

  constructor(timeoutMs: number, paused: boolean, onEnd: (deadline: McpCallDeadline) => void) {
    this.#remainingMs = timeoutMs;
    this.#onEnd = onEnd;
    if (!paused) this.resume();
  }

  /** Aborts (with no reason of its own: the caller maps it to `tool-timeout`) when time runs out. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The call ran out of time (not counting the time the user was being asked). */
  get expired(): boolean {
    return this.#expired;
  }

  pause(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#remainingMs = Math.max(0, this.#remainingMs - (Date.now() - this.#startedAt));
  }

  resume(): void {
    if (this.#timer !== undefined || this.#expired) return;
    this.#startedAt = Date.now();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#expired = true;
      this.#controller.abort();
    }, this.#remainingMs);
  }

  /** The call finished (any way): stops the clock and unregisters it. */
  end(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#onEnd(this);
  }
}

/**
 * The deadlines of the tool calls in flight, per server, and the server requests waiting for the
 * user. While a server has a request open, the deadlines of all its calls are paused: MCP does not
 * say which call a request comes from (`McpCallingChats` only guesses the chat), and pausing an
 * unrelated call merely lets it run longer, whereas a wrong guess would time out the very call the
 * user is answering. The interaction broker's own timeout bounds how long a request stays open.
 */
export class McpCallDeadlines {
  readonly #calls = new Map<string, Set<McpCallDeadline>>();
  readonly #asking = new Map<string, number>();

  /** Starts the clock of a call on `serverId` (stopped already if that server is waiting for the user). */
  start(serverId: string, timeoutMs: number): McpCallDeadline {
    const calls = this.#calls.get(serverId) ?? new Set<McpCallDeadline>();
    this.#calls.set(serverId, calls);
    const deadline = new McpCallDeadline(timeoutMs, this.asking(serverId), (ended) => {
      calls.delete(ended);
      if (calls.size === 0 && this.#calls.get(serverId) === calls) this.#calls.delete(serverId);
    });
    calls.add(deadline);
    return deadline;
  }

  /** The server has a request waiting for the user. */
  asking(serverId: string): boolean {
    return (this.#asking.get(serverId) ?? 0) > 0;
  }

  /** Runs `work` (a request that waits for the user) with the server's call deadlines paused. */
  async whileAsking<T>(serverId: string, work: () => Promise<T>): Promise<T> {
    this.#asking.set(serverId, (this.#asking.get(serverId) ?? 0) + 1);
    for (const deadline of this.#calls.get(serverId) ?? []) deadline.pause();
    try {
      return await work();
    } finally {
      const left = (this.#asking.get(serverId) ?? 1) - 1;
      if (left > 0) this.#asking.set(serverId, left);
      else {
        this.#asking.delete(serverId);
        for (const deadline of this.#calls.get(serverId) ?? []) deadline.resume();
      }
    }
  }

  /** `callbacks` with every request to the user pausing its server's call deadlines. */
  pausing(callbacks: McpClientCallbacks): McpClientCallbacks {
    const onElicitation = callbacks.onElicitation?.bind(callbacks);
    const onSampling = callbacks.onSampling?.bind(callbacks);
    return {
      ...(onElicitation === undefined
        ? {}
        : {
            onElicitation: (serverId, params) => this.whileAsking(serverId, () => onElicitation(serverId, params)),
          }),
      ...(onSampling === undefined
        ? {}
        : { onSampling: (serverId, params) => this.whileAsking(serverId, () => onSampling(serverId, params)) }),
    };
  }
}
