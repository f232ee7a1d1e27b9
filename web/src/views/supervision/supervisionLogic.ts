import type { Role } from '@/api/types'
import type { CheckFinding, CheckView } from '@/api/supervision'

/** Who reads the checks (staff in scope: the province acts, the prefecture and the subject read). */
export const CHECK_READER_ROLES: Role[] = [
  'PROVINCE_STAFF',
  'DIVISION_REVIEWER',
  'PREFECTURE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
  'COMMITTEE_OFFICE',
]

/** Who sets when checks open (the province department, Guizhou art. 22 适时). */
export const SETTINGS_ROLES: Role[] = ['PROVINCE_STAFF']

export type ConclusionForm = {
  problemsFound: boolean | null
  falsificationFound: boolean
  rectificationWorkingDays: number | null
  textZh: string
}

/** The conclusion form's problems by field (message keys); empty when it may be sent. */
export function conclusionErrors(form: ConclusionForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (form.problemsFound === null) errors.problemsFound = 'supervision.choose'
  if (!form.textZh.trim()) errors.textZh = 'supervision.required'
  const days = form.rectificationWorkingDays
  if (form.problemsFound && days !== null && (!Number.isInteger(days) || days < 1 || days > 365)) {
    errors.rectificationWorkingDays = 'supervision.daysRange'
  }
  return errors
}

/** A new form, with the regulation's suggested period (限定期, uncertain) filled in. */
export function newConclusion(view: CheckView): ConclusionForm {
  return { problemsFound: null, falsificationFound: false, rectificationWorkingDays: view.rectification.workingDays, textZh: '' }
}

/** The findings recorded on each checklist row, by indicator code; the overall ones under ''. */
export function findingsByRow(findings: CheckFinding[]): Record<string, CheckFinding[]> {
  const byRow: Record<string, CheckFinding[]> = {}
  for (const f of findings) {
    const key = f.indicatorCode ?? ''
    ;(byRow[key] ??= []).push(f)
  }
  return byRow
}

/** Tag colours of a check's state. */
export const STATE_TAG: Record<string, 'warning' | 'success'> = { OPEN: 'warning', CONCLUDED: 'success' }
