import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { ElMessageBox } from 'element-plus'

vi.mock('@/api/enforcement', async (original) => ({
  ...(await original<typeof import('@/api/enforcement')>()),
  decideProposal: vi.fn(),
}))

import * as api from '@/api/enforcement'
import { decisionProblem, type ProposalView } from '@/api/enforcement'
import DecisionDialog from '@/views/enforcement/DecisionDialog.vue'
import { indicatorSeries, recordLink, records, series } from '@/views/enforcement/enforcementLogic'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function proposal(over: Partial<ProposalView> = {}): ProposalView {
  return {
    id: 5,
    titleId: 3,
    candidacyId: 9,
    regionCode: '520122',
    regionName: '息烽县',
    subjectName: '息烽县人民政府',
    programme: 'TWO_MOUNTAINS_BASE',
    regulationCode: 'GZ-TWOMTN-2021',
    regulationVersion: 4,
    sanctionCode: 'RECTIFICATION_FAILED',
    sanctionText: '后评估要求整改，但未能有效完成的',
    article: '第二十四条（6）',
    noteZh: null,
    allowed: ['WARNING', 'REVOCATION'],
    options: [
      { measure: 'WARNING', body: 'PROVINCE_DEPARTMENT', textZh: '警告', article: '第二十四条', suggestedWorkingDays: 30, periodNote: '设定前按建议值30个工作日计。' },
      { measure: 'REVOCATION', body: 'PROVINCE_DEPARTMENT', textZh: '撤销称号', article: '第二十四条', suggestedWorkingDays: null, periodNote: null },
    ],
    state: 'OPEN',
    measure: null,
    severity: null,
    reason: null,
    decidingBody: null,
    documentNumber: null,
    decidedBy: null,
    decidedAt: null,
    openedAt: '2026-09-29T04:00:00Z',
    rectificationId: 11,
    evidence: [],
    run: null,
    version: 2,
    ...over,
  }
}

async function openDialog(p: ProposalView = proposal()) {
  const app = createTestApp(makeMe('PROVINCE_STAFF'))
  const open = ref(true)
  const done = vi.fn()
  const stale = vi.fn()
  const Host = defineComponent({
    setup: () => () =>
      h(DecisionDialog, {
        modelValue: open.value,
        'onUpdate:modelValue': (v: boolean) => (open.value = v),
        proposal: p,
        onDone: done,
        onStale: stale,
      }),
  })
  const wrapper = mount(Host, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  return { wrapper, done, stale }
}

function last(testid: string): HTMLElement {
  return [...document.querySelectorAll(`[data-testid="${testid}"]`)].pop() as HTMLElement
}

function type(testid: string, text: string): void {
  const found = last(testid)
  const input = (found.matches('input, textarea') ? found : found.querySelector('input, textarea')) as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
}

function choose(testid: string): void {
  const radio = last(testid).querySelector('input') as HTMLInputElement
  radio.click()
}

describe('the decision dialog', () => {
  it('offers only the allowed measures, shows the suggested period with its note, and sends nothing without severity', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    await openDialog()
    expect(document.querySelector('[data-testid="decision-measure-RECTIFICATION"]')).toBeNull()
    expect(last('decision-measure-WARNING')).toBeTruthy()
    expect(last('decision-period-note').textContent).toContain('30')
    expect(last('decision-period-note').textContent).toContain('设定前按建议值30个工作日计。')

    last('decision-save').click()
    await flushPromises()
    await settle()
    expect(confirm).not.toHaveBeenCalled()
    expect(api.decideProposal).not.toHaveBeenCalled()
  })

  it('needs a reason to dismiss, then confirms before it sends the dismissal', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    vi.mocked(api.decideProposal).mockResolvedValue(proposal({ state: 'DISMISSED', reason: '经核查已整改' }))
    const { done } = await openDialog()
    choose('decision-measure-dismiss')
    await settle()
    last('decision-save').click()
    await flushPromises()
    expect(api.decideProposal).not.toHaveBeenCalled()

    type('decision-reason', ' 经核查已整改 ')
    await settle()
    last('decision-save').click()
    await flushPromises()
    await settle()
    expect(confirm).toHaveBeenCalledOnce()
    expect(api.decideProposal).toHaveBeenCalledWith(5, {
      version: 2,
      measure: null,
      severity: null,
      reason: '经核查已整改',
      workingDays: null,
      documentNumber: null,
    })
    expect(done).toHaveBeenCalledOnce()
  })

  it('sends nothing when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    await openDialog()
    choose('decision-measure-dismiss')
    type('decision-reason', '理由')
    await settle()
    last('decision-save').click()
    await flushPromises()
    expect(api.decideProposal).not.toHaveBeenCalled()
  })

  it('asks the page to reload when someone else decided first', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    vi.mocked(api.decideProposal).mockRejectedValue(
      new ApiError({ status: 409, code: 'stale', title: null, detail: '请刷新', fieldErrors: {} }),
    )
    const { stale, done } = await openDialog()
    choose('decision-measure-dismiss')
    type('decision-reason', '理由')
    await settle()
    last('decision-save').click()
    await flushPromises()
    expect(stale).toHaveBeenCalledOnce()
    expect(done).not.toHaveBeenCalled()
  })
})

