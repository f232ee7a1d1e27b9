import type { PlanText, PlanView } from '@/api/plan'

/**
 * The plan's kept files, the newest first: the issuing documents (印发文件) of its promulgations, then
 * the versions of its text (an older answer without them: none).
 */
export function textVersionsNewestFirst(plan: PlanView): PlanText[] {
  const rank = (v: PlanText) => (isIssuingDocument(v) ? 1 : 0)
  return [...(plan.texts ?? [])].sort((a, b) => rank(b) - rank(a) || b.number - a.number)
}

/** Whether the file is an issuing document a promulgation carried, not a version of the text. */
export function isIssuingDocument(file: PlanText): boolean {
  return file.kind === 'ISSUING_DOCUMENT'
}

/** The version number of the plan's text stored as `documentId`, or null when it is none of them. */
export function textVersionOf(plan: PlanView, documentId: number): number | null {
  return plan.texts?.find((v) => v.documentId === documentId && !isIssuingDocument(v))?.number ?? null
}

/** The issuing document stored as `documentId`, or null when it is none. */
export function issuingDocumentOf(plan: PlanView, documentId: number): PlanText | null {
  return plan.texts?.find((v) => v.documentId === documentId && isIssuingDocument(v)) ?? null
}

/** The file the promulgation step's fields carry (chosen in the step's form), or null. */
export function chosenIssuingDocument(fields: Record<string, unknown>): File | null {
  return fields.issuingDocument instanceof File ? fields.issuingDocument : null
}

/**
 * The locale key of the promulgation's confirmation (issue 14 §3, §4): naming the issuing document the
 * act carries (`{file}`), or saying that none is attached and none can be added later; null for any
 * other step (the panel's own words then).
 */
export function promulgationConfirmKey(stepType: string | null | undefined, fields: Record<string, unknown>): string | null {
  if (stepType !== 'PROMULGATE') return null
  return chosenIssuingDocument(fields) ? 'planIssuing.confirmWith' : 'planIssuing.confirmWithout'
}
