import { http } from './http'
import { downloadWorkbook } from './indicator'
import { compactParams } from '@/utils/format'
import type { components } from './schema'

/** Types of the register API (Java records in cn.ecozone.registry; issue 11 §1). */
export const REGISTER_KINDS = [
  'INSPECTION_FINDING',
  'INCIDENT',
  'SANCTION',
  'FOREST_CASE',
  'PETITION',
  'KEY_TASK',
  'ECO_QUALITY',
  'DATA_FALSIFICATION',
] as const
export type RegisterKind = (typeof REGISTER_KINDS)[number]

export const REGISTER_STATES = ['PENDING', 'CONFIRMED', 'REJECTED'] as const
export type RegisterState = (typeof REGISTER_STATES)[number]

/** The county eco-quality grades (registry.EcoQualityGrade), best first. */
export const ECO_QUALITY_GRADES = [
  'SIGNIFICANTLY_BETTER',
  'BETTER',
  'SLIGHTLY_BETTER',
  'STABLE',
  'SLIGHTLY_WORSE',
  'WORSE',
  'SIGNIFICANTLY_WORSE',
] as const

export const INCIDENT_LEVELS = ['GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'] as const
export const BODY_LEVELS = ['MINISTRY', 'NATIONAL', 'PROVINCE', 'PREFECTURE'] as const

/** The category codes per register (RegisterKind.categories()); empty when the register has none. */
export const REGISTER_CATEGORIES: Record<RegisterKind, readonly string[]> = {
  INSPECTION_FINDING: ['CENTRAL_INSPECTION', 'PROVINCIAL_INSPECTION', 'MINISTRY_SPECIAL', 'PROVINCIAL_SPECIAL'],
  INCIDENT: ['ENVIRONMENTAL_EMERGENCY', 'ECOLOGICAL_DAMAGE'],
  SANCTION: ['INTERVIEW', 'SUPERVISED_LISTING', 'REGIONAL_RESTRICTION', 'LAND_MINERAL_LISTING', 'LAND_MINERAL_ACCOUNTABILITY'],
  FOREST_CASE: [],
  PETITION: ['LETTER_VISIT', 'HOTLINE_12369'],
  KEY_TASK: ['ENVIRONMENTAL_QUALITY', 'ENERGY_AND_EMISSIONS', 'DISCHARGE_PERMITS'],
  ECO_QUALITY: [],
  DATA_FALSIFICATION: [],
}

export const REGISTER_ACTIONS = ['CORRECT', 'CONFIRM', 'REJECT', 'ATTACH'] as const
export type RegisterAction = (typeof REGISTER_ACTIONS)[number]

export type RegisterTask = { description: string; plannedOn: string | null; completedOn: string | null }

/** The fields of an entry or a correction (registry.RegisterInput). */
export type RegisterInput = {
  kind: RegisterKind
  regionCode: string | null
  category: string | null
  occurredOn: string | null
  year: number | null
  level: string | null
  major: boolean | null
  completed: boolean | null
  dueOn: string | null
  closedOn: string | null
  completedOn: string | null
  imposedBy: string | null
  summary: string
  sourceNumber: string
  sourceDate: string | null
  sourceIssuer: string
  tasks: RegisterTask[]
}

type Schemas = components['schemas']

export type RegisterAttachment = Schemas['cn.ecozone.registry.RegisterView.Attachment']

export type RegisterChange = Schemas['cn.ecozone.registry.RegisterView.Change']

/**
 * A register record as the server shows it: `tasks`, `attachments` and `history` only in a single view
 * (empty in lists); `allowedActions` narrowed to the actions the UI knows.
 */
export type RegisterRecord = Omit<Schemas['cn.ecozone.registry.RegisterView'], 'allowedActions'> & {
  allowedActions: RegisterAction[]
}

export type RegisterFilter = {
  kind: RegisterKind
  region?: string | null
  year?: number | null
  state?: RegisterState | null
  q?: string | null
}

export type RegisterPage = Omit<Schemas['cn.ecozone.shared.PageResultCn.ecozone.registry.RegisterView'], 'content'> & {
  content: RegisterRecord[]
}

/** 办结率 and 及时办理率 of a region and year with the counts behind them; rates are fractions, null when nothing was received. */
export type PetitionRates = Schemas['cn.ecozone.registry.PetitionRateView']

const base = '/api/registers'

function params(filter: RegisterFilter): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(compactParams(filter))) {
    if (value !== null && value !== undefined && value !== '') out[key] = String(value)
  }
  return out
}

export async function listRegister(filter: RegisterFilter, page = 0, size = 20): Promise<RegisterPage> {
  const { data } = await http.get<RegisterPage>(base, { params: { ...params(filter), page, size } })
  return data
}

export async function getRegisterRecord(id: number): Promise<RegisterRecord> {
  const { data } = await http.get<RegisterRecord>(`${base}/${id}`)
  return data
}

export async function createRegisterRecord(body: RegisterInput): Promise<RegisterRecord> {
  const { data } = await http.post<RegisterRecord>(base, body)
  return data
}

/** A correction: the new fields, the reason and the version the user saw (409 when stale). */
export async function correctRegisterRecord(id: number, body: RegisterInput, reason: string, version: number): Promise<RegisterRecord> {
  const { data } = await http.put<RegisterRecord>(`${base}/${id}`, { ...body, reason, version })
  return data
}

export async function confirmRegisterRecord(id: number, version: number): Promise<RegisterRecord> {
  const { data } = await http.post<RegisterRecord>(`${base}/${id}/confirm`, { version })
  return data
}

export async function rejectRegisterRecord(id: number, reason: string, version: number): Promise<RegisterRecord> {
  const { data } = await http.post<RegisterRecord>(`${base}/${id}/reject`, { reason, version })
  return data
}

/** Attaches a file; the server checks it is PDF, OFD, DOCX, DOC, WPS, JPEG or PNG by its content. */
export async function attachToRegisterRecord(id: number, file: File): Promise<RegisterRecord> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<RegisterRecord>(`${base}/${id}/attachments`, form, { timeout: 300_000 })
  return data
}

export async function downloadRegisterAttachment(id: number, attachment: RegisterAttachment): Promise<void> {
  await downloadWorkbook(`${base}/${id}/attachments/${attachment.documentId}/document`, {}, attachment.name)
}

export async function exportRegister(filter: RegisterFilter): Promise<void> {
  await downloadWorkbook(`${base}/export`, params(filter))
}

export async function downloadRegisterTemplate(kind: RegisterKind): Promise<void> {
  await downloadWorkbook(`${base}/template`, { kind })
}

/** Imports a register's workbook: every row saved, or (422, every error listed) none. */
export async function importRegister(kind: RegisterKind, file: File): Promise<{ saved: number }> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<{ saved: number }>(`${base}/import`, form, { params: { kind }, timeout: 300_000 })
  return data
}

export async function getPetitionRates(year: number, region?: string | null): Promise<PetitionRates> {
  const { data } = await http.get<PetitionRates>(`${base}/petition-rates`, { params: region ? { year, region } : { year } })
  return data
}
