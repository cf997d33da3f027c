import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // A council's webhook subscriptions. The worker copies each new log event a subscription wants into a delivery,
  // moving the subscription's cursor (a point of the event log) in the same transaction.
  await db.schema
    .createTable('webhook_subscriptions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    // null: every event type.
    .addColumn('event_types', sql`text[]`)
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('disabled_reason', 'text')
    .addColumn('secret', 'text', (c) => c.notNull())
    // After a rotation the previous secret also signs until it expires, so receivers can roll keys.
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', 'timestamptz')
    .addColumn('cursor_xid', sql`xid8`)
    .addColumn('cursor_position', 'bigint')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('webhook_subscriptions_council_idx').on('webhook_subscriptions').column('council_id').execute()

  // One message to one subscription: retried until delivered; a replay is another delivery of the same event.
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subscription_id', 'uuid', (c) => c.notNull().references('webhook_subscriptions.id').onDelete('cascade'))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('event_xid', sql`xid8`, (c) => c.notNull())
    .addColumn('event_position', 'bigint', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    // The exact body, so that every attempt sends the same bytes.
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('replay', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('leased_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .execute()
  await sql`create unique index webhook_deliveries_once on webhook_deliveries (subscription_id, event_position) where not replay`.execute(db)
  await sql`create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending'`.execute(db)
  await sql`create index webhook_deliveries_case_idx on webhook_deliveries (subscription_id, case_id, event_xid, event_position) where status = 'pending'`.execute(db)
  await db.schema.createIndex('webhook_deliveries_subscription_idx').on('webhook_deliveries').columns(['subscription_id', 'created_at']).execute()

  // Every attempt, for the council's admins: when, how long, what the receiver answered or what went wrong.
  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('delivery_id', 'uuid', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .execute()
  await db.schema.createIndex('webhook_attempts_delivery_idx').on('webhook_attempts').columns(['delivery_id', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_attempts').execute()
  await db.schema.dropTable('webhook_deliveries').execute()
  await db.schema.dropTable('webhook_subscriptions').execute()
}
