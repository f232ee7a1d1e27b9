import { http } from './http'
import type { Programme } from './regulation'

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

/** A register record behind a verdict, with the document it cites. */
export type ExclusionTrigger = {
  recordId: number
  kind: RegisterKind
  occurredOn: string
  summary: string
  sourceNumber: string
  sourceDate: string
  sourceIssuer: string
}

/** A figure behind a verdict, e.g. 办结率 = 12 / 15 = 80.0 %. */
export type ExclusionFigure = { name: string; value: string; noteZh: string | null }

/** The answer of one exclusion check (Java `registry.ExclusionVerdict`). */
export type ExclusionVerdict = {
  code: string
  textZh: string
  article: string | null
  outcome: ExclusionOutcome
  explanationZh: string
  explanationEn: string
  records: ExclusionTrigger[]
  figures: ExclusionFigure[]
  /** The answer depends on a threshold the province sets, not the regulation. */
  provinceSetting: boolean
  uncertain: boolean
  noteZh: string | null
}

/** A subject's exclusions under one regulation version as of a date (Java `registry.ExclusionReport`). */
export type ExclusionReport = {
  regulationCode: string
  regulationVersion: number
  lookBackYears: number | null
  windowFrom: string | null
  windowTo: string | null
  windowTextZh: string | null
  article: string | null
  silent: boolean
  noteZh: string | null
  verdicts: ExclusionVerdict[]
  windowUncertain: boolean
  windowNoteZh: string | null
  /** Any verdict EXCLUDED: blocks a dossier's submission. */
  excluded: boolean
  /** Any verdict NEEDS_JUDGEMENT: shown amber, does not block by itself. */
  needsJudgement: boolean
}

/** A province threshold of an exclusion the regulation gives no number for (Java `registry.ExclusionSetting`). */
export type ExclusionSetting = {
  jurisdiction: string
  regulationCode: string
  regulationVersion: number
  regulationTitle: string
  exclusionCode: string
  exclusionTextZh: string
  article: string | null
  key: string
  textZh: string
  unit: 'PERCENT' | 'COUNT'
  suggested: number
  min: number
  max: number
  noteZh: string | null
  value: number | null
  note: string | null
  setBy: string | null
  setAt: string | null
  version: number | null
}

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
