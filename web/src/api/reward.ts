import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Programme } from './keyProject'
import type { Page } from './types'
import { compactParams } from '@/utils/format'
import type { components } from './schema'

/**
 * Types and calls of the reward module (issue 13 §6, `cn.ecozone.reward`): rewards of titled areas (IM
 * eco-civ art. 20, IM Two Mountains art. 19, Guizhou art. 20), recorded and corrected by the province's
 * staff, never deleted. Keep the names in step with the Java records.
 */

type Schemas = components['schemas']

/** One corrected field: old → new, who, when, why. */
export type RewardChange = Schemas['cn.ecozone.reward.RewardView.Change']

/** A reward; `documentName` and `history` only in a single view (null and empty in lists). */
export type RewardView = Schemas['cn.ecozone.reward.RewardView']

/** A title's rewards with the rule that grants them; the duty's fields null when the regulation names none. */
export type TitleRewards = Schemas['cn.ecozone.reward.TitleRewards']

export type RewardRequest = {
  amount: number | string | null
  awardedOn: string | null
  documentNumber: string
  issuingBody: string
  note: string | null
  version?: number
  reason?: string | null
}

export type RewardFilter = {
  year: number | null
  region: string | null
  programme: Programme | null
  q: string | null
}

const base = '/api/rewards'

function params(filter: RewardFilter): Record<string, string> {
  return compactParams({
    year: filter.year == null ? null : String(filter.year),
    region: filter.region,
    programme: filter.programme,
    q: filter.q,
  }) as Record<string, string>
}

export async function titleRewards(titleId: number): Promise<TitleRewards> {
  const { data } = await http.get<TitleRewards>(`/api/titles/${titleId}/rewards`)
  return data
}

export async function recordReward(titleId: number, body: RewardRequest): Promise<RewardView> {
  const { data } = await http.post<RewardView>(`/api/titles/${titleId}/rewards`, body)
  return data
}

export async function correctReward(id: number, body: RewardRequest): Promise<RewardView> {
  const { data } = await http.put<RewardView>(`${base}/${id}`, body)
  return data
}

export async function getReward(id: number): Promise<RewardView> {
  const { data } = await http.get<RewardView>(`${base}/${id}`)
  return data
}

export async function attachRewardDocument(id: number, version: number, file: File, reason: string | null): Promise<RewardView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<RewardView>(`${base}/${id}/document`, form, { params: compactParams({ version, reason }) })
  return data
}

export async function downloadRewardDocument(id: number): Promise<void> {
  await downloadWorkbook(`${base}/${id}/document`, {}, `reward-${id}`)
}

export async function listRewards(filter: RewardFilter, page = 0, size = 20): Promise<Page<RewardView>> {
  const { data } = await http.get<Page<RewardView>>(base, { params: { ...params(filter), page, size } })
  return data
}

/** The list as an .xlsx workbook with Chinese headers. */
export async function exportRewards(filter: RewardFilter): Promise<void> {
  await downloadWorkbook(`${base}/export`, params(filter), '资金奖励.xlsx')
}
