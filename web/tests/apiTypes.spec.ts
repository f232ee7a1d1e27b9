import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The modules whose answer types come from the generated schema (docs/adr/0058-*.md), each with the
 * object types its file may still write by hand: what only the client has (a list's filters, a form's
 * fields) or what belongs to a module not yet migrated. Everything else it declares must be an alias
 * of `components['schemas'][...]`, possibly refined, so that a server change fails vue-tsc and the
 * migration cannot slip back unnoticed.
 */
const MIGRATED: Record<string, string[]> = {
  // RegulationSummary: the regulation module's answer, generated when regulation migrates
  plan: ['PlanHeaderRequest', 'PlanListFilter', 'PromulgationFields', 'RegulationSummary'],
  workPlan: ['WorkPlanRequest', 'WorkPlanFilter'],
  deadline: ['DeadlineFilter'],
  notification: [],
  // identity's users and organizations are still in types.ts (User, Organization, Me)
  identity: ['AdminReplacementProposal', 'AdminReplacementQuery'],
  audit: ['AuditQuery'],
  calendar: ['DeadlineQuery', 'CalendarYearRequest'],
  candidacy: ['CandidacyFilter', 'CandidacyRequest'],
  keyProject: ['KeyProjectRequest', 'KeyProjectFilter'],
  exclusions: ['ExclusionSettingChange'],
  // RegisterInput and RegisterTask: the entry form (a task's planned date is empty until entered)
  registry: ['RegisterTask', 'RegisterInput', 'RegisterFilter'],
  progress: ['ProgressQuery'],
  supervision: ['CheckFilter', 'ConclusionRequest'],
  enforcement: ['Decision', 'ProposalFilter', 'RectificationFilter'],
  // FrozenProject: a key project frozen as JSON with the report, which no record describes
  report: ['FrozenProject', 'ReportFilter'],
  // GradeBand: the regulation module's; CriterionResult, PanelSummary: the review module's
  grading: ['GradeBand', 'CriterionResult', 'PanelSummary', 'GradeInput'],
  reward: ['RewardRequest', 'RewardFilter'],
  // WaitingDossier: the dossier module's DossierAtStep
  publicity: ['NoticeInput', 'WaitingDossier', 'ComplaintInput', 'NoticeListFilter', 'ComplaintListFilter'],
  publicProgress: [],
  portal: ['ColumnItemRequest', 'ColumnItemFilter'],
  archive: [],
  // the construction units' types are still in types.ts (ConstructionUnit and its requests)
  constructionUnit: [],
  // the receipt and naming forms, the two lists' filters
  title: ['ReceiptRequest', 'NamingRequest', 'TitleFilter', 'RoundOverviewFilter'],
  // the entry form's body, the workbook selection and the evidence list's filters are the client's own
  indicator: ['YearKey', 'IndicatorValueRequest', 'ExcelSelection', 'EvidenceListFilter'],
  indicatorReview: ['OverviewQuery'],
  // TargetSpec: the editor's view of an indicator's `target` (a map of the kind's parameters)
  edition: ['TargetSpec'],
  evaluation: [],
  // the panel's request and the inbox's filters are the client's own
  procedure: ['ProcedureActRequest', 'InboxFilter'],
}

/**
 * Each exported type or interface of the file with its declaration's text: its first line and the
 * lines that continue it (indented, or opening with a closing bracket, `|` or `&`).
 */
export function declarations(text: string): { name: string; body: string }[] {
  const lines = text.split('\n')
  const found: { name: string; body: string }[] = []
  lines.forEach((line, i) => {
    const match = /^export (?:interface|type) (\w+)/.exec(line)
    if (!match) {
      return
    }
    let end = i + 1
    while (end < lines.length && /^(?:\s|[}\]>)|&]|$)/.test(lines[end]!) && !/^$/.test(lines[end]!)) {
      end++
    }
    found.push({ name: match[1]!, body: lines.slice(i, end).join('\n') })
  })
  return found
}

/** The file's aliases of generated schemas, exported or not (e.g. `type ActionRequest = components[...]`). */
export function generatedAliases(text: string): Set<string> {
  return new Set([...text.matchAll(/^(?:export )?type (\w+) = (?:Schemas|components)\[/gm)].map((m) => m[1]!))
}

/**
 * Written by hand: an interface, or an object type, Pick or Omit that does not start from a generated
 * schema (`Schemas[...]`, `components[...]` or one of the file's aliases of them).
 */
export function handWritten(body: string, aliases: Set<string> = new Set()): boolean {
  if (/^export interface /.test(body)) {
    return true
  }
  const generated =
    /\b(?:Schemas|components)\[/.test(body) || [...aliases].some((alias) => new RegExp(`\\b${alias}\\b`).test(body))
  return !generated && /[{]|\b(?:Pick|Omit|Partial)</.test(body)
}

describe('the migrated modules', () => {
  it.each(Object.entries(MIGRATED))('%s writes no answer type by hand', async (module, own) => {
    const text = await readFile(join(process.cwd(), 'src', 'api', `${module}.ts`), 'utf8')
    const aliases = generatedAliases(text)
    const written = declarations(text)
      .filter((d) => handWritten(d.body, aliases))
      .map((d) => d.name)
    expect(written.filter((name) => !own.includes(name))).toEqual([])
  })

  it('tell a hand-written object type from an alias of the generated schema', () => {
    const text = [
      'export type A = { id: number }',
      "export type B = Schemas['cn.ecozone.plan.PlanView']",
      "export type C = Omit<Schemas['cn.ecozone.plan.PlanView'], 'run'> & { run: null }",
      "export type D = Pick<A, 'id'>",
      'export interface E { id: number }',
      "export type F = 'X' | 'Y'",
      "type Request = components['schemas']['cn.ecozone.plan.web.PlanController.ActionRequest']",
      "export type G = Omit<Request, 'version'> & { outcome?: string }",
    ].join('\n')
    const aliases = generatedAliases(text)
    const written = declarations(text).filter((d) => handWritten(d.body, aliases))
    expect(written.map((d) => d.name)).toEqual(['A', 'D', 'E'])
  })
})
