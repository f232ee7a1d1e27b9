import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Programme } from './regulation'
import type { components } from './schema'
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

type Schemas = components['schemas']

/** A step's period; `fromStep` the step whose completion starts it, null = this step's opening. */
export type StepPeriod = Omit<Schemas['cn.ecozone.procedure.RunView.PeriodView'], 'counting'> & { counting: Counting }

/**
 * One step of the definition the run pinned; `actorRoles` the roles that act on it, the step's own
 * first (a confirmation names whom the act notifies); `article` e.g. 第六条.
 */
export type RunStep = Omit<Schemas['cn.ecozone.procedure.RunView.StepView'], 'kind' | 'period' | 'actorRoles'> & {
  kind: StepKind
  period: StepPeriod | null
  actorRoles: Role[]
}

/** One task: a step opens one, or one per assignee for a parallel examination. */
export type RunTask = Omit<Schemas['cn.ecozone.procedure.RunView.TaskView'], 'state' | 'assigneeRole'> & {
  state: TaskState
  assigneeRole: Role | null
}

/** The current step's deadline with the calendar's explanation, one line each. */
export type RunDeadline = Schemas['cn.ecozone.procedure.RunView.DeadlineView']

/** What this user may do now; the panel draws its buttons from these and nothing else. */
export type AllowedAction = Omit<Schemas['cn.ecozone.procedure.RunView.AllowedAction'], 'action'> & {
  action: ProcedureAction
}

/** One entry of the timeline: an engine act, or the subject module's own (e.g. a plan's ATTACHED). */
export type RunTimelineEntry = Omit<Schemas['cn.ecozone.procedure.RunView.EntryView'], 'action' | 'outcome' | 'actorRole'> & {
  action: ProcedureAction | (string & {})
  outcome: ReviewOutcome | null
  actorRole: Role | null
}

/** A run as the user sees it (`procedure.RunView`); `currentStepCode` null when the run is not OPEN. */
export type RunView = Omit<
  Schemas['cn.ecozone.procedure.RunView'],
  'state' | 'steps' | 'tasks' | 'deadline' | 'allowedActions' | 'timeline'
> & {
  state: RunState
  steps: RunStep[]
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

/** One open task waiting for the user (`procedure.InboxItem`): `link` the UI path of the record, `due` null without a period. */
export type InboxItem = Omit<Schemas['cn.ecozone.procedure.InboxItem'], 'stepKind'> & { stepKind: StepKind }

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
