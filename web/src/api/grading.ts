import { http } from './http'
import { downloadWorkbook } from './indicator'
import type { Page } from './types'
import type { components } from './schema'

/**
 * Types and calls of Xilingol's graded annual evaluation (issue 13 §4, module `cn.ecozone.grading`,
 * docs/grading.md). Keep the names in step with the Java records.
 */

export const EVALUATION_STAGES = ['UNDER_REVIEW', 'TO_GRADE', 'GRADED', 'RETURNED', 'OTHER'] as const
export type EvaluationStage = (typeof EVALUATION_STAGES)[number]

export const RECOMMENDATIONS = ['MEETS', 'NOT_MET', 'CANNOT_JUDGE'] as const
export type RecommendationFlag = (typeof RECOMMENDATIONS)[number]

type Schemas = components['schemas']

/** A band of the regulation's grading (the regulation module's record, hand-written until it migrates). */
export type GradeBand = { code: string; nameZh: string; minScore: number }

/**
 * One county's annual evaluation as the year's list shows it; `stage` and `recommendation` narrowed to
 * the values the server sends (strings in the record).
 */
export type AnnualEvaluationRow = Omit<Schemas['cn.ecozone.grading.AnnualEvaluationRow'], 'stage' | 'recommendation'> & {
  stage: EvaluationStage
  recommendation: RecommendationFlag | null
}

/** The year's evaluations in the reader's scope, with the bands (the regulation's) and their note. */
export type YearView = Omit<Schemas['cn.ecozone.grading.YearView'], 'bands' | 'evaluations'> & {
  bands: GradeBand[]
  evaluations: Page<AnnualEvaluationRow>
}

/** A criterion's aggregated panel score (the review module's record, hand-written until it migrates). */
export type CriterionResult = { code: string; textZh: string; aggregated: number | null; min: number | null; max: number | null; spread: number | null }

/** The committee office's grade; `criteria` are the review module's aggregated scores. */
export type GradeView = Omit<Schemas['cn.ecozone.grading.GradeView'], 'recommendation' | 'criteria'> & {
  recommendation: RecommendationFlag
  criteria: CriterionResult[]
}

/** The panel's result at the panel step (the review module's record, hand-written until it migrates). */
export type PanelSummary = {
  panelId: number
  closed: boolean
  expertCount: number
  total: number | null
  criteria: CriterionResult[]
  opinions: { alias: string; opinion: string }[]
  aggregationNote: string | null
}

/** One evaluation: its row, the panel's result, the grade once given, and whether the reader may grade it. */
export type EvaluationView = Omit<Schemas['cn.ecozone.grading.EvaluationView'], 'row' | 'panel' | 'grade' | 'bands'> & {
  row: AnnualEvaluationRow
  panel: PanelSummary | null
  grade: GradeView | null
  bands: GradeBand[]
}

export type GradeInput = { opinion: string; feedback: string | null; suggestions: string | null }

export type AnnualReportView = Schemas['cn.ecozone.grading.AnnualReportView']

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
export type GradingApplicability = Schemas['cn.ecozone.grading.GradingManagement.Applicability']

export async function gradingApplicability(): Promise<GradingApplicability> {
  const { data } = await http.get<GradingApplicability>('/api/annual-evaluations/applicability', { silent: true })
  return data
}
