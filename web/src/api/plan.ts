import { http } from './http'
import type { Page } from './types'
import { downloadWorkbook } from './indicator'
import { listParams } from '@/utils/listQuery'
import type { ReviewOutcome, RunView } from './procedure'
import type { components } from './schema'

/** Types and calls of the plan module (issue 4, section 2) and the regulation list it offers. */

export const PLAN_STATES = ['DRAFT', 'IN_PROGRESS', 'RETURNED', 'FILED', 'IN_FORCE', 'EXPIRED'] as const
export type PlanState = (typeof PLAN_STATES)[number]

/** RECEIVE_FILING: the receiving body acknowledges a filing, issuing the filing receipt 备案回执 (IM eco-civ art. 6). */
export const STEP_TYPES = [
  'SUBMIT',
  'EXAMINE',
  'EXPERT_REVIEW',
  'MINISTRY_REVIEW',
  'REVISE',
  'PROMULGATE',
  'FILE',
  'RECEIVE_FILING',
] as const
export type StepType = (typeof STEP_TYPES)[number]

/** The plan's own entries on its run's timeline (`plan.PlanRecordAction`), beside the engine's acts. */
export const PLAN_RECORD_ACTIONS = ['ATTACHED', 'EXPIRED', 'MAJOR_CHANGE', 'RECOMPILING'] as const
export type PlanRecordAction = (typeof PLAN_RECORD_ACTIONS)[number]

type Schemas = components['schemas']

/** One step of the plan's pinned path, as the regulation gives it; `article` e.g. 第五条. */
export type PlanStep = Schemas['cn.ecozone.plan.PlanStep']

/**
 * One version of the plan's text (issue 14 §4): every upload is kept and downloadable; `seenBy` are
 * the plan's acts (timeline actions such as EXAMINED) that saw it, `promulgated` marks the 印发稿;
 * `kind` says whether it is a text version or the issuing document (印发文件) a promulgation carried;
 * `type` is PDF, OFD, DOCX, DOC or WPS, as read from the content.
 */
export type PlanText = Schemas['cn.ecozone.plan.PlanText']

/**
 * A plan as the server shows it to this user; its run's `allowedActions` decide what the UI offers.
 * `run` keeps the procedure module's hand-written type until that module's types are generated
 * (docs/adr/0058).
 */
export type PlanView = Omit<Schemas['cn.ecozone.plan.PlanView'], 'run'> & { run: RunView | null }

/** A target; edition and indicator are both null for a target without an indicator; `year` within the plan's period. */
export type PlanTarget = Schemas['cn.ecozone.plan.PlanContent.Target']

export type PlanTask = Schemas['cn.ecozone.plan.PlanContent.Task']

/**
 * A key project; investment in 万元. key: given by the server to a new row and sent back on every
 * save; it links the row to its record in the key project library (issue 14 §8).
 */
export type PlanKeyProject = Schemas['cn.ecozone.plan.PlanContent.KeyProject']

export type PlanContent = Schemas['cn.ecozone.plan.PlanContent']

export type PlanHeaderRequest = {
  title: string
  periodStart: number | null
  periodEnd: number | null
}

/**
 * The fields of a move; only those its action needs are sent. Generated from the server's API
 * description (docs/adr/0051), with the outcome narrowed to the review outcomes.
 */
export type PlanActionFields = Omit<ActionRequest, 'version' | 'outcome'> & { outcome?: ReviewOutcome }

type ActionRequest = Schemas['cn.ecozone.plan.web.PlanController.ActionRequest']

export type PlanActionName =
  | 'submit'
  | 'examine'
  | 'review'
  | 'revised'
  | 'promulgate'
  | 'file'
  | 'acknowledge'
  | 'return'
  | 'withdraw'
  /** The subject declares a major change of targets and tasks of a plan in force (IM eco-civ art. 7; reason required). */
  | 'major_change'
  /** The subject starts a new revision of an expired plan (IM eco-civ art. 7). */
  | 'recompile'

/** One regulation as listed by GET /api/regulations and GET /api/plans/regulations. */
export type RegulationSummary = {
  code: string
  version: number
  status: 'DRAFT' | 'PUBLISHED'
  programme: string
  /** Region code of the jurisdiction, e.g. 150000. */
  jurisdiction: string
  inForce: string | null
  titleZh: string
}

/** A plan as the plan list shows it; path, content, timeline and run come with the plan itself. */
export type PlanSummary = Schemas['cn.ecozone.plan.PlanSummary']

/** A page of the plans in the user's scope, the newest change first; `q` narrows to titles containing it. */
/** The plan list's filters (issue 14 §6); each optional. `year`: plans whose period covers it. */
export type PlanListFilter = {
  state?: PlanState | null
  region?: string | null
  year?: number | null
  programme?: string | null
  /** `key` or `-key` of updated, title, period, state, region, due. */
  sort?: string | null
}

