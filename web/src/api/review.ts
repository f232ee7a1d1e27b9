import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Page } from './types'

/**
 * Types and calls of expert review (issue 12 §2, module `cn.ecozone.review`): the province's expert
 * pool, panels, and the expert's private score sheets. Keep the names in step with the Java records.
 */

export const EMPLOYER_KINDS = ['GOVERNMENT', 'DEPARTMENT', 'CONSULTANCY', 'OTHER'] as const
export type EmployerKind = (typeof EMPLOYER_KINDS)[number]
export const PLAN_PARTS = ['DRAFTED', 'REVIEWED'] as const
export type PlanPart = (typeof PLAN_PARTS)[number]
export const INTEGRITY_KINDS = ['NO_SHOW', 'RECUSAL_FAILURE', 'REMOVAL'] as const
export type IntegrityKind = (typeof INTEGRITY_KINDS)[number]

export type ExpertView = {
  id: number
  name: string
  fields: string[]
  organization: string
  orgRegionCode: string
  orgRegionName: string
  title: string | null
  contact: string | null
  userId: number | null
  removed: boolean
  version: number
}

export type Employment = {
  employer: string
  regionCode: string
  kind: EmployerKind
  draftedForCode: string | null
  from: string
  to: string | null
}

export type PlanPartRow = { regionCode: string; part: PlanPart }
export type Tie = { regionCode: string; note: string }
export type IntegrityView = { id: number; kind: IntegrityKind; occurredOn: string; note: string; recordedBy: string }

export type ExpertDetail = {
  expert: ExpertView
  employments: Employment[]
  plans: PlanPartRow[]
  ties: Tie[]
  integrity: IntegrityView[]
}

export type ExpertInput = {
  name: string
  fields: string[]
  organization: string
  orgRegionCode: string
  title: string | null
  contact: string | null
  userId: number | null
  employments: Employment[]
  plans: PlanPartRow[]
  ties: Tie[]
  version?: number
}

export type CriterionResult = {
  code: string
  textZh: string
  aggregated: number | null
  min: number | null
  max: number | null
  spread: number
}

export type PanelResult = {
  panelId: number
  stepCode: string
  closed: boolean
  expertCount: number
  criteria: CriterionResult[]
  total: number | null
  opinions: { alias: string; opinion: string }[]
  reconciliations: string[]
  aggregation: 'MEAN' | 'TRIMMED_MEAN'
  aggregationNote: string | null
}

export type MemberView = {
  expertId: number
  name: string
  organization: string
  alias: string
  seat: 'MEMBER' | 'ALTERNATE' | 'REMOVED'
  how: 'DRAWN' | 'ADDED' | 'PROMOTED' | 'REDRAWN'
  reason: string | null
  removedKind: 'NO_SHOW' | 'LEFT' | null
  removedReason: string | null
}

export type ReplacementView = {
  removedName: string
  kind: 'NO_SHOW' | 'LEFT'
  reason: string
  replacementName: string
  how: 'PROMOTED' | 'REDRAWN'
  seed: number | null
  algorithm: string | null
  recordedBy: string
  recordedAt: string
}

export type SkippedView = { expertId: number; name: string; reason: 'REMOVED' | 'FIELD' | 'CONFLICT'; detail: string | null }

export type DossierProgress = {
  dossierId: number
  subjectName: string | null
  regionCode: string | null
  scorers: number
  submitted: number
  scoresOpen: boolean
  needingReconciliation: string[]
  decision: 'PASS' | 'RETURNED' | null
  currentStepCode: string | null
  /** the opening of the step the panel covers the dossier for */
  opening: number
  /** whether the dossier waits at the step in that opening (else a supplementary panel covers it anew) */
  currentOpening: boolean
}

export type PanelView = {
  id: number
  roundId: number
  stepCode: string
  /** 1 for the round's first panel at the step, then each supplementary draw */
  drawNo: number
  state: 'OPEN' | 'CLOSED'
  field: string | null
  size: number
  alternates: number
  seed: number
  algorithm: string
  eligible: number[]
  members: MemberView[]
  skipped: SkippedView[]
  replacements: ReplacementView[]
  dossiers: DossierProgress[]
  aggregation: 'MEAN' | 'TRIMMED_MEAN'
  maxPerCriterion: number
  spreadThreshold: number | null
  scoringNote: string | null
  version: number
}

export type DossierScores = {
  dossierId: number
  result: PanelResult
  sheets: { alias: string; scores: Record<string, number>; opinion: string }[]
  needingReconciliation: string[]
  reconciliations: Record<string, string>
}

