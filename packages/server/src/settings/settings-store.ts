import { AppSettings } from "@covalt/contracts";
import { eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { settings } from "../db/schema.js";

const defaults: AppSettings = { titleModel: null };

/** App settings as one validated object over the key/value `settings` table. */
export class SettingsStore {
  #cached: AppSettings | undefined;

  constructor(private readonly db: Db) {}

  get(): AppSettings {
    if (this.#cached !== undefined) return this.#cached;
    const stored = Object.fromEntries(
      this.db
        .select()
        .from(settings)
        .all()
        .map((row) => [row.key, row.value]),
    );
    // A value written by an older or newer version that no longer fits falls back to the default.
    const parsed = AppSettings.safeParse({ ...defaults, ...stored });
    this.#cached = parsed.success ? parsed.data : defaults;
    return this.#cached;
  }

  update(change: Partial<AppSettings>): AppSettings {
    const now = Date.now();
    this.db.transaction((tx) => {
      for (const [key, value] of Object.entries(change)) {
        // A cleared setting has no row: its default applies.
        if (value === null) {
          tx.delete(settings).where(eq(settings.key, key)).run();
          continue;
        }
        tx.insert(settings)
          .values({ key, value, updatedAt: now })
          .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
          .run();
      }
    });
    this.#cached = undefined;
    return this.get();
  }
}
