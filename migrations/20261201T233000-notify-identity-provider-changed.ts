import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// A change to a council's identity providers notifies `council_changed` with the council's slug, as a change to
// the council's own row does: each instance remembers, with its cached council, whether the council has a
// provider of its own (then the deployment's verifier may not act for it), and must forget that at once when an
// operator (another instance, or the CLI) adds or removes one.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function notify_identity_provider_changed() returns trigger language plpgsql as $$
    declare s text;
    begin
      if tg_op <> 'INSERT' then
        select slug into s from councils where id = old.council_id;
        if s is not null then perform pg_notify('council_changed', s); end if;
      end if;
      if tg_op <> 'DELETE' then
        select slug into s from councils where id = new.council_id;
        if s is not null then perform pg_notify('council_changed', s); end if;
      end if;
      return null;
    end $$`.execute(db)
  await sql`create trigger council_identity_providers_changed after insert or update or delete on council_identity_providers
    for each row execute function notify_identity_provider_changed()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger council_identity_providers_changed on council_identity_providers`.execute(db)
  await sql`drop function notify_identity_provider_changed()`.execute(db)
}
