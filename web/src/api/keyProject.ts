import { http } from './http'
import { downloadWorkbook } from './indicator'
import { compactParams } from '@/utils/format'
import type { components } from './schema'

export const PROGRAMMES = ['ECO_CIVILIZATION_ZONE', 'TWO_MOUNTAINS_BASE', 'TWO_MOUNTAINS_AREA'] as const
export type Programme = (typeof PROGRAMMES)[number]

export const KEY_PROJECT_STATUSES = ['PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'SUSPENDED'] as const
export type KeyProjectStatus = (typeof KEY_PROJECT_STATUSES)[number]

/** Locale keys of transformation modes offered as suggestions; the field stays free text (the rules list none). */
export const TRANSFORMATION_MODE_SUGGESTIONS = ['ecoIndustrialization', 'industryGreening', 'ecoCompensation', 'ecoProductValue', 'ecoTourism', 'greenEnergy'] as const

type Schemas = components['schemas']

/** One changed field: old → new, who, when, why. */
export type KeyProjectChange = Schemas['cn.ecozone.project.KeyProjectView.Change']

/**
 * A key project with what this user may do; `history` is empty in lists. `fromPlan` is the plan the
 * project came from (issue 14 §8), its `entry` null once its row was removed from the plan.
 */
export type KeyProject = Schemas['cn.ecozone.project.KeyProjectView']

export type KeyProjectRequest = {
  regionCode?: string
  programme: Programme
  name: string
  content?: string | null
  investor?: string | null
  investment?: number | null
  expectedBenefits?: string | null
  transformationMode?: string | null
  status: KeyProjectStatus
  startYear?: number | null
  endYear?: number | null
  version?: number
  reason?: string | null
}

export type KeyProjectFilter = {
  region?: string | null
  programme?: Programme | null
  status?: KeyProjectStatus | null
  year?: number | null
  q?: string | null
}

export type KeyProjectPage = Schemas['cn.ecozone.shared.PageResultCn.ecozone.project.KeyProjectView']

const base = '/api/key-projects'

function params(filter: KeyProjectFilter): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(compactParams(filter))) {
    if (value !== null && value !== undefined && value !== '') out[key] = String(value)
  }
  return out
}

export async function listKeyProjects(filter: KeyProjectFilter, page = 0, size = 20): Promise<KeyProjectPage> {
  const { data } = await http.get<KeyProjectPage>(base, { params: { ...params(filter), page, size } })
  return data
}

export async function getKeyProject(id: number): Promise<KeyProject> {
  const { data } = await http.get<KeyProject>(`${base}/${id}`)
  return data
}

export async function createKeyProject(body: KeyProjectRequest): Promise<KeyProject> {
  const { data } = await http.post<KeyProject>(base, body)
  return data
}

export async function updateKeyProject(id: number, body: KeyProjectRequest): Promise<KeyProject> {
  const { data } = await http.put<KeyProject>(`${base}/${id}`, body)
  return data
}

export async function deleteKeyProject(id: number, version: number): Promise<void> {
  await http.delete(`${base}/${id}`, { params: { version } })
}

/**
 * The library's records taken from a plan's key projects, each with its row's key (fromPlan.entry).
 * Silent: the plan page works without these links and shows no error of its own for them.
 */
export async function listPlanKeyProjects(planId: number): Promise<KeyProject[]> {
  const { data } = await http.get<KeyProject[]>(`${base}/from-plan/${planId}`, { silent: true })
  return data
}

/** The library as an .xlsx workbook with Chinese headers. */
export async function exportKeyProjects(filter: KeyProjectFilter): Promise<void> {
  await downloadWorkbook(`${base}/export`, params(filter))
}
