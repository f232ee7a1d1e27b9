import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import zhCN from '@/locales/zh-CN'
import en from '@/locales/en'
import { AUDIT_OUTCOMES, COUNTINGS, ORG_KINDS, REGION_LEVELS, ROLES, TERRAINS, UNIT_KINDS } from '@/api/types'
import { PROCEDURE_ACTIONS, REVIEW_OUTCOMES, RUN_STATES, STEP_KINDS, TASK_STATES } from '@/api/procedure'
import { PLAN_RECORD_ACTIONS, PLAN_STATES } from '@/api/plan'
import { PLAN_KINDS, PROGRAMMES } from '@/api/regulation'
import { CANDIDACY_ACTIONS, CANDIDACY_STATES } from '@/api/candidacy'
import { CASE_PATHS, CASE_STATES } from '@/api/cases'
import { DOSSIER_STATES } from '@/api/dossier'
import { EDITION_STATUSES, SCORE_METHODS } from '@/api/edition'
import { MEASURES, PROPOSAL_STATES, RECTIFICATION_STATES, SEVERITIES } from '@/api/enforcement'
import { BINDINGS, SUBMISSION_STATES, VALUE_TYPES } from '@/api/indicator'
import { KEY_PROJECT_STATUSES } from '@/api/keyProject'
import { OPINION_STATES } from '@/api/opinion'
import { COLUMN_ITEM_KINDS } from '@/api/portal'
import { PROGRESS_CATEGORIES } from '@/api/publicProgress'
import { COMPLAINT_STATES, FINDINGS } from '@/api/publicity'
import { REGISTER_STATES } from '@/api/registry'
import { REPORT_STATES } from '@/api/report'
import { EMPLOYER_KINDS, INTEGRITY_KINDS, PLAN_PARTS } from '@/api/review'
import { CHECK_STATES } from '@/api/supervision'
import { TITLE_STATES } from '@/api/title'
import { TASK_STATUSES, WORK_PLAN_STATES } from '@/api/workPlan'
import { RECOMMENDATIONS } from '@/api/grading'
import { REPLACEMENT_STATES } from '@/api/identity'

/**
 * No raw message key on screen (issue 14 §6): every key the sources name — literally in `t('…')`,
 * `te('…')`, `$t('…')`, `translate('…')`, or as a string that reads as a key of a locale group — and
 * every key built from an enum value (`t(\`role.${r}\`)`) exists in both zh-CN and en.
 */
const srcDir = join(__dirname, '..', 'src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key))
}

const sources = filesUnder(srcDir)
  .filter((f) => /\.(vue|ts)$/.test(f) && !f.includes(join('src', 'locales')))
  .map((f) => ({ file: relative(srcDir, f), text: readFileSync(f, 'utf8') }))
const zhKeys = new Set(leafKeys(zhCN))
const enKeys = new Set(leafKeys(en))
const groups = new Set(Object.keys(zhCN))
/** Keys that are prefixes of others: a source naming one builds the rest of the key itself. */
const prefixes = new Set([...zhKeys].flatMap((k) => k.split('.').slice(1).map((_, i) => k.split('.').slice(0, i + 1).join('.'))))

