import type { PlanActionFields, PlanActionName, PlanState, PlanStep, PlanView, StepType } from '@/api/plan'
import type { ProcedureActRequest } from '@/api/procedure'

/** Element Plus tag type of each plan state. */
export const PLAN_STATE_TAG: Record<PlanState, 'info' | 'primary' | 'warning' | 'success' | 'danger'> = {
  DRAFT: 'info',
  IN_PROGRESS: 'primary',
  RETURNED: 'warning',
  FILED: 'success',
  IN_FORCE: 'success',
  EXPIRED: 'danger',
}

/** The step of the plan's pinned path with `code` (the run's steps carry the same codes). */
export function stepOf(plan: PlanView, code: string | null): PlanStep | null {
  return plan.steps.find((s) => s.code === code) ?? null
}

/** The type of the step the user may act on now, or null: from the run's `allowedActions` only. */
export function actingStep(plan: PlanView): StepType | null {
  const act = plan.run?.allowedActions.find((a) => a.action === 'ACT')
  return act ? (stepOf(plan, act.stepCode)?.type ?? null) : null
}

/** The header may be changed: the plan is with its subject and the run waits for this user there. */
export function planEditable(plan: PlanView): boolean {
  const first = plan.run?.steps[0]?.code
  return (
    (plan.state === 'DRAFT' || plan.state === 'RETURNED') &&
    Boolean(plan.run?.allowedActions.some((a) => a.action === 'ACT' && a.stepCode === first))
  )
}

/** The text and content may be changed: while the header may, and at the subject's revision step. */
export function textEditable(plan: PlanView): boolean {
  return planEditable(plan) || actingStep(plan) === 'REVISE'
}

/** The plan endpoint and body of what the procedure panel asks (the page keeps the plan's API). */
export function planRequest(plan: PlanView, request: ProcedureActRequest): { action: PlanActionName; fields: PlanActionFields } {
  if (request.action === 'RETURN') return { action: 'return', fields: { reason: request.reason ?? undefined } }
  if (request.action === 'WITHDRAW') return { action: 'withdraw', fields: {} }
  if (request.action !== 'ACT') throw new Error(`plans offer no ${request.action}`)
  const f = request.fields as Record<string, string | undefined>
  const opinion = request.opinion ?? undefined
  switch (stepOf(plan, request.stepCode)?.type) {
    case 'SUBMIT':
      return { action: 'submit', fields: {} }
    case 'EXAMINE':
      return { action: 'examine', fields: { opinion } }
    case 'EXPERT_REVIEW':
    case 'MINISTRY_REVIEW':
      return {
        action: 'review',
        fields: { outcome: (request.outcome ?? undefined) as PlanActionFields['outcome'], opinion, panel: f.panel?.trim() || undefined, reviewedOn: f.reviewedOn },
      }
    case 'REVISE':
      return { action: 'revised', fields: { note: opinion } }
    case 'PROMULGATE':
      return { action: 'promulgate', fields: { body: f.body?.trim(), promulgatedOn: f.promulgatedOn, documentNumber: f.documentNumber?.trim() } }
    case 'FILE':
      return { action: 'file', fields: { filedOn: f.filedOn, note: opinion } }
    case 'RECEIVE_FILING':
      return { action: 'acknowledge', fields: { receivedOn: f.receivedOn, opinion } }
    default:
      throw new Error(`no plan step ${request.stepCode}`)
  }
}

/** Client-side checks of a step's own fields: field → locale key (empty when complete); the server checks again. */
export function checkPlanFields(plan: PlanView, stepCode: string, fields: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {}
  const blank = (name: string) => !String(fields[name] ?? '').trim()
  const type = stepOf(plan, stepCode)?.type
  if (type === 'EXPERT_REVIEW' && blank('panel')) errors.panel = 'plan.panelRequired'
  if ((type === 'EXPERT_REVIEW' || type === 'MINISTRY_REVIEW') && blank('reviewedOn')) errors.reviewedOn = 'plan.dateRequired'
  if (type === 'PROMULGATE') {
    if (blank('body')) errors.body = 'plan.bodyRequired'
    if (blank('promulgatedOn')) errors.promulgatedOn = 'plan.dateRequired'
    if (blank('documentNumber')) errors.documentNumber = 'plan.documentNumberRequired'
  }
  if (type === 'FILE' && blank('filedOn')) errors.filedOn = 'plan.dateRequired'
  if (type === 'RECEIVE_FILING' && blank('receivedOn')) errors.receivedOn = 'plan.dateRequired'
  return errors
}

/** The current step's name for a list, or null when no step waits. */
export function currentStepName(plan: Pick<PlanView, 'currentStep'>): string | null {
  return plan.currentStep?.nameZh ?? null
}
