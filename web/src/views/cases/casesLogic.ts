import type { CaseDecision, CaseInput, CaseView } from '@/api/cases'
import type { ProcedureActRequest } from '@/api/procedure'
import type { Role } from '@/api/types'
import { SUBJECT_GOVERNMENT_ROLES } from '@/utils/subjectRoles'

/** Who reads the staff's case list: staff of governments, departments and subjects (docs/cases.md). */
export const CASE_LIST_ROLES: Role[] = [
  'PROVINCE_STAFF',
  'DIVISION_REVIEWER',
  'PREFECTURE_STAFF',
  'PREFECTURE_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'CONSTRUCTION_SUBJECT',
  'COMMITTEE_OFFICE',
]
/** Who recommends a case: a region's subject government (the RECOMMEND step's actor). */
export const CASE_RECOMMENDER_ROLES: readonly Role[] = SUBJECT_GOVERNMENT_ROLES
/** The offices: the department (GZ, IM) and Xilingol's committee office. */
export const CASE_OFFICE_ROLES: Role[] = ['PROVINCE_STAFF', 'COMMITTEE_OFFICE']

/** A blank form of the year; Xilingol's counties pick the 转化实践区 programme, others the base. */
export function emptyCaseInput(year: number, regionCode: string | null): CaseInput {
  return {
    programme: regionCode?.startsWith('1525') ? 'TWO_MOUNTAINS_AREA' : 'TWO_MOUNTAINS_BASE',
    year,
    title: '',
    unitName: '',
    path: '',
    story: '',
    results: [],
  }
}

/** The form of a case as read. */
export function inputOf(c: CaseView): CaseInput {
  return {
    programme: c.programme,
    year: c.year,
    title: c.title,
    unitName: c.unitName ?? '',
    path: c.path,
    story: c.story,
    results: c.results.map((r) => ({ label: r.label, value: r.value, unit: r.unit })),
    version: c.version,
  }
}

/** The field errors (message keys) the form shows before asking the server; empty when it may be sent. */
export function caseInputErrors(input: CaseInput, thisYear: number): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!input.title.trim()) errors.title = 'cases.form.required'
  else if (input.title.trim().length > 200) errors.title = 'cases.form.tooLong'
  if (!input.path) errors.path = 'cases.form.required'
  if (!input.story.trim()) errors.story = 'cases.form.required'
  if (input.year === null || input.year < 2000 || input.year > thisYear) errors.year = 'cases.form.year'
  input.results.forEach((r, i) => {
    if (!r.label.trim()) errors[`results[${i}].label`] = 'cases.form.required'
    if (r.value === '' || r.value === null || Number.isNaN(Number(r.value))) errors[`results[${i}].value`] = 'cases.form.number'
  })
  return errors
}

/**
 * What the procedure panel's request becomes on the case's endpoints: the recommendation, the review's
 * close (outcome and opinion), the publication, or a return with its reason.
 */
export function caseCall(request: ProcedureActRequest): { kind: 'recommend' } | { kind: 'decide'; action: CaseDecision; outcome: string | null; opinion: string | null } {
  if (request.action === 'RETURN') return { kind: 'decide', action: 'return', outcome: null, opinion: request.reason }
  if (request.stepCode === 'RECOMMEND') return { kind: 'recommend' }
  if (request.stepCode === 'REVIEW') return { kind: 'decide', action: 'review', outcome: request.outcome, opinion: request.opinion }
  return { kind: 'decide', action: 'publish', outcome: null, opinion: request.opinion }
}

/** The average score of a criterion over the reviewers who scored, rounded to one decimal; null before any. */
export function averageOf(c: CaseView, criterion: string): number | null {
  const scores = c.reviewers.flatMap((r) => r.scores.filter((s) => s.criterion === criterion).map((s) => s.score))
  if (scores.length === 0) return null
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10
}
