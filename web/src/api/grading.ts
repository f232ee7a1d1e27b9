import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Page } from './types'

/**
 * Types and calls of Xilingol's graded annual evaluation (issue 13 §4, module `cn.ecozone.grading`,
 * docs/grading.md). Keep the names in step with the Java records.
 */

export const EVALUATION_STAGES = ['UNDER_REVIEW', 'TO_GRADE', 'GRADED', 'RETURNED', 'OTHER'] as const
export type EvaluationStage = (typeof EVALUATION_STAGES)[number]

export const RECOMMENDATIONS = ['MEETS', 'NOT_MET', 'CANNOT_JUDGE'] as const
export type RecommendationFlag = (typeof RECOMMENDATIONS)[number]

export type GradeBand = { code: string; nameZh: string; minScore: number }

export type AnnualEvaluationRow = {
  dossierId: number
  regionCode: string
  regionName: string | null
  subjectName: string
  submittedOn: string | null
  stage: EvaluationStage
  currentStepCode: string | null
  total: number | null
  bandCode: string | null
  bandName: string | null
  recommendation: RecommendationFlag | null
}

export type YearView = {
  year: number
  roundId: number | null
  regulationCode: string
  regulationVersion: number
  bands: GradeBand[]
  gradingNote: string | null
  article: string | null
  evaluations: Page<AnnualEvaluationRow>
}

export type CriterionResult = { code: string; textZh: string; aggregated: number | null; min: number | null; max: number | null; spread: number | null }

export type GradeView = {
  evaluatedYear: number
  total: number
  bandCode: string
  bandName: string
  bandNote: string | null
  opinion: string
  feedback: string | null
  suggestions: string | null
  recommendation: RecommendationFlag
  recommendationNote: string | null
  criteria: CriterionResult[]
  gradedBy: string
  gradedAt: string
}

export type PanelSummary = {
  panelId: number
  closed: boolean
  expertCount: number
  total: number | null
  criteria: CriterionResult[]
  opinions: { alias: string; opinion: string }[]
  aggregationNote: string | null
}

export type EvaluationView = {
  row: AnnualEvaluationRow
  evaluatedYear: number
  roundTitle: string
  panelStepCode: string
  panel: PanelSummary | null
  grade: GradeView | null
  bands: GradeBand[]
  gradingNote: string | null
  gradable: boolean
}

export type GradeInput = { opinion: string; feedback: string | null; suggestions: string | null }

export type AnnualReportView = {
  id: number
  year: number
  regionCount: number
  generatedBy: string
  generatedAt: string
  docxSize: number
  pdfSize: number
}

export async function evaluationsOfYear(year: number, page = 0, size = 20): Promise<YearView> {
  return (await http.get<YearView>('/api/annual-evaluations', { params: { year, page, size } })).data
}

export async function getEvaluation(dossierId: number): Promise<EvaluationView> {
  return (await http.get<EvaluationView>(`/api/annual-evaluations/${dossierId}`)).data
}

export async function gradeEvaluation(dossierId: number, input: GradeInput): Promise<EvaluationView> {
  return (await http.post<EvaluationView>(`/api/annual-evaluations/${dossierId}/grade`, input)).data
}

export async function generateReport(year: number): Promise<AnnualReportView> {
  return (await http.post<AnnualReportView>('/api/annual-evaluations/reports', null, { params: { year } })).data
}

/** The latest report of the year, or null when none has been generated. */
export async function latestReport(year: number): Promise<AnnualReportView | null> {
  const response = await http.get<AnnualReportView>(`/api/annual-evaluations/reports/${year}`, {
    silent: true,
    validateStatus: (s) => s === 200 || s === 404,
  })
  return response.status === 200 ? response.data : null
}

export async function downloadReport(year: number, format: 'docx' | 'pdf'): Promise<void> {
  await downloadWorkbook(`/api/annual-evaluations/reports/${year}/files/${format}`, {}, `annual-evaluation-${year}.${format}`)
}

/** Whether 年度评估 applies to the reader: the regulation in force for its region has a grading cycle (data). */
export type GradingApplicability = { applies: boolean; regulationCode: string | null; regulationVersion: number | null }

export async function gradingApplicability(): Promise<GradingApplicability> {
  const { data } = await http.get<GradingApplicability>('/api/annual-evaluations/applicability', { silent: true })
  return data
}
