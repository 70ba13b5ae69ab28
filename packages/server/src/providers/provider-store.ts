import type { ProviderInstance } from "@covalt/contracts";
import { eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { providers } from "../db/schema.js";
import type { SecretsVault } from "../secrets/secrets-vault.js";

export type ProviderRecord = typeof providers.$inferSelect;

/** A provider with its secrets decrypted, for talking to it. Never leaves the server. */
export interface ProviderWithSecrets {
  record: ProviderRecord;
  secrets: Record<string, string>;
}

/** Provider rows, with secrets sealed by the vault on the way in and never returned on the way out. */
export class ProviderStore {
  constructor(
    private readonly db: Db,
    private readonly vault: SecretsVault,
  ) {}

  list(): ProviderRecord[] {
    return this.db.select().from(providers).orderBy(providers.createdAt).all();
  }

  get(id: string): ProviderRecord | undefined {
    return this.db.select().from(providers).where(eq(providers.id, id)).get();
  }

  withSecrets(id: string): ProviderWithSecrets | undefined {
    const record = this.get(id);
    if (record === undefined) return undefined;
    const secrets = Object.fromEntries(
      Object.entries(record.secrets).map(([key, sealed]) => [key, this.vault.decrypt(sealed, secretContext(id, key))]),
    );
    return { record, secrets };
  }

  insert(record: Omit<ProviderRecord, "secrets">, secrets: Record<string, string>): ProviderRecord {
    const row = { ...record, secrets: this.seal(record.id, secrets) };
    this.db.insert(providers).values(row).run();
    return row;
  }

  update(id: string, change: Partial<Omit<ProviderRecord, "id" | "secrets">>, secrets?: Record<string, string>) {
    this.db
      .update(providers)
      .set({ ...change, ...(secrets === undefined ? {} : { secrets: this.seal(id, secrets) }) })
      .where(eq(providers.id, id))
      .run();
  }

  delete(id: string): boolean {
    return this.db.delete(providers).where(eq(providers.id, id)).run().changes > 0;
  }

  private seal(id: string, secrets: Record<string, string>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(secrets).map(([key, value]) => [key, this.vault.encrypt(value, secretContext(id, key))]),
    );
  }
}

function secretContext(providerId: string, key: string): string {
  return `provider:${providerId}:${key}`;
}

export function toProviderInstance(record: ProviderRecord, secretKeys: readonly string[]): ProviderInstance {
  return {
    id: record.id,
    catalogId: record.catalogId,
    name: record.name,
    baseUrl: record.baseUrl,
    fields: record.fields,
    secrets: Object.fromEntries(secretKeys.map((key) => [key, { set: key in record.secrets }])),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
