import type { AllowedAction, RunStep, RunTask, RunView } from '@/api/procedure'

/** Runs as the server's procedure module answers them: IM eco-civ plan path, county → league → province. */

export const STEPS: RunStep[] = [
  { code: 'submit', nameZh: '报送', kind: 'SUBMIT', article: '第六条', period: null, actorRoles: ['COUNTY_GOVERNMENT'] },
  { code: 'league-exam', nameZh: '盟市审核', kind: 'EXAMINE', article: '第六条', period: null, actorRoles: ['PREFECTURE_STAFF'] },
  { code: 'divisions', nameZh: '处室会审', kind: 'PARALLEL_EXAMINE', article: '第六条', period: null, actorRoles: ['DIVISION_REVIEWER'] },
  {
    code: 'file',
    nameZh: '备案',
    kind: 'FILE',
    article: '第六条',
    period: { workingDays: 15, counting: 'NEXT_DAY', fromStep: 'divisions' },
    actorRoles: ['PROVINCE_STAFF'],
  },
]

export function task(overrides: Partial<RunTask> = {}): RunTask {
  return {
    id: 11,
    stepCode: 'league-exam',
    state: 'OPEN',
    assigneeRole: 'PREFECTURE_STAFF',
    assigneeRegionCode: '152500',
    assigneeOrganizationName: '锡林郭勒盟生态环境局',
    outcome: null,
    actedBy: null,
    actedAt: null,
    ...overrides,
  }
}

export function allowed(overrides: Partial<AllowedAction> = {}): AllowedAction {
  return {
    action: 'ACT',
    stepCode: 'league-exam',
    taskId: 11,
    outcomes: ['PASS', 'REVISE'],
    reasonRequired: false,
    opinionRequired: true,
    ...overrides,
  }
}

export function run(overrides: Partial<RunView> = {}): RunView {
  return {
    id: 5,
    state: 'OPEN',
    definitionCode: 'im-ecociv-plan',
    definitionVersion: 1,
    version: 3,
    steps: STEPS,
    currentStepCode: 'league-exam',
    tasks: [task({ id: 10, stepCode: 'submit', state: 'DONE', actedBy: '张县长', actedAt: '2026-03-02T09:00:00Z' }), task()],
    deadline: { due: '2026-03-20', overdue: false, explanation: ['自3月3日起算15个工作日', '截止3月20日'] },
    allowedActions: [allowed(), allowed({ action: 'RETURN', outcomes: [], opinionRequired: false, reasonRequired: true })],
    timeline: [
      {
        stepCode: 'submit',
        action: 'ACT',
        outcome: null,
        opinion: '请审核',
        actorName: '张县长',
        actorRole: 'COUNTY_GOVERNMENT',
        organizationName: '太仆寺旗人民政府',
        at: '2026-03-02T09:00:00Z',
        documentIds: [41],
      },
    ],
    ...overrides,
  }
}