describe('the decision rules and the evidence', () => {
  it('needs a reason to dismiss, a severity to act, and a period of 1 to 250 working days', () => {
    expect(decisionProblem({ measure: null, severity: null, reason: ' ', workingDays: null })).toBe('reason')
    expect(decisionProblem({ measure: 'WARNING', severity: null, reason: null, workingDays: null })).toBe('severity')
    expect(decisionProblem({ measure: 'WARNING', severity: 'MINOR', reason: null, workingDays: 0 })).toBe('workingDays')
    expect(decisionProblem({ measure: 'WARNING', severity: 'MINOR', reason: null, workingDays: 30 })).toBeNull()
  })

  it('reads the series by year and links register records to their register', () => {
    const points = series([
      { source: 'SERIES', recordId: 1, kind: 'STABLE', summary: null, occurredOn: null, year: 2025, value: 0 },
      { source: 'SERIES', recordId: 2, kind: 'WORSE', summary: null, occurredOn: null, year: 2024, value: 1 },
      { source: 'REGISTER', recordId: 3, kind: 'ECO_QUALITY', summary: 'x', occurredOn: '2026-01-01', year: null, value: null },
    ])
    expect(points).toEqual([
      { year: 2024, value: 1 },
      { year: 2025, value: 0 },
    ])
    expect(recordLink({ source: 'REGISTER', recordId: 3, kind: 'INCIDENT', summary: null, occurredOn: null, year: null, value: null })).toBe(
      '/registers/INCIDENT/3',
    )
  })

  it('groups the confirmed values by indicator, years ascending, and keeps only the explanation among the records', () => {
    const evidence = [
      { source: 'INDICATOR' as const, recordId: null, kind: 'GZ-03', summary: '地表水（%）：倒退', occurredOn: null, year: null, value: null },
      { source: 'INDICATOR' as const, recordId: null, kind: 'GZ-03', summary: '地表水（%）', occurredOn: null, year: 2025, value: 60 },
      { source: 'INDICATOR' as const, recordId: null, kind: 'GZ-03', summary: '地表水（%）', occurredOn: null, year: 2023, value: 70 },
      { source: 'INDICATOR' as const, recordId: null, kind: 'GZ-04', summary: '地下水（%）', occurredOn: null, year: 2023, value: 50 },
    ]
    expect(indicatorSeries(evidence)).toEqual([
      { code: 'GZ-03', name: '地表水（%）', points: [{ year: 2023, value: 70 }, { year: 2025, value: 60 }] },
      { code: 'GZ-04', name: '地下水（%）', points: [{ year: 2023, value: 50 }] },
    ])
    expect(records(evidence).map((e) => e.summary)).toEqual(['地表水（%）：倒退'])
    expect(series(evidence)).toEqual([])
  })
})
