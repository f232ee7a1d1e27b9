import type { NamingRequest } from '@/api/title'
import type { Role } from '@/api/types'

/** Who records a naming (the department) and who reads the titles (staff). */
export const NAMING_ROLES: Role[] = ['PROVINCE_STAFF']
export const TITLE_LIST_ROLES: Role[] = [
  'PROVINCE_STAFF',
  'DIVISION_REVIEWER',
  'PREFECTURE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
  'COMMITTEE_OFFICE',
]
export const ROUND_OVERVIEW_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF']

export type NamingForm = {
  named: boolean
  namingBodyZh: string
  documentNumber: string
  decidedOn: string | null
  reason: string
}

/** The field errors (message keys) the form shows before asking the server; empty when it may be sent. */
export function namingErrors(form: NamingForm, today: string): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.decidedOn) errors.decidedOn = 'title.naming.decidedOnRequired'
  else if (form.decidedOn > today) errors.decidedOn = 'title.naming.decidedOnFuture'
  if (form.named && !form.documentNumber.trim()) errors.documentNumber = 'title.naming.documentNumberRequired'
  if (!form.named && !form.reason.trim()) errors.reason = 'title.naming.reasonRequired'
  return errors
}

/** The request for a valid form: trimmed, blanks as null, the reason only when not named. */
export function namingRequest(form: NamingForm, version: number): NamingRequest {
  const text = (s: string) => (s.trim() === '' ? null : s.trim())
  return {
    named: form.named,
    namingBodyZh: text(form.namingBodyZh),
    documentNumber: text(form.documentNumber),
    decidedOn: form.decidedOn ?? '',
    reason: form.named ? null : text(form.reason),
    version,
  }
}

/** Today in Beijing as an ISO date. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}