/** The query of the plan list and of its export: the search text and the filters that have a value. */
export function planListParams(q: string, filter: PlanListFilter = {}): Record<string, string> {
  return listParams({ q, ...filter })
}

export async function listPlans(page = 0, size = 20, q = '', filter: PlanListFilter = {}): Promise<Page<PlanSummary>> {
  const { data } = await http.get<Page<PlanSummary>>('/api/plans', {
    params: { page, size, ...planListParams(q, filter) },
  })
  return data
}

/** The plan list with these filters as an .xlsx workbook (what the list shows). */
export async function exportPlans(q: string, filter: PlanListFilter): Promise<void> {
  await downloadWorkbook('/api/plans/export', planListParams(q, filter), 'plans.xlsx')
}

export async function listPlanInbox(page = 0, size = 20, q = ''): Promise<Page<PlanSummary>> {
  const { data } = await http.get<Page<PlanSummary>>('/api/plans/inbox', {
    params: { page, size, q: q.trim() || undefined },
  })
  return data
}

export async function getPlan(id: number): Promise<PlanView> {
  const { data } = await http.get<PlanView>(`/api/plans/${id}`)
  return data
}

export async function createPlan(regulation: string, header: PlanHeaderRequest): Promise<PlanView> {
  const { data } = await http.post<PlanView>('/api/plans', { regulation, ...header }, { silent: true })
  return data
}

export async function editPlan(id: number, header: PlanHeaderRequest, version: number): Promise<PlanView> {
  const { data } = await http.put<PlanView>(`/api/plans/${id}`, { ...header, version })
  return data
}

/**
 * Uploads the plan's text as its next version; the server checks it is PDF, OFD, DOCX, DOC or WPS by
 * its content (415 otherwise). A refusal is thrown, not shown: the caller shows it beside the field.
 */
export async function uploadPlanDocument(id: number, file: File, version: number): Promise<PlanView> {
  const form = new FormData()
  form.append('file', file)
  // silent: the page shows the refusal beside the upload field (uploadFieldError), not as a toast too
  const { data } = await http.post<PlanView>(`/api/plans/${id}/document`, form, {
    params: { version },
    timeout: 300_000,
    silent: true,
  })
  return data
}

/**
 * Downloads the plan's text and saves it under its stored name (a refusal is shown and thrown); with
 * `documentId`, the version a step of the timeline saw (a later upload never replaces it).
 */
export async function downloadPlanDocument(id: number, fallbackName: string, documentId?: number): Promise<void> {
  await downloadWorkbook(`/api/plans/${id}/document`, documentId ? { documentId: String(documentId) } : {}, fallbackName)
}

/** The promulgation's values (`PlanController.ActionRequest`'s fields for `promulgate`). */
export type PromulgationFields = Pick<PlanActionFields, 'body' | 'promulgatedOn' | 'documentNumber'>

/**
 * Promulgates the plan carrying its issuing document (印发文件): the values as form fields, then the
 * file (the server reads the fields first); it checks the file is PDF, OFD, DOCX, DOC or WPS by its
 * content (415 otherwise, nothing kept). A refusal is thrown for the panel to show beside its field.
 */
export async function promulgateWithDocument(id: number, version: number, fields: PromulgationFields, file: File): Promise<PlanView> {
  const form = new FormData()
  form.append('version', String(version))
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, String(value))
  form.append('file', file)
  const { data } = await http.post<PlanView>(`/api/plans/${id}/promulgation`, form, { timeout: 300_000 })
  return data
}

export async function actOnPlan(
  id: number,
  action: PlanActionName,
  version: number,
  fields: PlanActionFields = {},
): Promise<PlanView> {
  const body: ActionRequest = { ...fields, version }
  const { data } = await http.post<PlanView>(`/api/plans/${id}/${action}`, body)
  return data
}

/**
 * The regulations this user may start a plan under today: per programme the one that applies to the
 * user's region (the server's one rule), a draft with `status: 'DRAFT'`.
 */
export async function listPlanRegulations(): Promise<RegulationSummary[]> {
  const { data } = await http.get<RegulationSummary[]>('/api/plans/regulations')
  return data
}

/**
 * Replaces the plan's targets, tasks and key projects (allowed while its text may be changed).
 * A 400 lists fields like `targets[2].indicator`; the caller shows them beside the cells.
 */
export async function savePlanContent(id: number, content: PlanContent, version: number): Promise<PlanView> {
  const { data } = await http.put<PlanView>(`/api/plans/${id}/content`, { ...content, version })
  return data
}