/** The literal keys the sources pass to a translation function or name as a key of a locale group. */
function namedKeys(): Map<string, string> {
  const found = new Map<string, string>()
  const call = /(?:\$t|\bt|\bte|\btranslate)\(\s*'([A-Za-z][\w-]*(?:\.[\w-]+)+)'/g
  const literal = /'([a-z][A-Za-z]*(?:\.[A-Za-z][\w-]*)+)'/g
  for (const { file, text } of sources) {
    for (const m of text.matchAll(call)) found.set(m[1], file)
    for (const m of text.matchAll(literal)) {
      if (groups.has(m[1].split('.')[0]) && !prefixes.has(m[1])) found.set(m[1], file)
    }
  }
  return found
}

/** Every key prefix the sources complete with a value at run time: `t(\`prefix.${…}\`)`. */
function builtPrefixes(): Set<string> {
  const built = new Set<string>()
  for (const { text } of sources) {
    for (const m of text.matchAll(/(?:\$t|\bt|\bte|\btranslate)\(\s*`([A-Za-z][\w.]*)\.\$\{/g)) built.add(m[1])
  }
  return built
}

/** Enums whose every value the UI shows through a key built from it: prefix → values. */
const ENUM_LABELS: [string, readonly string[]][] = [
  ['role', ROLES],
  ['regionLevel', REGION_LEVELS],
  ['terrain', TERRAINS],
  ['orgKind', ORG_KINDS],
  ['unitKind', UNIT_KINDS],
  ['outcome', AUDIT_OUTCOMES],
  ['counting', COUNTINGS],
  ['procedure.runState', RUN_STATES],
  ['procedure.kind', STEP_KINDS],
  ['procedure.taskState', TASK_STATES],
  ['procedure.action', PROCEDURE_ACTIONS],
  ['procedure.action', PLAN_RECORD_ACTIONS],
  ['procedure.outcomeLabel', REVIEW_OUTCOMES],
  ['planState', PLAN_STATES],
  ['planKind', PLAN_KINDS],
  ['programme', PROGRAMMES],
  ['candidacy.states', CANDIDACY_STATES],
  ['candidacy.actions', CANDIDACY_ACTIONS],
  ['cases.paths', CASE_PATHS],
  ['cases.state', CASE_STATES],
  ['dossier.state', DOSSIER_STATES],
  ['editionStatus', EDITION_STATUSES],
  ['scoreMethod', SCORE_METHODS],
  ['enforcement.measure', MEASURES],
  ['enforcement.proposalState', PROPOSAL_STATES],
  ['enforcement.rectificationState', RECTIFICATION_STATES],
  ['enforcement.severity', SEVERITIES],
  ['binding', BINDINGS],
  ['valueType', VALUE_TYPES],
  ['indicatorState', SUBMISSION_STATES],
  ['keyProjectStatus', KEY_PROJECT_STATUSES],
  ['opinion.state', OPINION_STATES],
  ['columnKind', COLUMN_ITEM_KINDS],
  ['publicProgress.category', PROGRESS_CATEGORIES],
  ['publicity.state', COMPLAINT_STATES],
  ['publicity.finding', FINDINGS],
  ['registry.states', REGISTER_STATES],
  ['report.state', REPORT_STATES],
  ['review.employerKind', EMPLOYER_KINDS],
  ['review.integrityKind', INTEGRITY_KINDS],
  ['review.planPart', PLAN_PARTS],
  ['supervision.state', CHECK_STATES],
  ['title.state', TITLE_STATES],
  ['workPlanState', WORK_PLAN_STATES],
  ['taskStatus', TASK_STATUSES],
  ['grading.recommendation', RECOMMENDATIONS],
  ['adminReplacement.state', REPLACEMENT_STATES],
]

describe('message keys used in the sources', () => {
  it('finds the keys to check', () => {
    expect(namedKeys().size).toBeGreaterThan(500)
  })

  it('names no key missing in zh-CN or en', () => {
    const missing = [...namedKeys()]
      .filter(([key]) => !zhKeys.has(key) || !enKeys.has(key))
      .map(([key, file]) => `${key} (${file})`)
    expect(missing).toEqual([])
  })

  it('labels every value of the enums the UI shows through built keys, in both languages', () => {
    const missing = ENUM_LABELS.flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((key) => !zhKeys.has(key) || !enKeys.has(key)),
    )
    expect(missing).toEqual([])
  })

  it('builds keys only under prefixes both locales hold', () => {
    const absent = [...builtPrefixes()].filter((p) => !prefixes.has(p))
    expect(absent).toEqual([])
  })
})
