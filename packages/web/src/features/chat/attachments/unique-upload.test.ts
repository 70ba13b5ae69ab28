import { describe, expect, it } from "vitest";
import { createLimiter, maxNameAttempts, writeUnderFreeName } from "./unique-upload.js";

class Taken extends Error {}
const isTaken = (error: unknown) => error instanceof Taken;

describe("writeUnderFreeName", () => {
  it("writes under the name itself when it is free", async () => {
    const tried: string[] = [];
    const written = await writeUnderFreeName(
      "a.png",
      (path) => {
        tried.push(path);
        return Promise.resolve("ok");
      },
      isTaken,
    );
    expect(written).toEqual({ name: "a.png", path: "attachments/a.png", result: "ok" });
    expect(tried).toEqual(["attachments/a.png"]);
  });

  it("steps to numbered names while the path is taken", async () => {
    const existing = new Set(["attachments/a.png", "attachments/a (2).png"]);
    const tried: string[] = [];
    const written = await writeUnderFreeName(
      "a.png",
      (path) => {
        tried.push(path);
        return existing.has(path) ? Promise.reject(new Taken()) : Promise.resolve(path.length);
      },
      isTaken,
    );
    expect(written.name).toBe("a (3).png");
    expect(written.path).toBe("attachments/a (3).png");
    expect(tried).toEqual(["attachments/a.png", "attachments/a (2).png", "attachments/a (3).png"]);
  });

  it("rethrows any other failure at once", async () => {
    let calls = 0;
    const failing = writeUnderFreeName(
      "a.png",
      () => {
        calls++;
        return Promise.reject(new Error("offline"));
      },
      isTaken,
    );
    await expect(failing).rejects.toThrow("offline");
    expect(calls).toBe(1);
  });

  it("gives up after a bounded number of names", async () => {
    let calls = 0;
    const endless = writeUnderFreeName(
      "a.png",
      () => {
        calls++;
        return Promise.reject(new Taken());
      },
      isTaken,
    );
    await expect(endless).rejects.toBeInstanceOf(Taken);
    expect(calls).toBe(maxNameAttempts);
  });
});

describe("createLimiter", () => {
  it("never runs more than the limit at once and runs everything in order", async () => {
    const run = createLimiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = [0, 1, 2, 3, 4].map((index) =>
      run(async () => {
        started.push(index);
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return index;
      }),
    );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    expect(started).toEqual([0, 1]);
    while (releases.length > 0) {
      releases.shift()?.();
      // A newcomer arriving between a finish and the hand-over must still wait its turn.
      void run(() => Promise.resolve(-1));
      await settle();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});
