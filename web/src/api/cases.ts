import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { RunView } from './procedure'
import type { Page } from './types'
import { compactParams } from '@/utils/format'

/**
 * Types and calls of the typical cases (issue 13 §5, `cn.ecozone.cases`): the staff's list, the case
 * form, photos, the experts' appointment and scoring, the office's decisions, the public library and the
 * yearly collections. Keep the names in step with the Java records.
 */

/** Transformation paths (Xilingol arts. 4 and 6; 其他 is the platform's). */
export const CASE_PATHS = ['INDUSTRIAL_ECOLOGIZATION', 'ECOLOGICAL_INDUSTRIALIZATION', 'ECOLOGICAL_PRODUCT_VALUE', 'OTHER'] as const
export type CasePath = (typeof CASE_PATHS)[number]

export const CASE_STATES = ['DRAFT', 'RETURNED', 'REVIEWING', 'DECIDING', 'PUBLISHED', 'REJECTED'] as const
export type CaseState = (typeof CASE_STATES)[number]

/** The programmes with a typical-case selection in the shipped rules. */
export const CASE_PROGRAMMES = ['TWO_MOUNTAINS_AREA', 'TWO_MOUNTAINS_BASE'] as const

export type CaseResult = { label: string; value: number | string; unit: string | null }

export type CaseSummary = {
  id: number
  title: string
  regionCode: string
  regionName: string | null
  unitName: string | null
  path: CasePath
  year: number
  state: CaseState
  publishedAt: string | null
  updatedAt: string
}

export type CaseScore = { criterion: string; score: number; comment: string | null }

export type CaseView = {
  id: number
  title: string
  regionCode: string
  regionName: string
  unitName: string | null
  path: CasePath
  programme: string
  regulationCode: string
  regulationVersion: number
  year: number
  story: string
  results: CaseResult[]
  photos: { documentId: number; name: string }[]
  state: CaseState
  decisionReason: string | null
  publishedAt: string | null
  version: number
  editable: boolean
  noteZh: string | null
  criteria: { code: string; textZh: string; article: string | null; uncertain: boolean; noteZh: string | null }[]
  reviewers: { expertId: number; name: string; done: boolean; scores: CaseScore[] }[]
  run: RunView | null
}

export type CaseInput = {
  programme: string
  year: number | null
  title: string
  unitName: string
  path: CasePath | ''
  story: string
  results: CaseResult[]
  version?: number
}

export type CaseFilter = {
  q: string | null
  path: string | null
  regionCode: string | null
  year: number | null
  state?: string | null
  /** a key of the server's whitelist (title, region, path, year, state, published, updated), `-` before it for descending */
  sort?: string | null
}

export type Candidate = {
  id: number
  name: string
  organization: string
  fields: string[]
  userId: number | null
  removed: boolean
  conflicts: string[]
  eligible: boolean
}

export type PublicCaseSummary = Pick<CaseSummary, 'id' | 'title' | 'regionCode' | 'regionName' | 'unitName' | 'path' | 'year' | 'publishedAt'>

export type PublicCase = PublicCaseSummary & {
  story: string
  results: CaseResult[]
  photoIds: number[]
  progressLink: string
}

export type CaseCollection = {
  id: number
  officeRegionCode: string
  officeRegionName: string
  year: number
  caseCount: number
  generatedAt: string
}

export type CaseDecision = 'review' | 'publish' | 'reject' | 'return'

export async function listCases(filter: CaseFilter, page = 0, size = 20): Promise<Page<CaseSummary>> {
  const { data } = await http.get<Page<CaseSummary>>('/api/cases', { params: { ...compactParams(filter), page, size } })
  return data
}

/** The staff's list with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export async function exportCases(filter: CaseFilter): Promise<void> {
  const params: Record<string, string> = {}
  for (const [key, value] of Object.entries(compactParams(filter))) params[key] = String(value)
  await downloadWorkbook('/api/cases/export', params, '典型案例.xlsx')
}

/** The cases the expert was invited to score, newest first; `q` searches title and unit. */
export async function myCaseReviews(q: string | null, page = 0, size = 20): Promise<Page<CaseSummary>> {
  const { data } = await http.get<Page<CaseSummary>>('/api/cases/my-reviews', { params: { ...compactParams({ q }), page, size } })
  return data
}

export async function getCase(id: number): Promise<CaseView> {
  const { data } = await http.get<CaseView>(`/api/cases/${id}`)
  return data
}

export async function createCase(input: CaseInput): Promise<CaseView> {
  const { data } = await http.post<CaseView>('/api/cases', input)
  return data
}

export async function updateCase(id: number, input: CaseInput): Promise<CaseView> {
  const { data } = await http.put<CaseView>(`/api/cases/${id}`, input)
  return data
}

export async function recommendCase(id: number, version: number): Promise<CaseView> {
  const { data } = await http.post<CaseView>(`/api/cases/${id}/recommendation`, { version })
  return data
}

export async function addCasePhoto(id: number, file: File, version: number): Promise<CaseView> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<CaseView>(`/api/cases/${id}/photos`, form, { params: { version } })
  return data
}

export async function removeCasePhoto(id: number, documentId: number, version: number): Promise<CaseView> {
  const { data } = await http.delete<CaseView>(`/api/cases/${id}/photos/${documentId}`, { params: { version } })
  return data
}

export function casePhotoUrl(id: number, documentId: number): string {
  return `/api/cases/${id}/photos/${documentId}`
}

export async function caseCandidates(id: number): Promise<Candidate[]> {
  const { data } = await http.get<Candidate[]>(`/api/cases/${id}/candidates`)
  return data
}

export async function appointReviewers(id: number, version: number, expertIds: number[]): Promise<CaseView> {
  const { data } = await http.post<CaseView>(`/api/cases/${id}/reviewers`, { version, expertIds })
  return data
}

export async function scoreCase(id: number, scores: CaseScore[]): Promise<CaseView> {
  const { data } = await http.put<CaseView>(`/api/cases/${id}/scores`, { scores })
  return data
}

export async function decideCase(
  id: number,
  action: CaseDecision,
  version: number,
  outcome: string | null,
  opinion: string | null,
): Promise<CaseView> {
  const { data } = await http.post<CaseView>(`/api/cases/${id}/decisions/${action}`, { version, outcome, opinion })
  return data
}

export async function generateCollection(year: number): Promise<CaseCollection> {
  const { data } = await http.post<CaseCollection>('/api/cases/collections', { year })
  return data
}

export async function listPublicCases(filter: CaseFilter, page = 0, size = 20): Promise<Page<PublicCaseSummary>> {
  const { data } = await http.get<Page<PublicCaseSummary>>('/api/public/cases', { params: { ...compactParams(filter), page, size } })
  return data
}

export async function getPublicCase(id: number): Promise<PublicCase> {
  const { data } = await http.get<PublicCase>(`/api/public/cases/${id}`)
  return data
}

export function publicCasePhotoUrl(id: number, documentId: number): string {
  return `/api/public/cases/${id}/photos/${documentId}`
}

export async function listCaseCollections(page = 0, size = 20): Promise<Page<CaseCollection>> {
  const { data } = await http.get<Page<CaseCollection>>('/api/public/case-collections', { params: { page, size } })
  return data
}

export function collectionUrl(id: number): string {
  return `/api/public/case-collections/${id}/document`
}