export type ConflictView = {
  id: number
  expertId: number
  expertName: string
  dossierId: number
  type: string
  source: 'AUTOMATIC' | 'DECLARED' | 'PINNED'
  detail: string | null
}

/** One dossier the expert scores on one panel (我的评审). */
export type MyReview = {
  panelId: number
  roundId: number
  stepCode: string
  panelState: 'OPEN' | 'CLOSED'
  alias: string
  dossierId: number
  subjectName: string
  regionCode: string
  submitted: boolean
}

/** Which of the expert's dossiers to list: all, those to score, those submitted. */
export type MyReviewState = 'ALL' | 'TO_SCORE' | 'SUBMITTED'

/** A conflict declaration as the dossier's subject typed it (never whether it matched an expert). */
export type SubjectDeclaration = {
  id: number
  name: string
  organization: string | null
  note: string
  declaredBy: string
  declaredAt: string
}

export type SubjectDeclarations = { open: boolean; declarations: SubjectDeclaration[] }

export type SheetView = {
  panelId: number
  dossierId: number
  subjectName: string
  alias: string
  panelState: 'OPEN' | 'CLOSED'
  rubric: { code: string; textZh: string; article: string | null }[]
  maxPerCriterion: number
  scoringNote: string | null
  scores: Record<string, number>
  opinion: string | null
  submitted: boolean
  result: PanelResult
}

export type ReviewMaterial = {
  code: string
  nameZh: string
  kind: string
  status: string
  text: string | null
  documents?: { id: number; name: string }[]
}

export type DossierReading = {
  dossier: { id: number; subjectName: string; regionName: string; submittedOn: string | null }
  materials: ReviewMaterial[]
  conditions: { code: string; textZh: string; answer: string | null }[]
}

const base = '/api/review'

export async function listExperts(
  q: string,
  field: string,
  removed: boolean | null,
  page = 0,
  size = 20,
): Promise<Page<ExpertView>> {
  const params: Record<string, unknown> = { page, size }
  if (q) params.q = q
  if (field) params.field = field
  if (removed !== null) params.removed = removed
  const { data } = await http.get<Page<ExpertView>>(`${base}/experts`, { params })
  return data
}

export async function getExpert(id: number): Promise<ExpertDetail> {
  const { data } = await http.get<ExpertDetail>(`${base}/experts/${id}`)
  return data
}

export async function saveExpert(input: ExpertInput, id?: number): Promise<ExpertDetail> {
  const { data } = id
    ? await http.put<ExpertDetail>(`${base}/experts/${id}`, input, { silent: true })
    : await http.post<ExpertDetail>(`${base}/experts`, input, { silent: true })
  return data
}

export async function recordIntegrity(
  id: number,
  body: { kind: IntegrityKind; occurredOn: string; note: string },
): Promise<ExpertDetail> {
  const { data } = await http.post<ExpertDetail>(`${base}/experts/${id}/integrity`, body, { silent: true })
  return data
}

export async function importExperts(file: File): Promise<{ saved: number }> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<{ saved: number }>(`${base}/experts/import`, form, { timeout: 300_000, silent: true })
  return data
}

export function exportExperts(q: string, field: string): Promise<void> {
  const params: Record<string, string> = {}
  if (q) params.q = q
  if (field) params.field = field
  return downloadWorkbook(`${base}/experts/export`, params, '专家库.xlsx')
}

/** What the list of panels is narrowed to (issue 14 §6); every part optional. */
export type PanelFilter = {
  roundId?: number | null
  stepCode?: string | null
  state?: 'OPEN' | 'CLOSED' | null
  /** the panel's field contains it */
  q?: string | null
  /** a key of the server's whitelist (round, step, draw, state, field, drawn), `-` before it for descending */
  sort?: string | null
}

function panelParams(filter: PanelFilter): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(filter)) {
    if (value !== null && value !== undefined && value !== '') out[key] = String(value)
  }
  return out
}

/** The panels of the user's pool, of one round or all, a page at a time, each as its full view. */
export async function listPanels(filter: PanelFilter, page = 0, size = 20): Promise<Page<PanelView>> {
  const { data } = await http.get<Page<PanelView>>(`${base}/panels`, { params: { ...panelParams(filter), page, size } })
  return data
}

/** The list with the same filters and order as an Excel workbook (issue 14 §5), recorded in the audit log. */
export function exportPanels(filter: PanelFilter): Promise<void> {
  return downloadWorkbook(`${base}/panels/export`, panelParams(filter), '评审组.xlsx')
}

export async function drawPanel(body: {
  roundId: number
  stepCode: string
  field: string | null
  size: number
  alternates: number
}): Promise<PanelView> {
  const { data } = await http.post<PanelView>(`${base}/panels`, body, { silent: true })
  return data
}

