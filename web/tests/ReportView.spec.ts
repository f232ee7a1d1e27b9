import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/report', async (original) => ({
  ...(await original<typeof import('@/api/report')>()),
  getReport: vi.fn(),
  writeReport: vi.fn(),
  actOnReport: vi.fn(),
  attachToReport: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/report'
import type { AnnualReport } from '@/api/report'
import ReportView from '@/views/report/ReportView.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { allowed, run } from './procedureFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const submitRun = run({
  steps: [
    { code: 'SUBMIT', nameZh: '报送上一年度工作总结材料', kind: 'SUBMIT', article: '第十八条', period: null, actorRoles: ['COUNTY_GOVERNMENT'] },
    { code: 'MUNICIPAL_REVIEW', nameZh: '市（州）审阅', kind: 'EXAMINE', article: '第十九条', period: null, actorRoles: ['PREFECTURE_STAFF'] },
  ],
  currentStepCode: 'SUBMIT',
  tasks: [],
  deadline: null,
  timeline: [],
  allowedActions: [allowed({ stepCode: 'SUBMIT', taskId: 21, outcomes: [], opinionRequired: false })],
})

function report(overrides: Partial<AnnualReport> = {}): AnnualReport {
  return {
    id: 7,
    titleId: 3,
    regionCode: '520115',
    regionName: '观山湖区',
    subjectName: '贵阳市观山湖区人民政府',
    programme: 'TWO_MOUNTAINS_BASE',
    regulationCode: 'GZ-TWOMTN-2021',
    regulationVersion: 4,
    checkCode: 'ANNUAL_SUMMARY',
    article: '第十八条',
    year: 2025,
    dueOn: '2026-03-31',
    dueFromSetting: false,
    dueNote: '规程写“定期”提交，未规定日期；由省生态环境厅设定。',
    text: null,
    progress: null,
    scorecardEdition: 'GZ-2SZS-2021',
    scorecardNote: null,
    scorecard: null,
    projects: null,
    frozenAt: null,
    attachments: [],
    state: 'OPEN',
    currentStep: 'SUBMIT',
    returnReason: null,
    editable: true,
    updatedAt: '2026-01-05T02:00:00Z',
    version: 2,
    run: submitRun,
    ...overrides,
  }
}

const frozen = report({
  state: 'SUBMITTED',
  editable: false,
  text: '演示：年度工作总结。',
  frozenAt: '2026-02-01T02:00:00Z',
  dueFromSetting: true,
  dueOn: '2026-02-15',
  scorecard: {
    edition: 'GZ-2SZS-2021',
    editionTitle: '贵州省“两山指数”',
    editionComplete: true,
    regionCode: '520115',
    regionName: '观山湖区',
    year: 2025,
    rows: [
      {
        code: 'GZ-02',
        number: 2,
        group: 'G1',
        name: '森林覆盖率',
        unit: '%',
        binding: 'BINDING',
        valueType: 'NUMBER',
        targetText: '≥60',
        appliedTarget: '≥60',
        value: 97,
        flag: null,
        grade: null,
        status: 'MET',
        gap: null,
        reason: '',
        uncertain: false,
        unusable: false,
      },
    ],
    summary: {
      met: 1,
      applicable: 1,
      notMet: 0,
      noData: 0,
      needsJudgement: 0,
      bindingNotMet: [],
      score: null,
      scoreMethod: null,
      scoreNote: null,
    },
  } as unknown as AnnualReport['scorecard'],
  projects: [
    { id: 1, name: '演示：湿地修复工程', status: 'UNDER_CONSTRUCTION', investment: 1200, startYear: 2024, endYear: 2026, transformationMode: null },
  ],
  run: run({ ...submitRun, currentStepCode: 'MUNICIPAL_REVIEW', allowedActions: [] }),
})

