import type { ApprovalAuditEntry, ApprovalMode } from "@covalt/contracts";
import type { ApprovalRecord } from "@covalt/core";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { approvalAudit, chatToolAllowances, disabledToolsets, toolPolicies } from "../db/schema.js";

/**
 * The user's side of tool approval in SQLite: per-tool and per-toolset overrides, "allow for this
 * chat" answers, switched-off toolsets and the audit log of every decision.
 */
export class ToolPolicyStore {
  constructor(private readonly db: Db) {}

  overrides(): Map<string, ApprovalMode> {
    return new Map(
      this.db
        .select()
        .from(toolPolicies)
        .all()
        .map((row) => [row.target, row.approval]),
    );
  }

  setOverride(target: string, approval: ApprovalMode | null): void {
    if (approval === null) {
      this.db.delete(toolPolicies).where(eq(toolPolicies.target, target)).run();
      return;
    }
    this.db
      .insert(toolPolicies)
      .values({ target, approval, updatedAt: Date.now() })
      .onConflictDoUpdate({ target: toolPolicies.target, set: { approval, updatedAt: Date.now() } })
      .run();
  }

  isAllowedInChat(chatId: string, toolId: string): boolean {
    const row = this.db
      .select({ toolId: chatToolAllowances.toolId })
      .from(chatToolAllowances)
      .where(and(eq(chatToolAllowances.chatId, chatId), eq(chatToolAllowances.toolId, toolId)))
      .get();
    return row !== undefined;
  }

  allowInChat(chatId: string, toolId: string): void {
    this.db.insert(chatToolAllowances).values({ chatId, toolId, createdAt: Date.now() }).onConflictDoNothing().run();
  }

  disabledToolsets(): Set<string> {
    return new Set(
      this.db
        .select()
        .from(disabledToolsets)
        .all()
        .map((row) => row.toolsetId),
    );
  }

  setToolsetEnabled(toolsetId: string, enabled: boolean): void {
    if (enabled) this.db.delete(disabledToolsets).where(eq(disabledToolsets.toolsetId, toolsetId)).run();
    else this.db.insert(disabledToolsets).values({ toolsetId, disabledAt: Date.now() }).onConflictDoNothing().run();
  }

  audit(entry: ApprovalRecord & { chatId: string; runId: string }): void {
    this.db
      .insert(approvalAudit)
      .values({
        at: Date.now(),
        chatId: entry.chatId,
        runId: entry.runId,
        toolCallId: entry.toolCallId,
        toolId: entry.toolId,
        outcome: entry.outcome,
        decidedBy: entry.decidedBy,
        editedInput: entry.editedInput,
      })
      .run();
  }

  auditLog(limit: number): ApprovalAuditEntry[] {
    return this.db.select().from(approvalAudit).orderBy(desc(approvalAudit.id)).limit(limit).all();
  }
}
