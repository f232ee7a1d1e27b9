import type { Role } from '@/api/types'
import type { AnnualReport, ReportState } from '@/api/report'

/** Who reads annual reports: every business role but the expert (the server's `Access.BusinessStaff`). */
export const REPORT_ROLES: Role[] = [
  'PROVINCE_STAFF',
  'DIVISION_REVIEWER',
  'PREFECTURE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
  'COMMITTEE_OFFICE',
]

/** Who opens and writes a report: the titled region's government (county or league). */
export const REPORT_SUBJECT_ROLES: Role[] = ['COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT']

/** Who makes the Beautiful Inner Mongolia consolidation: the department's staff. */
export const BIM_ROLES: Role[] = ['PROVINCE_STAFF']

/** Who may send a league's own Beautiful Inner Mongolia report: league governments (which ones: data). */
export const BIM_SENDER_ROLES: Role[] = ['PREFECTURE_GOVERNMENT']

/** The tag colour of a state in lists and on the page. */
export function stateTag(state: ReportState): 'info' | 'warning' | 'danger' | 'success' {
  switch (state) {
    case 'ACCEPTED':
      return 'success'
    case 'RETURNED':
      return 'danger'
    case 'SUBMITTED':
      return 'warning'
    default:
      return 'info'
  }
}

/**
 * The years a subject may report on, newest first: from the naming year to last year, and not after the
 * title's last valid year (an expired title still reports on the years it held).
 */
export function reportableYears(namedOn: string, validUntil: string, today: Date): number[] {
  const first = Number(namedOn.slice(0, 4))
  const last = Math.min(today.getFullYear() - 1, Number(validUntil.slice(0, 4)))
  const years: number[] = []
  for (let y = last; y >= first; y--) years.push(y)
  return years
}

/** What the page says about the due day: the province's own, or the regulation's suggestion (silent). */
export function dueSource(report: Pick<AnnualReport, 'dueFromSetting' | 'dueNote'>): 'setting' | 'suggestion' {
  return report.dueFromSetting ? 'setting' : 'suggestion'
}

/** Whether the report still misses what its submission requires: the text. */
export function missingText(text: string | null | undefined): boolean {
  return !text || text.trim().length === 0
}

/** "MM-dd" as the settings page accepts it: a real month and day (29 Feb allowed). */
export function validMonthDay(value: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(value.trim())
  if (!m) return false
  const month = Number(m[1])
  const day = Number(m[2])
  if (month < 1 || month > 12 || day < 1) return false
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return day <= days
}
