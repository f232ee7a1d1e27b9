import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Programme } from './regulation'
import type { Counting, Page, Role } from './types'
import { listParams } from '@/utils/listQuery'

/**
 * The run of a regulated procedure as every record that goes through one carries it (issue 9 §1):
 * a plan, a work plan, an indicator submission, later applications and evaluations. The server's
 * `procedure` module builds this shape; keep the names in step with its `RunView`.
 */

export const RUN_STATES = ['OPEN', 'FINISHED', 'CANCELLED'] as const
export type RunState = (typeof RUN_STATES)[number]

/** `regulation.StepKind`; a run never holds `DRAFT` (the drafting step has no task), the regulation pages show it. */
export const STEP_KINDS = [
  'DRAFT',
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

/** The commands of `procedure.ProcedureCommand`, which are also the actions the timeline records. */
export const PROCEDURE_ACTIONS = ['ACT', 'RETURN', 'WITHDRAW', 'CANCEL', 'REOPEN'] as const
export type ProcedureAction = (typeof PROCEDURE_ACTIONS)[number]

/**
 * A task's state (`procedure.internal.TaskEntity.State`): open; done by its act; returned by its
 * actor; superseded when a sibling of a parallel step returned the run; withdrawn (its act taken back,
 * or closed because the act before it was); cancelled with the run.
 */
export const TASK_STATES = ['OPEN', 'DONE', 'RETURNED', 'SUPERSEDED', 'WITHDRAWN', 'CANCELLED'] as const
export type TaskState = (typeof TASK_STATES)[number]

/** The outcomes an act of a review step chooses from (`ProcedureDefinitions.REVIEW_OUTCOMES`). */
export const REVIEW_OUTCOMES = ['PASS', 'REVISE', 'FAIL'] as const
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]

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
  /** The roles that act on the step, the step's own first (a confirmation names whom the act notifies). */
  actorRoles: Role[]
}

/** One task: a step opens one, or one per assignee for a parallel examination. */
export type RunTask = {
  id: number
  stepCode: string
  state: TaskState
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
  /** One of PROCEDURE_ACTIONS, or the subject module's own entry (`ProcedureManagement.record`, e.g. a plan's ATTACHED). */
  action: ProcedureAction | (string & {})
  outcome: ReviewOutcome | null
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

/**
 * The kinds of record whose runs reach the inbox, as their modules name them in `ProcedureSubject`;
 * the inbox filter offers these and shows any other code as it comes.
 */
export const SUBJECT_TYPES = [
  'PLAN',
  'WORK_PLAN',
  'INDICATOR_YEAR',
  'DOSSIER',
  'TYPICAL_CASE',
  'ANNUAL_REPORT',
  'SUPERVISION_CHECK',
  'ENFORCEMENT_PROPOSAL',
  'RECTIFICATION',
] as const

/** Where a task's deadline stands (`procedure.InboxFilter.Due`): past it, within 7 days, or no period. */
export const DUE_BANDS = ['OVERDUE', 'SOON', 'NONE'] as const
export type DueBand = (typeof DUE_BANDS)[number]

/** One open task waiting for the user (`procedure.InboxItem`). */
export type InboxItem = {
  runId: number
  taskId: number
  subjectType: string
  subjectId: number
  subjectTitle: string
  subjectRegionCode: string
  /** The UI path of the record, e.g. /plans/12. */
  link: string
  stepCode: string
  stepKind: StepKind
  openedAt: string
  /** The step's due date, or null without a period. */
  due: string | null
  overdue: boolean
}

/**
 * What the inbox is narrowed to (issue 14 §6); `sort` is a key of the server's whitelist (due, opened,
 * title, region, kind, type), `-` before it for descending.
 */
export type InboxFilter = {
  subjectType: string | null
  overdue: boolean
  q: string
  stepKind?: StepKind | null
  programme?: Programme | null
  regionCode?: string | null
  due?: DueBand | null
  sort?: string | null
}

/** The query parameters of a filter: only those with a value. */
function inboxParams(filter: InboxFilter): Record<string, string> {
  return listParams({
    subjectType: filter.subjectType,
    overdue: filter.overdue || null,
    q: filter.q,
    stepKind: filter.stepKind,
    programme: filter.programme,
    regionCode: filter.regionCode,
    due: filter.due,
    sort: filter.sort,
  })
}

/** What waits for the logged-in user across every procedure, in its scope, earliest due first unless sorted. */
export async function listInbox(filter: InboxFilter, page = 0, size = 20): Promise<Page<InboxItem>> {
  const { data } = await http.get<Page<InboxItem>>('/api/procedures/inbox', {
    params: { ...inboxParams(filter), page, size },
  })
  return data
}

/** The inbox with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export async function exportInbox(filter: InboxFilter): Promise<void> {
  await downloadWorkbook('/api/procedures/inbox/export', inboxParams(filter), 'my-tasks.xlsx')
}
