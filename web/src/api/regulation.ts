import { http } from './http'
import type { Counting, RegionLevel } from './types'

/** Types of the regulations API (docs/api.md, Regulations; docs/regulations.md; Java records in cn.ecozone.regulation). */

export const PROGRAMMES = ['ECO_CIVILIZATION_ZONE', 'TWO_MOUNTAINS_BASE', 'TWO_MOUNTAINS_AREA'] as const
export type Programme = (typeof PROGRAMMES)[number]

export const REGULATION_STATUSES = ['DRAFT', 'PUBLISHED'] as const
export type RegulationStatus = (typeof REGULATION_STATUSES)[number]

export const BODIES = [
  'SUBJECT',
  'PREFECTURE_ECOLOGY_BUREAU',
  'PREFECTURE_GOVERNMENT',
  'PROVINCE_DEPARTMENT',
  'PROVINCE_DIVISION',
  'EXPERT_PANEL',
  'MINISTRY',
  'DELIBERATIVE_BODY',
  'COMMITTEE_OFFICE',
] as const
export type Body = (typeof BODIES)[number]

export const PLAN_KINDS = ['CONSTRUCTION_PLAN', 'IMPLEMENTATION_PLAN', 'ANNUAL_PLAN'] as const
export type PlanKind = (typeof PLAN_KINDS)[number]

export const WINDOW_KINDS = ['PER_MINISTRY_CALL', 'FIRST_HALF_OF_YEAR', 'YEARLY'] as const
export type WindowKind = (typeof WINDOW_KINDS)[number]

export const REVIEW_METHODS = ['EXPERT_SCORING', 'DOCUMENT_REVIEW_AND_SITE_CHECK', 'GRADED_EVALUATION'] as const
export type ReviewMethod = (typeof REVIEW_METHODS)[number]

export const CHECK_KINDS = ['ANNUAL_REPORT', 'SITE_CHECK', 'POST_EVALUATION', 'ANNUAL_EVALUATION'] as const
export type CheckKind = (typeof CHECK_KINDS)[number]

export const CONSEQUENCES = [
  'RECTIFICATION_URGED',
  'RECTIFICATION_ORDERED',
  'WARNING_OR_REVOCATION',
  'FEEDBACK',
] as const
export type Consequence = (typeof CONSEQUENCES)[number]

/**
 * Where a rule comes from: `article` (e.g. 第六条) is null only when `silent` (the source says nothing);
 * `uncertain` marks a reading the source does not settle; `noteZh` explains either.
 */
export type Citation = {
  article: string | null
  uncertain: boolean
  silent: boolean
  noteZh: string | null
}

export type RegulationSummary = {
  code: string
  version: number
  status: RegulationStatus
  programme: Programme
  jurisdiction: string
  inForce: string | null
  titleZh: string
}

export type Deadline = {
  workingDays: number
  counting: Counting
  fromStep: string
  textZh: string
}

/** A measure after a proposal: who decides it and the period the subject is given (none for revocation). */
export type Measure = {
  by: Body
  textZh: string
  period: { suggestedWorkingDays: number; citation: Citation } | null
  citation: Citation
}

export type Step = {
  code: string
  actor: Body
  to: Body | null
  actionZh: string
  deadline: Deadline | null
  citation: Citation
}

export type Rule = { code: string; textZh: string; citation: Citation }

export type Regulation = RegulationSummary & {
  issuerZh: string
  documentZh: string
  inForceCitation: Citation
  source: string
  who: {
    subjectLevels: { level: RegionLevel; nameZh: string; citation: Citation }[]
    otherSubjects: { nameZh: string; citation: Citation }[]
    units: { kind: string; nameZh: string; citation: Citation }[]
  }
  plan: {
    kind: PlanKind
    guideZh: string | null
    citation: Citation
    paths: { subjectLevel: RegionLevel; steps: Step[] }[]
    duties: { code: string; by: Body; textZh: string; citation: Citation }[]
  }
  application: {
    window: { kind: WindowKind; textZh: string; citation: Citation }
    chains: { subjectLevel: RegionLevel; steps: Step[] }[]
    materials: {
      code: string
      nameZh: string
      ruleZh: string | null
      approxCharacters: number | null
      minCount: number | null
      approxSizeMb: number | null
      citation: Citation
    }[]
    eligibility: Rule[]
    exclusions: { lookBackYears: number | null; citation: Citation; items: Rule[] } | null
    review: {
      method: ReviewMethod
      textZh: string
      citation: Citation
      criteria: Rule[]
      /** Grades of a graded evaluation (Xilingol art. 10), highest first; absent before issue 13. */
      grading?: { bands: { code: string; nameZh: string; minScore: number }[]; citation: Citation } | null
    } | null
    publicity: {
      code: string
      by: Body
      whereZh: string
      workingDays: number
      minimum: boolean
      counting: Counting
      complaintsInvestigatedBy: Body | null
      citation: Citation
    }[]
  }
  title: {
    validity: { years: number | null; citation: Citation }
    checks: {
      code: string
      kind: CheckKind
      by: Body
      to: Body | null
      afterYears: number | null
      everyYears: number | null
      textZh: string
      citation: Citation
      /** The day in the year a yearly report is due (MonthDay as "--MM-dd"); absent before issue 13. */
      due?: { monthDay: string; citation: Citation } | null
      /** The steps the check runs on, per subject level; empty before issue 13. */
      paths?: { subjectLevel: RegionLevel; steps: Step[] }[]
    }[]
    sanctions: { code: string; consequence: Consequence; by: Body; textZh: string; citation: Citation }[]
    /** How 满N年 is counted from the naming date; absent before issue 13. */
    anniversary?: { rule: string; textZh: string; citation: Citation } | null
    /** The chain after a proposal: rectification, warning, revocation; absent before issue 13. */
    enforcement?: {
      proposal: Step[]
      rectificationOrder: Measure
      rectification: Step[]
      warning: Measure
      revocation: Measure
    } | null
    /** Further duties after the title, e.g. REWARD and ARCHIVE. */
    duties?: { code: string; by: Body; textZh: string; citation: Citation }[]
  }
  typicalCases: {
    everyYears: number | null
    textZh: string
    citation: Citation
    steps: Step[]
    criteria: Rule[]
  } | null
  indicators: { subjectLevel: RegionLevel; edition: string | null; textZh: string; citation: Citation }[]
}

const base = '/api/regulations'

/** The latest version of each regulation: published ones for the public, drafts too for logged-in users. */
export async function listRegulations(): Promise<RegulationSummary[]> {
  const { data } = await http.get<RegulationSummary[]>(base)
  return data
}

/** The latest visible version of a regulation with every rule and its article; 404 when none is visible. */
export async function getRegulation(code: string): Promise<Regulation> {
  const { data } = await http.get<Regulation>(`${base}/${encodeURIComponent(code)}`)
  return data
}
