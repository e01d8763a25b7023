import neo4j, { type Driver } from "neo4j-driver";
import { SLOT_PROPERTY } from "../model";

/**
 * Which of the two snapshot slots readers see (blue/green loading, see docs/loading.md). Every
 * statement that mentions `$slot` gets it as a parameter; its anchors keep the nodes of that slot
 * and the nodes written without one (`coalesce(n._slot, $slot) = $slot`).
 */
export const SLOT_PARAM = "slot";

/** The Cypher predicate that keeps node `v` when it belongs to the published slot (or to none). */
export function inSlot(v: string): string {
  return `coalesce(${v}.${SLOT_PROPERTY}, $${SLOT_PARAM}) = $${SLOT_PARAM}`;
}

const READ_SLOT = `OPTIONAL MATCH (s:SeedState {key: 'snapshot'}) RETURN coalesce(s.slot, 0) AS slot`;

/** How long a process trusts the slot it read (a publish in this process refreshes it at once). */
const SLOT_TTL_MS = 1_000;

/** A one-row read: a Neo4j that cannot answer it in this time is not answering. */
const SLOT_READ_TIMEOUT_MS = 5_000;

/** Bumped by a publish (or a test wipe) in this process: every cache reads the slot again. */
let epoch = 0;

export function invalidatePublishedSlot(): void {
  epoch += 1;
}

/** The published slot as read from the seed state, cached for a second. */
export class PublishedSlot {
  private value: number | undefined;
  private readAt = 0;
  private readEpoch = -1;
  private pending: Promise<number> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  get(): Promise<number> {
    if (
      this.value !== undefined &&
      this.readEpoch === epoch &&
      Date.now() - this.readAt < SLOT_TTL_MS
    ) {
      return Promise.resolve(this.value);
    }
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetch(): Promise<number> {
    const at = epoch;
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(READ_SLOT, {}, { timeout: SLOT_READ_TIMEOUT_MS });
      const slot = Number(result.records[0]?.get("slot") ?? 0);
      this.value = slot;
      this.readAt = Date.now();
      this.readEpoch = at;
      return slot;
    } finally {
      await session.close();
    }
  }
}