export async function getPanel(id: number): Promise<PanelView> {
  const { data } = await http.get<PanelView>(`${base}/panels/${id}`)
  return data
}

export async function addMember(id: number, expertId: number, reason: string): Promise<PanelView> {
  const { data } = await http.post<PanelView>(`${base}/panels/${id}/members`, { expertId, reason }, { silent: true })
  return data
}

export async function detectConflicts(id: number): Promise<ConflictView[]> {
  const { data } = await http.post<ConflictView[]>(`${base}/panels/${id}/detect`, {})
  return data
}

export async function dossierConflicts(id: number, dossierId: number): Promise<ConflictView[]> {
  const { data } = await http.get<ConflictView[]>(`${base}/panels/${id}/dossiers/${dossierId}/conflicts`)
  return data
}

export async function pinConflict(id: number, dossierId: number, conflictId: number): Promise<ConflictView[]> {
  const { data } = await http.post<ConflictView[]>(`${base}/panels/${id}/dossiers/${dossierId}/conflicts/${conflictId}/pin`, {})
  return data
}

export async function dossierScores(id: number, dossierId: number): Promise<DossierScores> {
  const { data } = await http.get<DossierScores>(`${base}/panels/${id}/dossiers/${dossierId}/scores`)
  return data
}

export async function reconcile(id: number, dossierId: number, criterionCode: string, text: string): Promise<DossierScores> {
  const { data } = await http.post<DossierScores>(
    `${base}/panels/${id}/dossiers/${dossierId}/reconciliations`,
    { criterionCode, text },
    { silent: true },
  )
  return data
}

/** Replaces a member who did not show or must leave; refused once the member submitted or the panel closed. */
export async function replaceMember(id: number, expertId: number, kind: 'NO_SHOW' | 'LEFT', reason: string): Promise<PanelView> {
  const { data } = await http.post<PanelView>(`${base}/panels/${id}/members/${expertId}/replacement`, { kind, reason }, { silent: true })
  return data
}

export async function closePanel(id: number, version: number): Promise<PanelView> {
  const { data } = await http.post<PanelView>(`${base}/panels/${id}/close`, { version })
  return data
}

export async function decide(id: number, dossierId: number, decision: 'PASS' | 'RETURN', reason: string | null): Promise<PanelView> {
  const { data } = await http.post<PanelView>(`${base}/panels/${id}/dossiers/${dossierId}/decision`, { decision, reason }, { silent: true })
  return data
}

/** The expert's own rows, a page at a time; `q` keeps the dossiers whose subject's name contains it. */
export async function myReviews(page: number, size: number, state: MyReviewState, q = ''): Promise<Page<MyReview>> {
  const params: Record<string, string | number> = { page, size }
  if (state !== 'ALL') params.state = state
  if (q) params.q = q
  const { data } = await http.get<Page<MyReview>>(`${base}/my-panels`, { params })
  return data
}

/** Where the expert opens a file of a dossier it scores (read-only). */
export function reviewDocumentUrl(panelId: number, dossierId: number, documentId: number): string {
  return `${base}/my-panels/${panelId}/dossiers/${dossierId}/documents/${documentId}`
}

export async function subjectDeclarations(dossierId: number): Promise<SubjectDeclarations> {
  const { data } = await http.get<SubjectDeclarations>(`${base}/dossiers/${dossierId}/conflicts`)
  return data
}

/** The subject declares a conflict with an expert by the name (and organization) it types in. */
export async function declareBySubject(
  dossierId: number,
  body: { name: string; organization: string | null; note: string },
): Promise<void> {
  await http.post(`${base}/dossiers/${dossierId}/conflicts`, body, { silent: true })
}

export async function readDossier(panelId: number, dossierId: number): Promise<DossierReading> {
  const { data } = await http.get<DossierReading>(`${base}/my-panels/${panelId}/dossiers/${dossierId}`)
  return data
}

export async function getSheet(panelId: number, dossierId: number): Promise<SheetView> {
  const { data } = await http.get<SheetView>(`${base}/my-panels/${panelId}/dossiers/${dossierId}/sheet`)
  return data
}

export async function saveSheet(
  panelId: number,
  dossierId: number,
  body: { scores: Record<string, number>; opinion: string; submit: boolean },
): Promise<SheetView> {
  const { data } = await http.put<SheetView>(`${base}/my-panels/${panelId}/dossiers/${dossierId}/sheet`, body, { silent: true })
  return data
}

export async function declareConflict(panelId: number, dossierId: number, note: string): Promise<void> {
  await http.post(`${base}/my-panels/${panelId}/dossiers/${dossierId}/conflict`, { note }, { silent: true })
}
