import type { PlanState, PlanStep, PlanView, RegulationSummary, StepType } from '@/api/plan'
import type { Role } from '@/api/types'

/** Element Plus tag type of each plan state. */
export const PLAN_STATE_TAG: Record<PlanState, 'info' | 'primary' | 'warning' | 'success' | 'danger'> = {
  DRAFT: 'info',
  IN_PROGRESS: 'primary',
  RETURNED: 'warning',
  FILED: 'success',
  IN_FORCE: 'success',
  EXPIRED: 'danger',
}

/** Roles that may be the subject of a plan and so create one (the server decides per regulation). */
export const PLAN_SUBJECT_ROLES: Role[] = ['COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT']

/** The bodies that deliberate and promulgate a plan (IM eco-civ art. 6); free text is allowed too. */
export const PROMULGATION_BODIES = ['congress', 'standingCommittee', 'government'] as const
export type PromulgationBody = (typeof PROMULGATION_BODIES)[number]

/** Fallback when GET /api/regulations cannot be read: the regulations that have plan paths. */
export const FALLBACK_REGULATIONS = ['IM-ECOCIV-2022', 'IM-TWOMTN-2022'] as const

/**
 * The region-code prefix a jurisdiction covers: 150000 → "15", 152500 → "1525". Region codes
 * nest by their leading digits, so a user's region lies in the jurisdiction when it starts with it.
 */
export function jurisdictionPrefix(code: string): string {
  let prefix = code
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2)
  return prefix
}

/**
 * The published regulations whose jurisdiction holds the user's region (all published ones without a
 * region), one per code: its newest published version. GET /api/regulations lists every version, so a
 * draft v2 never hides the published v1 (issue 9 §2); the server pins the version that applies.
 */
export function regulationsFor(list: RegulationSummary[], regionCode: string | null): RegulationSummary[] {
  const newest = new Map<string, RegulationSummary>()
  for (const r of list) {
    if (r.status !== 'PUBLISHED') continue
    if (regionCode && !regionCode.startsWith(jurisdictionPrefix(r.jurisdiction))) continue
    const seen = newest.get(r.code)
    if (!seen || seen.version < r.version) newest.set(r.code, r)
  }
  return [...newest.values()]
}

/** The index of the current step in the path for el-steps: the number of steps done. */
export function activeStepIndex(plan: PlanView): number {
  if (plan.state === 'FILED') return plan.steps.length
  if (plan.state === 'IN_PROGRESS' && plan.currentStep) {
    const index = plan.steps.findIndex((s) => s.code === plan.currentStep?.code)
    return index < 0 ? 0 : index
  }
  return 0
}

/** el-steps status of the step that waits: returned plans are marked, the rest is in progress. */
export function processStatus(plan: PlanView): 'process' | 'error' | 'finish' | 'wait' {
  if (plan.state === 'RETURNED' || plan.state === 'EXPIRED') return 'error'
  if (plan.state === 'FILED') return 'finish'
  return 'process'
}

/** What the action panel offers for the current step (the server's flags decide, never the role). */
export type PlanPanel = {
  submit: boolean
  withdraw: boolean
  /** The form of the current step, or null when the user does not act on it. */
  step: StepType | null
  returnable: boolean
  /** The text may be uploaded: while drafting or returned, and at the revision step. */
  upload: boolean
}

export function planPanel(plan: PlanView): PlanPanel {
  const step = plan.mayAct && plan.currentStep ? plan.currentStep.type : null
  return {
    submit: plan.maySubmit,
    withdraw: plan.mayWithdraw,
    step,
    returnable: plan.mayReturn,
    upload: plan.mayEdit || step === 'REVISE',
  }
}

/** A step's short label key; MINISTRY_REVIEW and EXPERT_REVIEW share the review form. */
export function isReview(type: StepType | null): boolean {
  return type === 'EXPERT_REVIEW' || type === 'MINISTRY_REVIEW'
}

/** Whether a file looks like a plan text by its name; the server checks the content. */
export function looksLikePlanText(file: File): boolean {
  return /\.(pdf|docx)$/i.test(file.name)
}

/** The current step's name for a list, or null when no step waits. */
export function currentStepName(plan: PlanView): string | null {
  return plan.currentStep?.nameZh ?? null
}

/** The step in the path a timeline entry belongs to. */
export function stepOf(plan: PlanView, code: string): PlanStep | null {
  return plan.steps.find((s) => s.code === code) ?? null
}
