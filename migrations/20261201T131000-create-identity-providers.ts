import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
export async function up(db: Kysely<any>): Promise<void> {
  // A council's own identity provider: tokens carrying this issuer are verified against its JWKS and act for
  // this council only. An issuer belongs to one council.
  await db.schema
    .createTable('council_identity_providers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (c) => c.notNull().unique())
    .addColumn('jwks_url', 'text', (c) => c.notNull())
    .addColumn('audience', 'text')
    .addColumn('roles_claim', 'text', (c) => c.notNull().defaultTo('roles'))
    // null: the council is implied by the issuer; otherwise the claim that must name the council's slug.
    .addColumn('council_claim', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('council_identity_providers_council_idx').on('council_identity_providers').column('council_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('council_identity_providers').execute()
}
