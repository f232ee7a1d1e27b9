import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Page } from './types'

/**
 * Types and calls of the opinions and export packs (issue 12 §4, module `cn.ecozone.opinion`,
 * docs/opinion.md). Keep the names in step with the Java records.
 */

export const OPINION_STATES = ['DRAFT', 'ISSUED'] as const
export type OpinionState = (typeof OPINION_STATES)[number]

export type OpinionSummary = {
  id: number
  roundId: number
  stepCode: string
  scopeCode: string
  /** 1 for the first opinion of the round, step and body; 2 and on: a supplementary opinion (补充意见) */
  sequence: number
  title: string
  documentNumber: string | null
  state: OpinionState
  dossierCount: number
  issuedAt: string | null
  updatedAt: string
  version: number
}

export type OpinionExclusion = { textZh: string; article: string; outcome: string; explanationZh: string | null }
export type DivisionResult = { division: string; action: string; outcome: string | null; opinion: string | null; actedOn: string | null }
export type PanelScore = { code: string; textZh: string; aggregated: number | null; spread: number | null }
export type PanelResult = {
  stepCode: string
  closed: boolean
  expertCount: number
  total: number | null
  criteria: PanelScore[]
  opinions: { alias: string; opinion: string }[]
  aggregation: string | null
  aggregationNote: string | null
}
export type PublicityResult = {
  notices: { documentNumber: string | null; from: string; to: string; issuerZh: string | null }[]
  complaints: number
  open: number
  foundTrue: number
  untrueOrUnsupported: number
  resolved: number
  blocking: boolean
}

export type OpinionCandidacy = {
  dossierId: number
  candidacyId: number
  subjectName: string
  regionName: string | null
  programmeZh: string
  submittedOn: string | null
  exclusions: OpinionExclusion[]
  divisionResults: DivisionResult[]
  panelResult: PanelResult | null
  publicityResult: PublicityResult | null
}

export type OpinionContent = {
  bodyZh: string
  roundTitle: string
  stepNameZh: string
  article: string | null
  divisions: boolean
  panel: boolean
  publicity: boolean
  candidacies: OpinionCandidacy[]
}

export type OpinionAction = 'EDIT' | 'REFRESH' | 'ISSUE' | 'COMPLETE_STEPS'

export type OpinionView = {
  id: number
  roundId: number
  stepCode: string
  scopeCode: string
  /** 1 for the first opinion of the round, step and body; 2 and on: a supplementary opinion (补充意见) */
  sequence: number
  title: string
  documentNumber: string | null
  opening: string | null
  conclusion: string | null
  state: OpinionState
  content: OpinionContent
  dossiers: { dossierId: number; runId: number; subjectName: string | null; currentStepCode: string | null }[]
  docxDocumentId: number | null
  pdfDocumentId: number | null
  issuedBy: string | null
  issuedAt: string | null
  version: number
  allowedActions: OpinionAction[]
  /** After completing the steps: the dossiers left at the step and what they lack (empty otherwise). */
  skipped: { dossierId: number; subjectName: string | null; reasons: string[] }[]
}

export type OpinionEdit = {
  version: number
  title: string
  documentNumber: string | null
  opening: string | null
  conclusion: string | null
}

/** What the list of opinions is narrowed to (issue 14 §6); every part optional. */
export type OpinionFilter = {
  roundId?: number | null
  state?: OpinionState | null
  stepCode?: string | null
  /** the title or the document number contains it */
  q?: string | null
  /** a key of the server's whitelist (title, step, number, state, issued, updated), `-` before it for descending */
  sort?: string | null
}

function opinionParams(filter: OpinionFilter): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(filter)) {
    if (value !== null && value !== undefined && value !== '') out[key] = String(value)
  }
  return out
}

/** The opinions in the user's scope, of one round or all, a page at a time. */
export async function listOpinions(filter: OpinionFilter, page = 0, size = 20): Promise<Page<OpinionSummary>> {
  const { data } = await http.get<Page<OpinionSummary>>('/api/opinions', {
    params: { ...opinionParams(filter), page, size },
  })
  return data
}

/** The list with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export async function exportOpinions(filter: OpinionFilter): Promise<void> {
  await downloadWorkbook('/api/opinions/export', opinionParams(filter), '预审意见.xlsx')
}

export async function opinionSteps(roundId: number): Promise<string[]> {
  const { data } = await http.get<string[]>('/api/opinions/steps', { params: { roundId } })
  return data
}

export async function createOpinion(roundId: number, stepCode: string): Promise<OpinionView> {
  const { data } = await http.post<OpinionView>('/api/opinions', { roundId, stepCode })
  return data
}

export async function getOpinion(id: number): Promise<OpinionView> {
  const { data } = await http.get<OpinionView>(`/api/opinions/${id}`)
  return data
}

export async function saveOpinion(id: number, body: OpinionEdit): Promise<OpinionView> {
  const { data } = await http.put<OpinionView>(`/api/opinions/${id}`, body)
  return data
}

export async function refreshOpinion(id: number, version: number): Promise<OpinionView> {
  const { data } = await http.post<OpinionView>(`/api/opinions/${id}/refresh`, { version })
  return data
}

export async function issueOpinion(id: number, version: number): Promise<OpinionView> {
  const { data } = await http.post<OpinionView>(`/api/opinions/${id}/issue`, { version }, { timeout: 120_000 })
  return data
}

export async function completeOpinionSteps(id: number, opinion: string | null): Promise<OpinionView> {
  const { data } = await http.post<OpinionView>(`/api/opinions/${id}/complete-steps`, { opinion })
  return data
}

export async function downloadOpinion(id: number, format: 'docx' | 'pdf'): Promise<void> {
  await downloadWorkbook(`/api/opinions/${id}/files/${format}`, {}, `opinion-${id}.${format}`)
}

export async function downloadExportPack(dossierId: number): Promise<void> {
  await downloadWorkbook(`/api/export-packs/${dossierId}`, {}, `export-pack-${dossierId}.zip`)
}
