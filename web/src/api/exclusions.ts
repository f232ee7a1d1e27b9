import { http } from './http'
import type { Programme } from './regulation'
import type { components } from './schema'

/** What one exclusion check answers (Java `registry.ExclusionOutcome`). */
export const EXCLUSION_OUTCOMES = ['EXCLUDED', 'CLEAR', 'NEEDS_JUDGEMENT'] as const
export type ExclusionOutcome = (typeof EXCLUSION_OUTCOMES)[number]

/** The registers (Java `registry.RegisterKind`), as the triggering records name them. */
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

type Schemas = components['schemas']

/** A register record behind a verdict, with the document it cites. */
export type ExclusionTrigger = Schemas['cn.ecozone.registry.ExclusionVerdict.Trigger']

/** A figure behind a verdict, e.g. 办结率 = 12 / 15 = 80.0 %. */
export type ExclusionFigure = Schemas['cn.ecozone.registry.ExclusionVerdict.Figure']

/**
 * The answer of one exclusion check (Java `registry.ExclusionVerdict`); `provinceSetting`: the answer
 * depends on a threshold the province sets, not the regulation.
 */
export type ExclusionVerdict = Schemas['cn.ecozone.registry.ExclusionVerdict']

/**
 * A subject's exclusions under one regulation version as of a date (Java `registry.ExclusionReport`):
 * `excluded` (any verdict EXCLUDED) blocks a dossier's submission, `needsJudgement` (any verdict
 * NEEDS_JUDGEMENT) is shown amber and does not block by itself.
 */
export type ExclusionReport = Schemas['cn.ecozone.registry.ExclusionReport']

/**
 * A province threshold of an exclusion the regulation gives no number for (Java
 * `registry.ExclusionSetting`); `unit` narrowed to the two the server sends.
 */
export type ExclusionSetting = Omit<Schemas['cn.ecozone.registry.ExclusionSetting'], 'unit'> & { unit: 'PERCENT' | 'COUNT' }

/** A change of one setting, as the form sends it (`version` null to set it the first time). */
export type ExclusionSettingChange = {
  regulationCode: string
  exclusionCode: string
  key: string
  value: number | null
  note: string | null
  version: number | null
}

/** The page of a register record (the registry's route). */
export function registerRecordLink(kind: RegisterKind, id: number): string {
  return `/registers/${kind}/${id}`
}

/** A region's standing under the regulation that applies to it and the programme today (asOf: yyyy-MM-dd). */
export async function previewExclusions(regionCode: string, programme: Programme, asOf?: string): Promise<ExclusionReport> {
  const { data } = await http.get<ExclusionReport>('/api/exclusions', { params: { regionCode, programme, asOf } })
  return data
}

/** The thresholds of the user's province (province staff). */
export async function listExclusionSettings(): Promise<ExclusionSetting[]> {
  const { data } = await http.get<ExclusionSetting[]>('/api/exclusion-settings')
  return data
}

export async function changeExclusionSetting(change: ExclusionSettingChange): Promise<ExclusionSetting> {
  const { data } = await http.put<ExclusionSetting>('/api/exclusion-settings', change)
  return data
}
