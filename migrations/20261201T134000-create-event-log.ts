import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// case_events becomes the ordered event log (a transactional outbox): each row is written in the transaction of
// the change it records, and carries a transaction id (xid8: the writer's, or a later one from the case's previous
// event) and a position from a sequence. The write path needs no extra statement and takes no shared lock:
// positions are handed out without waiting, and readers order by (xid, position) below the oldest transaction
// still running (see event-log.repository.ts for why that order never skips a late commit).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence case_event_position_seq as bigint`.execute(db)
  await db.schema
    .alterTable('case_events')
    .addColumn('position', 'bigint', (c) => c.notNull().defaultTo(sql`nextval('case_event_position_seq')`))
    .addColumn('xid', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
    // The case's version once the change committed; time-based events carry the version they were noticed at.
    .addColumn('case_version', 'integer')
    // Time-based events (deadline.approaching, ...) are emitted once per case and key, whatever runs the scheduler.
    .addColumn('dedupe_key', 'text')
    .execute()
  await sql`alter sequence case_event_position_seq owned by case_events.position`.execute(db)
  // Events recorded before the log existed: the version they led to is not known; the case's current one is the
  // closest honest value and keeps the column non-null for every later reader.
  await sql`update case_events e set case_version = c.version from cases c where c.id = e.case_id`.execute(db)
  await sql`alter table case_events alter column case_version set not null`.execute(db)
  await db.schema.createIndex('case_events_position_unique').on('case_events').column('position').unique().execute()
  await db.schema.createIndex('case_events_feed_idx').on('case_events').columns(['council_id', 'xid', 'position']).execute()
  await sql`create unique index case_events_dedupe_unique on case_events (case_id, dedupe_key) where dedupe_key is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('case_events_dedupe_unique').execute()
  await db.schema.dropIndex('case_events_feed_idx').execute()
  await db.schema.dropIndex('case_events_position_unique').execute()
  await db.schema.alterTable('case_events').dropColumn('dedupe_key').dropColumn('case_version').dropColumn('xid').dropColumn('position').execute()
}