async function mountReport(shown: AnnualReport) {
  vi.mocked(api.getReport).mockResolvedValue(shown)
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT', { region: { code: '520115', name: '观山湖区', level: 'COUNTY' } }))
  await app.router.push({ name: 'annual-report', params: { id: String(shown.id) } })
  const wrapper = mount(ReportView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function confirmDialog() {
  await settle()
  const button = document.querySelector('.el-message-box .el-button--primary') as HTMLElement
  button.click()
  await settle()
  await flushPromises()
}

describe('annual report page', { timeout: 20_000 }, () => {
  it('shows the suggested due day with the regulation\'s note while the province has set none', async () => {
    const wrapper = await mountReport(report())
    expect(wrapper.get('[data-testid="report-due"]').text()).toBe('2026-03-31')
    expect(wrapper.get('[data-testid="report-due-source"]').text()).toContain('建议值')
    expect(wrapper.get('[data-testid="report-due-note"]').text()).toContain('定期')
    expect(wrapper.get('[data-testid="report-not-frozen"]').text()).toContain('GZ-2SZS-2021')
  })

  it('shows the frozen scorecard and key projects, read-only, once submitted', async () => {
    const wrapper = await mountReport(frozen)
    expect(wrapper.get('[data-testid="report-state"]').text()).toBe('审核中')
    expect(wrapper.get('[data-testid="report-due-source"]').text()).toBe('省级设定')
    expect(wrapper.find('[data-testid="report-due-note"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="report-frozen-at"]').text()).toContain('此后指标数值变化不影响本报告')
    expect(wrapper.get('[data-testid="report-scorecard"]').text()).toContain('森林覆盖率')
    expect(wrapper.get('[data-testid="report-scorecard"]').text()).toContain('97')
    expect(wrapper.get('[data-testid="report-projects"]').text()).toContain('演示：湿地修复工程')
    expect(wrapper.get('[data-testid="report-projects"]').text()).toContain('在建')
    expect(wrapper.find('[data-testid="report-save"]').exists()).toBe(false)
  })

  it('says so where the rules name no indicator edition for the level', async () => {
    const wrapper = await mountReport(report({ scorecardEdition: null, scorecardNote: '国家“两山”基地建设指标尚未录入。' }))
    expect(wrapper.get('[data-testid="report-no-edition"]').text()).toContain('国家“两山”基地建设指标尚未录入')
  })

  it('shows the reason of a return', async () => {
    const wrapper = await mountReport(report({ state: 'RETURNED', returnReason: '请补充重点项目进展', text: '旧文' }))
    expect(wrapper.get('[data-testid="report-return-reason"]').text()).toContain('请补充重点项目进展')
  })

  it('does not submit a report without its text', async () => {
    const wrapper = await mountReport(report())
    await wrapper.get('[data-testid="procedure-act"]').trigger('click')
    await settle()
    await flushPromises()
    expect(api.actOnReport).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="report-text-error"]').text()).toBe('请先填写报告正文')
  })

  it('saves the text, then submits after confirmation with the version it read', async () => {
    const written = report({ text: '演示：年度工作总结。', version: 3 })
    vi.mocked(api.writeReport).mockResolvedValue(written)
    vi.mocked(api.actOnReport).mockResolvedValue(frozen)
    const wrapper = await mountReport(report())
    const box = document.querySelector('[data-testid="report-text"]')
    const input = (box?.querySelector('textarea') ?? box) as HTMLTextAreaElement
    input.value = '演示：年度工作总结。'
    input.dispatchEvent(new Event('input'))
    await settle(2)
    await wrapper.get('[data-testid="report-save"]').trigger('click')
    await settle()
    await flushPromises()
    expect(api.writeReport).toHaveBeenCalledWith(7, { text: '演示：年度工作总结。', progress: null, version: 2 })

    await wrapper.get('[data-testid="procedure-act"]').trigger('click')
    await confirmDialog()
    expect(api.actOnReport).toHaveBeenCalledWith(7, 3, expect.objectContaining({ action: 'ACT', stepCode: 'SUBMIT' }))
    expect(wrapper.get('[data-testid="report-state"]').text()).toBe('审核中')
  })
})
