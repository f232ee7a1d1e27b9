import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/workPlan', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/workPlan')>()),
  listWorkPlans: vi.fn(),
  getWorkPlan: vi.fn(),
  actOnWorkPlan: vi.fn(),
}))
vi.mock('@/api/keyProject', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/keyProject')>()),
  listKeyProjects: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/workPlan'
import * as projectApi from '@/api/keyProject'
import type { WorkPlan } from '@/api/workPlan'
import WorkPlanListView from '@/views/workplan/WorkPlanListView.vue'
import { editable, fundTotal, requestOf, formOf } from '@/views/workplan/workPlanLogic'
import { ElMessageBox, type MessageBoxData } from 'element-plus'
import type { RunStep, RunView } from '@/api/procedure'
import { createTestApp, makeMe, settle } from './helpers'
import { allowed, run } from './procedureFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())
// every irreversible act asks first (issue 14 §3): the user confirms unless a test says otherwise
beforeEach(() => {
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
})

const WP_STEPS: RunStep[] = [
  { code: 'FILE', nameZh: '报盟生态环境保护委员会办公室备案', kind: 'FILE', article: '第3条', period: null, actorRoles: ['COUNTY_GOVERNMENT'] },
  { code: 'RECEIVE_FILING', nameZh: '接收备案，出具备案回执', kind: 'ACKNOWLEDGE', article: '第3条', period: null, actorRoles: ['COMMITTEE_OFFICE'] },
]

/** The filing's run, at the committee office's step unless told otherwise. */
function filing(overrides: Partial<RunView> = {}): RunView {
  return run({
    definitionCode: 'XL-TWOMTN/annual-plan/COUNTY',
    steps: WP_STEPS,
    currentStepCode: 'RECEIVE_FILING',
    tasks: [],
    deadline: null,
    allowedActions: [
      allowed({ stepCode: 'RECEIVE_FILING', taskId: 21, outcomes: [], opinionRequired: false }),
      allowed({ action: 'RETURN', stepCode: 'RECEIVE_FILING', taskId: 21, outcomes: [], opinionRequired: false, reasonRequired: true }),
    ],
    timeline: [],
    ...overrides,
  })
}

function plan(overrides: Partial<WorkPlan> = {}): WorkPlan {
  return {
    id: 5,
    regionCode: '152502',
    regionName: '锡林浩特市',
    programme: 'TWO_MOUNTAINS_AREA',
    year: 2026,
    planId: null,
    planTitle: null,
    regulationCode: 'XL-TWOMTN',
    regulationVersion: 1,
    receiverBody: 'COMMITTEE_OFFICE',
    receiverRole: 'COMMITTEE_OFFICE',
    receiverRegionCode: '152500',
    receiverRegionName: '锡林郭勒盟',
    article: '第3条',
    title: '锡林浩特市2026年“两山”转化工作年度计划',
    summary: null,
    tasks: [{ task: '草原生态修复', responsibleUnit: '市林草局', quarter: 2, dueOn: null, status: 'NOT_STARTED' }],
    projects: [],
    funds: [{ item: '草原生态修复', amount: 1200.5, source: '中央财政资金' }],
    fundTotal: 1200.5,
    documentId: 9,
    documentName: '年度计划.pdf',
    state: 'FILED',
    returnReason: null,
    filedAt: '2026-02-01T02:00:00Z',
    receivedAt: null,
    updatedAt: '2026-02-01T02:00:00Z',
    version: 3,
    procedure: filing(),
    ...overrides,
  }
}

async function mountList(role: 'COUNTY_GOVERNMENT' | 'COMMITTEE_OFFICE', shown: WorkPlan, query: Record<string, string> = {}) {
  vi.mocked(api.listWorkPlans).mockResolvedValue({ content: [shown], page: 0, size: 20, totalElements: 1 })
  vi.mocked(api.getWorkPlan).mockResolvedValue(shown)
  vi.mocked(projectApi.listKeyProjects).mockResolvedValue({ content: [], page: 0, size: 500, totalElements: 0 })
  const app = createTestApp(makeMe(role))
  await app.router.push({ name: 'work-plans', query })
  const wrapper = mount(WorkPlanListView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function button(testId: string): HTMLElement | null {
  return document.body.querySelector(`[data-testid="${testId}"]`)
}

describe('annual work plans', () => {
  it('lists the plan with the receiving body the rules name', async () => {
    const wrapper = await mountList('COMMITTEE_OFFICE', plan())
    const text = wrapper.get('[data-testid="wp-table"] .el-table__body').text()
    expect(text).toContain('2026年')
    expect(text).toContain('盟生态环境保护委员会办公室（锡林郭勒盟）')
    expect(text).toContain('已报送')
  })

  it('gives the committee office return and acknowledge from the run but no save, and acknowledges with the version', async () => {
    vi.mocked(api.actOnWorkPlan).mockResolvedValue(
      plan({ state: 'RECEIVED', procedure: filing({ state: 'FINISHED', currentStepCode: null, allowedActions: [] }) }),
    )
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const wrapper = await mountList('COMMITTEE_OFFICE', plan())
    await wrapper.get('[data-testid="wp-open-5"]').trigger('click')
    await settle()
    expect(button('procedure-return')).not.toBeNull()
    expect(button('wp-save')).toBeNull()
    expect(button('wp-upload')).toBeNull()
    button('procedure-act')?.click()
    await settle()
    await flushPromises()
    expect(api.actOnWorkPlan).toHaveBeenCalledWith(5, 'acknowledge', 3, undefined)
    await vi.waitFor(() => expect(button('wp-state')?.textContent).toContain('已接收备案'))
  })

  it('lets the county edit a returned plan, shows the reason, and offers filing from the run', async () => {
    const returned = plan({
      state: 'RETURNED',
      returnReason: '资金来源未落实',
      documentId: null,
      documentName: null,
      procedure: filing({ currentStepCode: 'FILE', allowedActions: [allowed({ stepCode: 'FILE', taskId: 20, outcomes: [], opinionRequired: false })] }),
    })
    const wrapper = await mountList('COUNTY_GOVERNMENT', returned)
    await wrapper.get('[data-testid="wp-open-5"]').trigger('click')
    await settle()
    expect(button('wp-return-reason')?.textContent).toContain('资金来源未落实')
    expect(button('wp-save')).not.toBeNull()
    expect(button('wp-upload')).not.toBeNull()
    expect(button('procedure-act-form-FILE')).not.toBeNull()
    expect(button('procedure-return')).toBeNull()
    expect(button('wp-fund-total')?.textContent).toContain('1200.5')
  })
})

describe('work plan links', () => {
  it('opens the plan an inbox link names', async () => {
    await mountList('COMMITTEE_OFFICE', plan(), { id: '5' })
    await vi.waitFor(() => expect(button('procedure-panel')).not.toBeNull())
    expect(api.getWorkPlan).toHaveBeenCalledWith(5)
  })
})

describe('work plan form logic', () => {
  it('lets the user edit only while the run offers them the FILE step', () => {
    expect(editable(plan())).toBe(false)
    expect(editable(plan({ procedure: filing({ allowedActions: [allowed({ stepCode: 'FILE' })] }) }))).toBe(true)
    expect(editable(plan({ procedure: null }))).toBe(false)
  })

  it('sends each panel request to the work plan endpoint that carries it out', () => {
    const request = { stepCode: 'FILE', taskId: 1, outcome: null, opinion: null, reason: null, fields: {} }
    expect(api.workPlanActionOf({ ...request, action: 'ACT' })).toBe('file')
    expect(api.workPlanActionOf({ ...request, action: 'ACT', stepCode: 'RECEIVE_FILING' })).toBe('acknowledge')
    expect(api.workPlanActionOf({ ...request, action: 'RETURN' })).toBe('return')
    expect(api.workPlanActionOf({ ...request, action: 'WITHDRAW' })).toBe('withdraw')
    expect(api.workPlanActionOf({ ...request, action: 'CANCEL' })).toBeNull()
  })

  it('leaves out empty rows and trims text', () => {
    const form = formOf(null, 2026)
    form.programme = 'TWO_MOUNTAINS_AREA'
    form.title = '  年度计划 '
    form.tasks = [
      { task: ' 修复草原 ', responsibleUnit: ' ', quarter: null, dueOn: null, status: 'NOT_STARTED' },
      { task: '', responsibleUnit: null, quarter: null, dueOn: null, status: 'NOT_STARTED' },
    ]
    form.funds = [{ item: '', amount: null, source: null }]
    const body = requestOf(form, 4)
    expect(body.title).toBe('年度计划')
    expect(body.tasks).toEqual([{ task: '修复草原', responsibleUnit: null, quarter: null, dueOn: null, status: 'NOT_STARTED' }])
    expect(body.funds).toEqual([])
    expect(body.version).toBe(4)
  })

  it('sums funds to the cent', () => {
    expect(fundTotal([{ item: 'a', amount: 0.1, source: null }, { item: 'b', amount: 0.2, source: null }, { item: 'c', amount: null, source: null }])).toBe(0.3)
  })
})
