import type { ColumnType, Generated } from 'kysely'

/** Timestamps are written as Date or ISO string and always read back as Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>

export interface CouncilTable {
  id: Generated<string>
  slug: string
  name: string
  bank_holiday_division: string
  reference_prefix: string
  created_at: Generated<Timestamp>
}

export interface Database {
  councils: CouncilTable
}
