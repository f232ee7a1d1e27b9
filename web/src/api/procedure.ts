import type { Counting, Role } from './types'

/**
 * The run of a regulated procedure as every record that goes through one carries it (issue 9 §1):
 * a plan, a work plan, an indicator submission, later applications and evaluations. The server's
 * `procedure` module builds this shape; keep the names in step with its `RunView`.
 */

export const RUN_STATES = ['OPEN', 'FINISHED', 'CANCELLED'] as const
export type RunState = (typeof RUN_STATES)[number]

export const STEP_KINDS = [
  'SUBMIT',
  'EXAMINE',
  'PARALLEL_EXAMINE',
  'PANEL',
  'PUBLICITY',
  'DECIDE',
  'RECORD_RESULT',
  'FILE',
  'ACKNOWLEDGE',
  'REVISE',
  'PROMULGATE',
] as const
export type StepKind = (typeof STEP_KINDS)[number]

export const PROCEDURE_ACTIONS = ['ACT', 'RETURN', 'WITHDRAW', 'CANCEL'] as const
export type ProcedureAction = (typeof PROCEDURE_ACTIONS)[number]

/** Kinds whose ACT cannot be taken back by the actor: the panel asks for confirmation first. */
export const IRREVERSIBLE_KINDS: readonly StepKind[] = ['FILE', 'ACKNOWLEDGE', 'DECIDE', 'RECORD_RESULT']

export type StepPeriod = {
  workingDays: number
  counting: Counting
  /** The step whose completion starts the period; null = this step's opening. */
  fromStep: string | null
}

/** One step of the definition the run pinned. */
export type RunStep = {
  code: string
  nameZh: string
  kind: StepKind
  /** e.g. 第六条 */
  article: string | null
  period: StepPeriod | null
}

/** One task: a step opens one, or one per assignee for a parallel examination. */
export type RunTask = {
  id: number
  stepCode: string
  /** e.g. OPEN, DONE, CLOSED (closed by a return elsewhere), WITHDRAWN. */
  state: string
  assigneeRole: Role | null
  assigneeRegionCode: string | null
  assigneeOrganizationName: string | null
  outcome: string | null
  actedBy: string | null
  actedAt: string | null
}

export type RunDeadline = {
  due: string
  overdue: boolean
  /** The calendar's explanation, one line each. */
  explanation: string[]
}

/** What this user may do now; the panel draws its buttons from these and nothing else. */
export type AllowedAction = {
  action: ProcedureAction
  stepCode: string
  taskId: number | null
  /** The outcomes an ACT may record (empty: the act has no outcome). */
  outcomes: string[]
  reasonRequired: boolean
  opinionRequired: boolean
}

export type RunTimelineEntry = {
  stepCode: string
  action: string
  outcome: string | null
  opinion: string | null
  actorName: string | null
  actorRole: Role | null
  organizationName: string | null
  at: string
  documentIds: number[]
}

export type RunView = {
  id: number
  state: RunState
  definitionCode: string
  definitionVersion: number
  version: number
  steps: RunStep[]
  /** null when the run is not OPEN. */
  currentStepCode: string | null
  tasks: RunTask[]
  deadline: RunDeadline | null
  allowedActions: AllowedAction[]
  timeline: RunTimelineEntry[]
}

/** What the panel hands to the page (or to `perform`) when the user takes an action. */
export type ProcedureActRequest = {
  action: ProcedureAction
  stepCode: string
  taskId: number | null
  outcome: string | null
  opinion: string | null
  reason: string | null
  /** Values of the step's own fields (the slot `step-<code>`), e.g. the promulgation body, date and number. */
  fields: Record<string, unknown>
}
