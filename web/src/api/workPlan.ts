import { downloadWorkbook } from './indicator'
import { listParams } from '@/utils/listQuery'
import { http } from './http'
import type { Page } from './types'
import type { Programme } from './keyProject'
import type { ProcedureActRequest, RunView } from './procedure'
import type { components } from './schema'

export const WORK_PLAN_STATES = ['DRAFT', 'FILED', 'RETURNED', 'RECEIVED'] as const
export type WorkPlanState = (typeof WORK_PLAN_STATES)[number]

export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

type Schemas = components['schemas']

export type WorkPlanTask = Schemas['cn.ecozone.workplan.WorkPlanRows.Task']

export type WorkPlanProject = Schemas['cn.ecozone.workplan.WorkPlanRows.Project']

export type WorkPlanFund = Schemas['cn.ecozone.workplan.WorkPlanRows.Fund']

/**
 * A work plan. `procedure`, the filing's run (allowed actions, steps and timeline; null in lists and for
 * a plan created before the engine, until its next write), keeps the procedure module's hand-written
 * type until that module's types are generated (docs/adr/0058).
 */
export type WorkPlan = Omit<Schemas['cn.ecozone.workplan.WorkPlanView'], 'procedure'> & { procedure: RunView | null }

export type WorkPlanRequest = {
  programme?: Programme | null
  year?: number | null
  planId?: number | null
  title: string
  summary?: string | null
  tasks: WorkPlanTask[]
  projects: WorkPlanProject[]
  funds: WorkPlanFund[]
  version?: number
}

export type WorkPlanFilter = {
  region?: string | null
  programme?: Programme | null
  year?: number | null
  state?: WorkPlanState | null
  /** Part of the title or of the region's name (issue 14 §6). */
  q?: string | null
  /** `key` or `-key` of year, region, title, state, programme, updated. */
  sort?: string | null
}

const base = '/api/work-plans'

/** A work plan as the list shows it; content, document and run come with the plan itself. */
export type WorkPlanSummary = Schemas['cn.ecozone.workplan.WorkPlanSummary']

/** A page of the plans in scope that match the filter, newest year first. */
/** The query of the work plan list and of its export: the filters that have a value. */
export function workPlanListParams(filter: WorkPlanFilter): Record<string, string> {
  return listParams({ ...filter })
}

export async function listWorkPlans(filter: WorkPlanFilter, page = 0, size = 20): Promise<Page<WorkPlanSummary>> {
  const { data } = await http.get<Page<WorkPlanSummary>>(base, { params: { ...workPlanListParams(filter), page, size } })
  return data
}

/** The work plan list with these filters as an .xlsx workbook (what the list shows). */
export async function exportWorkPlans(filter: WorkPlanFilter): Promise<void> {
  await downloadWorkbook(`${base}/export`, workPlanListParams(filter), 'work-plans.xlsx')
}

export async function getWorkPlan(id: number): Promise<WorkPlan> {
  const { data } = await http.get<WorkPlan>(`${base}/${id}`)
  return data
}

export async function createWorkPlan(body: WorkPlanRequest): Promise<WorkPlan> {
  const { data } = await http.post<WorkPlan>(base, body)
  return data
}

export async function updateWorkPlan(id: number, body: WorkPlanRequest): Promise<WorkPlan> {
  const { data } = await http.put<WorkPlan>(`${base}/${id}`, body)
  return data
}

export async function uploadWorkPlanDocument(id: number, version: number, file: File): Promise<WorkPlan> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<WorkPlan>(`${base}/${id}/document`, form, { params: { version } })
  return data
}

export type WorkPlanAction = 'file' | 'withdraw' | 'return' | 'acknowledge'

export async function actOnWorkPlan(id: number, action: WorkPlanAction, version: number, reason?: string): Promise<WorkPlan> {
  const { data } = await http.post<WorkPlan>(`${base}/${id}/${action}`, reason === undefined ? { version } : { version, reason })
  return data
}

/**
 * The work plan endpoint that carries out a request of the procedure panel: the subject's act of the
 * FILE step files, the receiver's act acknowledges; RETURN and WITHDRAW keep their names.
 */
export function workPlanActionOf(request: ProcedureActRequest): WorkPlanAction | null {
  switch (request.action) {
    case 'ACT':
      return request.stepCode === 'FILE' ? 'file' : 'acknowledge'
    case 'RETURN':
      return 'return'
    case 'WITHDRAW':
      return 'withdraw'
    default:
      return null
  }
}

/** The URL of the plan's document, for a plain link. */
export function workPlanDocumentUrl(id: number): string {
  return `${base}/${id}/document`
}
