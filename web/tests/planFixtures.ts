import type { PlanState, PlanStep, PlanView, StepType } from '@/api/plan'
import type { AllowedAction, ProcedureAction, RunStep, RunView, StepKind } from '@/api/procedure'

/** The IM eco-civ county path (IM eco-civ arts. 4–6) as the server pins it. */
export const countySteps: PlanStep[] = [
  { code: 'SUBMIT', nameZh: '旗县（市、区）人民政府将规划报送所在盟市生态环境局', type: 'SUBMIT', role: 'COUNTY_GOVERNMENT', at: 'SUBJECT', workingDays: null, counting: null, article: '第五条' },
  { code: 'EXAMINE', nameZh: '盟市生态环境局审核后连同审核意见一并报送自治区生态环境厅', type: 'EXAMINE', role: 'PREFECTURE_STAFF', at: 'PREFECTURE', workingDays: null, counting: null, article: '第五条' },
  { code: 'EXPERT_REVIEW', nameZh: '自治区生态环境厅组织专家对建设规划进行评审', type: 'EXPERT_REVIEW', role: 'PROVINCE_STAFF', at: 'PROVINCE', workingDays: null, counting: null, article: '第五条' },
  { code: 'REVISE', nameZh: '通过评审后根据评审意见对规划进行修改完善', type: 'REVISE', role: 'COUNTY_GOVERNMENT', at: 'SUBJECT', workingDays: null, counting: null, article: '第六条' },
  { code: 'PROMULGATE', nameZh: '由同级人民代表大会（或其常务委员会）或本级人民政府审议后颁布实施', type: 'PROMULGATE', role: 'COUNTY_GOVERNMENT', at: 'SUBJECT', workingDays: null, counting: null, article: '第六条' },
  { code: 'FILE', nameZh: '通过盟市生态环境局报自治区生态环境厅备案', type: 'FILE', role: 'COUNTY_GOVERNMENT', at: 'SUBJECT', workingDays: 15, counting: 'NEXT_DAY', article: '第六条' },
  { code: 'RECEIVE_FILING', nameZh: '自治区生态环境厅接收备案，出具备案回执', type: 'RECEIVE_FILING', role: 'PROVINCE_STAFF', at: 'PROVINCE', workingDays: null, counting: null, article: '第六条' },
]

const KIND: Record<StepType, StepKind> = {
  SUBMIT: 'SUBMIT',
  EXAMINE: 'EXAMINE',
  EXPERT_REVIEW: 'PANEL',
  MINISTRY_REVIEW: 'RECORD_RESULT',
  REVISE: 'REVISE',
  PROMULGATE: 'PROMULGATE',
  FILE: 'FILE',
  RECEIVE_FILING: 'ACKNOWLEDGE',
}

/** The same path as the engine's run pins it (kinds, periods). */
export const countyRunSteps: RunStep[] = countySteps.map((s) => ({
  code: s.code,
  nameZh: s.nameZh,
  kind: KIND[s.type],
  article: s.article,
  period: s.type === 'FILE' ? { workingDays: 15, counting: 'NEXT_DAY', fromStep: 'PROMULGATE' } : null,
  actorRoles: [s.role],
}))

export function step(code: string): PlanStep {
  const found = countySteps.find((s) => s.code === code)
  if (!found) throw new Error(`no step ${code}`)
  return found
}

/** What the run offers at `code`: the engine's outcomes and opinion rule of the step's kind. */
export function offered(code: string, action: ProcedureAction): AllowedAction {
  const kind = countyRunSteps.find((s) => s.code === code)?.kind
  const review = kind === 'PANEL' || kind === 'RECORD_RESULT'
  return {
    action,
    stepCode: code,
    taskId: 7,
    outcomes: action === 'ACT' && review ? ['PASS', 'REVISE', 'FAIL'] : [],
    reasonRequired: action === 'RETURN',
    opinionRequired: action === 'ACT' && (kind === 'EXAMINE' || kind === 'PANEL'),
  }
}

/** A run of the county path waiting at `code`, offering `actions` to the user who reads it. */
export function planRun(code: string | null, actions: AllowedAction[] = [], overrides: Partial<RunView> = {}): RunView {
  return {
    id: 90,
    state: code ? 'OPEN' : 'FINISHED',
    definitionCode: 'IM-ECOCIV-2022/plan/COUNTY',
    definitionVersion: 1,
    version: 6,
    steps: countyRunSteps,
    currentStepCode: code,
    tasks: [],
    deadline: null,
    allowedActions: actions,
    timeline: [],
    ...overrides,
  }
}

export function plan(overrides: Partial<PlanView> = {}): PlanView {
  return {
    id: 11,
    regulationCode: 'IM-ECOCIV-2022',
    regulationVersion: 1,
    programme: 'ECO_CIVILIZATION_ZONE',
    planKind: 'CONSTRUCTION_PLAN',
    subjectRegionCode: '152502',
    subjectRegionName: '锡林浩特市',
    title: '锡林浩特市生态文明建设示范区规划（2026—2030年）',
    periodStart: 2026,
    periodEnd: 2030,
    documentId: 5,
    documentName: '规划.pdf',
    texts: [],
    revision: 1,
    state: 'DRAFT',
    currentStep: null,
    steps: countySteps,
    promulgationBody: null,
    promulgatedOn: null,
    promulgationNumber: null,
    issuingDocument: null,
    filingDue: null,
    filingExplanation: [],
    filedOn: null,
    filedLate: false,
    filingReceivedOn: null,
    filingReceivedBy: null,
    overdue: false,
    returnReason: null,
    version: 3,
    content: { targets: [], tasks: [], keyProjects: [] },
    timeline: [],
    run: planRun('SUBMIT'),
    ...overrides,
  }
}

/** A plan waiting at `code` whose run offers this user `actions` there. */
export function at(code: string, actions: ProcedureAction[] = [], overrides: Partial<PlanView> = {}): PlanView {
  const state: PlanState = code === 'SUBMIT' ? 'DRAFT' : 'IN_PROGRESS'
  return plan({
    state,
    currentStep: state === 'IN_PROGRESS' ? step(code) : null,
    run: planRun(code, actions.map((a) => offered(code, a))),
    ...overrides,
  })
}

/** A plan promulgated on 2026-09-25 whose filing is due 2026-10-22 (IT: across 国庆 with an adjusted day). */
export function promulgated(overrides: Partial<PlanView> = {}): PlanView {
  const explanation = ['自 2026-09-26 起算（开始的当日不计入）', '2026-10-10 为调休上班日，计入', '第 15 个工作日为 2026-10-22']
  return plan({
    state: 'IN_PROGRESS',
    currentStep: step('FILE'),
    promulgationBody: '锡林浩特市人民政府',
    promulgatedOn: '2026-09-25',
    promulgationNumber: '锡政发〔2026〕12号',
    filingDue: '2026-10-22',
    filingExplanation: explanation,
    run: planRun('FILE', [], { deadline: { due: '2026-10-22', overdue: Boolean(overrides.overdue), explanation } }),
    ...overrides,
  })
}
