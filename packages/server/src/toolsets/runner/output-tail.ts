/** The last lines a process printed, kept so a crash can be explained without storing everything. */
export class OutputTail {
  private readonly lines: string[] = [];
  private partial = "";

  constructor(private readonly limit = 50) {}

  /** Adds a chunk and returns the lines it completed (for logging). */
  push(chunk: string): string[] {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    for (const line of parts) this.lines.push(line);
    if (this.lines.length > this.limit) this.lines.splice(0, this.lines.length - this.limit);
    return parts;
  }

  last(count: number): string {
    const all = this.partial === "" ? this.lines : [...this.lines, this.partial];
    return all.slice(-count).join("\n").trim();
  }
}
