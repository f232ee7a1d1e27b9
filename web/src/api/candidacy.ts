import { http } from './http'
import { downloadWorkbook } from './indicator'
import { compactParams } from '@/utils/format'
import type { Programme } from './keyProject'
import type { components } from './schema'

/** Types of the candidacy API (Java records in cn.ecozone.candidacy; issue 9 §2). */
export const CANDIDACY_STATES = ['RESERVE', 'CULTIVATING', 'PLANNING', 'APPLYING', 'TITLED', 'REVOKED', 'WITHDRAWN'] as const
export type CandidacyState = (typeof CANDIDACY_STATES)[number]

export const CANDIDACY_ACTIONS = ['CULTIVATE', 'START_PLANNING', 'APPLY', 'TITLE', 'REVOKE', 'WITHDRAW', 'BACK_TO_RESERVE'] as const
export type CandidacyAction = (typeof CANDIDACY_ACTIONS)[number]

type Schemas = components['schemas']

/** One state change: `fromState` null on the creation, `reason` and `organization` when none was given. */
export type CandidacyStep = Schemas['cn.ecozone.candidacy.CandidacyView.Step']

export type CandidacyLink = Schemas['cn.ecozone.candidacy.CandidacyView.Link']

/** A candidacy as the API shows it; `timeline` and `links` are empty in lists. */
export type Candidacy = Schemas['cn.ecozone.candidacy.CandidacyView']

export type CandidacyFilter = {
  programme?: Programme | null
  state?: CandidacyState | null
  region?: string | null
  q?: string | null
}

export type CandidacyRequest = { regionCode: string; unitId?: number | null; programme: Programme; note?: string | null }

export type CandidacyPage = Schemas['cn.ecozone.shared.PageResultCn.ecozone.candidacy.CandidacyView']

const base = '/api/candidacies'

function params(filter: CandidacyFilter): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(compactParams(filter))) {
    if (value !== null && value !== undefined && value !== '') out[key] = String(value)
  }
  return out
}

export async function listCandidacies(filter: CandidacyFilter, page = 0, size = 20): Promise<CandidacyPage> {
  const { data } = await http.get<CandidacyPage>(base, { params: { ...params(filter), page, size } })
  return data
}

export async function getCandidacy(id: number): Promise<Candidacy> {
  const { data } = await http.get<Candidacy>(`${base}/${id}`)
  return data
}

/** How many candidacies of each state lie in the user's scope. */
export async function countCandidacies(): Promise<Record<CandidacyState, number>> {
  const { data } = await http.get<Record<CandidacyState, number>>(`${base}/counts`)
  return data
}

export async function createCandidacy(body: CandidacyRequest): Promise<Candidacy> {
  const { data } = await http.post<Candidacy>(base, body)
  return data
}

export async function transitionCandidacy(id: number, action: CandidacyAction, version: number, reason?: string | null): Promise<Candidacy> {
  const { data } = await http.post<Candidacy>(`${base}/${id}/transitions`, { action, version, reason: reason ?? null })
  return data
}

/** The filtered pool as an .xlsx workbook with Chinese headers. */
export async function exportCandidacies(filter: CandidacyFilter): Promise<void> {
  await downloadWorkbook(`${base}/export`, params(filter))
}
