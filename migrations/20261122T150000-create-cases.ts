import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // A council's policy is versioned: a change adds a row; cases keep the snapshot they started under.
  await db.schema
    .createTable('council_policies')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('preset', 'text', (c) => c.notNull())
    .addColumn('overrides', 'jsonb', (c) => c.notNull())
    .addColumn('policy', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('council_policies_pk', ['council_id', 'version'])
    .execute()

  // Councils' settings that are not the Code's rules (public intake, CORS origins).
  await db.schema
    .alterTable('councils')
    .addColumn('public_intake_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('public_intake_origins', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute()

  await db.schema
    .createTable('case_reference_counters')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_reference_counters_pk', ['council_id', 'year'])
    .execute()

  // The current state of each case, for queries; the history is case_events.
  await db.schema
    .createTable('cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('policy', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('intake', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('stage', 'smallint', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('sensitive', 'boolean', (c) => c.notNull())
    .addColumn('anonymous', 'boolean', (c) => c.notNull())
    .addColumn('service_areas', sql`text[]`, (c) => c.notNull())
    .addColumn('categories', sql`text[]`, (c) => c.notNull())
    .addColumn('lead_service_area', 'text')
    .addColumn('handler', 'text')
    .addColumn('stage2_handler', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('next_due_on', 'date')
    .addColumn('next_due_kind', 'text')
    .addColumn('escalation_window_ends_on', 'date')
    .addColumn('open_remedies', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_remedy_due_on', 'date')
    .addColumn('linked_case_id', 'uuid', (c) => c.references('cases.id'))
    .addColumn('crm_reference', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('cases_council_reference_unique', ['council_id', 'reference'])
    .execute()
  await db.schema.createIndex('cases_queue_idx').on('cases').columns(['council_id', 'next_due_on', 'id']).execute()
  await db.schema.createIndex('cases_council_received_idx').on('cases').columns(['council_id', 'received_at']).execute()
  await db.schema.createIndex('cases_handler_idx').on('cases').columns(['council_id', 'handler']).execute()
  await db.schema.createIndex('cases_stage2_handler_idx').on('cases').columns(['council_id', 'stage2_handler']).execute()

  // Append-only history: what happened, who did it, when, with the command's data.
  await db.schema
    .createTable('case_events')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_events_pk', ['case_id', 'sequence'])
    .execute()

  // A retried intake with the same key returns the first response and creates nothing.
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['council_id', 'key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute()
  await db.schema.dropTable('case_events').execute()
  await db.schema.dropTable('cases').execute()
  await db.schema.dropTable('case_reference_counters').execute()
  await db.schema.alterTable('councils').dropColumn('public_intake_origins').dropColumn('public_intake_enabled').execute()
  await db.schema.dropTable('council_policies').execute()
}
