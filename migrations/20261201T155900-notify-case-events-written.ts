import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import from the application.
//
// Every statement that writes to the event log notifies `case_events_written`. PostgreSQL delivers a notification
// when the writing transaction commits (never for one that rolls back) and folds identical ones of a transaction
// into one, so the write path pays one notification per transaction at most. Other instances listening wake their
// long-polling readers and their delivery worker at once instead of at their next poll; a lost notification costs
// latency only, since readers still poll.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function notify_case_events_written() returns trigger language plpgsql as $$
    begin
      perform pg_notify('case_events_written', '');
      return null;
    end $$`.execute(db)
  await sql`create trigger case_events_written after insert on case_events for each statement execute function notify_case_events_written()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger case_events_written on case_events`.execute(db)
  await sql`drop function notify_case_events_written()`.execute(db)
}
