import type {
  Blocker,
  DossierState,
  DossierView,
  ExclusionOutcome,
  MaterialStatus,
  MaterialView,
  RoundView,
  Tolerance,
} from '@/api/dossier'
import type { Role } from '@/api/types'

/** Element Plus tag type of a material's status: green done, amber a warning, red missing or refused. */
export const STATUS_TAG: Record<MaterialStatus, 'success' | 'warning' | 'danger'> = {
  GREEN: 'success',
  AMBER: 'warning',
  RED: 'danger',
}

export const STATE_TAG: Record<DossierState, 'info' | 'primary' | 'warning' | 'success' | 'danger'> = {
  DRAFT: 'info',
  SUBMITTED: 'primary',
  RETURNED: 'warning',
  WITHDRAWN: 'info',
  ACCEPTED: 'success',
}

export const OUTCOME_TAG: Record<ExclusionOutcome, 'success' | 'warning' | 'danger'> = {
  CLEAR: 'success',
  NEEDS_JUDGEMENT: 'warning',
  EXCLUDED: 'danger',
}

/** Who keeps dossiers of their own region (the server checks `procedure.SubjectRoles` on every call). */
export const DOSSIER_SUBJECT_ROLES: Role[] = ['COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT']

/**
 * Who receives dossiers and reads them in scope: the bodies above the subjects, and the department's
 * divisions, who check each dossier on its page (IM eco-civ art. 14(一)).
 */
export const DOSSIER_RECEIVER_ROLES: Role[] = ['PREFECTURE_STAFF', 'PROVINCE_STAFF', 'DIVISION_REVIEWER']

/** Who reads the candidacy-and-exclusions overview (issue 11 §2): province and prefecture staff. */
export const OVERVIEW_ROLES: Role[] = ['PROVINCE_STAFF', 'PREFECTURE_STAFF']

/** Who opens application rounds when the Ministry calls (IM eco-civ art. 9). */
export const ROUND_ROLES: Role[] = ['PROVINCE_STAFF']

/**
 * The characters of a text as the typical story's rule counts them: every Unicode character but
 * whitespace (a Chinese character, a letter, a digit and a punctuation mark count one each).
 */
export function characterCount(text: string | null | undefined): number {
  if (!text) return 0
  let count = 0
  for (const ch of text) {
    if (!/\s/u.test(ch)) count++
  }
  return count
}

export type CountVerdict = 'WITHIN' | 'SHORT' | 'LONG' | 'EMPTY'

/** Where a count lies against the tolerance (both ends included); no tolerance: any non-empty text is within. */
export function countVerdict(count: number, tolerance: Tolerance | null | undefined): CountVerdict {
  if (count === 0) return 'EMPTY'
  if (!tolerance) return 'WITHIN'
  if (count < tolerance.min) return 'SHORT'
  if (count > tolerance.max) return 'LONG'
  return 'WITHIN'
}

/** The status the checklist shows for a text while it is typed (the server's answer replaces it when saved). */
export function liveTextStatus(count: number, tolerance: Tolerance | null | undefined): MaterialStatus {
  const verdict = countVerdict(count, tolerance)
  if (verdict === 'EMPTY') return 'RED'
  return verdict === 'WITHIN' ? 'GREEN' : 'AMBER'
}

/** Whether the subject may still change materials and answers: a draft or a returned dossier it may edit. */
export function editable(dossier: DossierView): boolean {
  if (dossier.allowedActions.includes('EDIT')) return true
  return (dossier.state === 'DRAFT' || dossier.state === 'RETURNED') && dossier.allowedActions.includes('SUBMIT')
}

/** Whether this user may submit the dossier (blocked or not: the button says what still blocks). */
export function submittable(dossier: DossierView): boolean {
  return dossier.allowedActions.includes('SUBMIT')
}

/** The blocker's message in the user's language. */
export function blockerText(blocker: Blocker, locale: string): string {
  return locale.startsWith('zh') ? blocker.messageZh : blocker.messageEn || blocker.messageZh
}

/** How many photos a material still needs to reach its minimum. */
export function missingPhotos(material: MaterialView): number {
  return Math.max(0, (material.minCount ?? 0) - material.documents.length)
}

/** The media types a picker offers for a material (the server checks the content anyway). */
export function acceptOf(material: MaterialView): string {
  return material.kind === 'PHOTOS'
    ? 'image/jpeg,image/png,.jpg,.jpeg,.png'
    : '.pdf,.ofd,.docx,.doc,.wps,application/pdf,application/ofd,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword'
}

/** The open rounds of a programme, the one closing first first. */
export function openRoundsOf(rounds: RoundView[], programme: string | null): RoundView[] {
  return rounds.filter((r) => r.open && (!programme || r.programme === programme)).sort((a, b) => a.closesOn.localeCompare(b.closesOn))
}

/** An image's resolution as 4000×3000, or an empty text for a document. */
export function resolutionOf(width: number | null | undefined, height: number | null | undefined): string {
  return width && height ? `${width}×${height}` : ''
}
