import { http } from './http'
import { downloadWorkbook } from './indicator'
import { listParams } from '@/utils/listQuery'
import type { Page } from './types'
import type { components } from './schema'

/**
 * An open deadline of the deadline list (docs/api.md, Deadlines): `workingDaysLeft` counts the working
 * days after today up to the due date (0 = due today, negative = overdue); `mine` says whether the
 * user's role is the one expected to act.
 */
export type DeadlineItem = components['schemas']['cn.ecozone.deadline.DeadlineItem']

/**
 * The deadline list's filters (issue 14 §6), each optional: `dueTo` replaces the `within` window;
 * `overdue` true for only overdue, false for only not yet overdue.
 */
export type DeadlineFilter = {
  q?: string | null
  dueFrom?: string | null
  dueTo?: string | null
  overdue?: boolean | null
  /** `key` or `-key` of due, title, region, kind. */
  sort?: string | null
}

/** The query of the deadline list and of its export. */
export function deadlineListParams(within: number, filter: DeadlineFilter = {}): Record<string, string> {
  return listParams({ within, ...filter })
}

/** A page of the open deadlines overdue or due within `within` working days (0–250), the earliest first. */
export async function listDeadlines(within = 10, page = 0, size = 20, filter: DeadlineFilter = {}): Promise<Page<DeadlineItem>> {
  const { data } = await http.get<Page<DeadlineItem>>('/api/deadlines', {
    params: { ...deadlineListParams(within, filter), page, size },
  })
  return data
}

/** The deadline list with these filters as an .xlsx workbook (what the list shows). */
export async function exportDeadlines(within: number, filter: DeadlineFilter): Promise<void> {
  await downloadWorkbook('/api/deadlines/export', deadlineListParams(within, filter), 'deadlines.xlsx')
}
