import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/supervision', async (original) => ({
  ...(await original<typeof import('@/api/supervision')>()),
  getCheck: vi.fn(),
  addFinding: vi.fn(),
  removeFinding: vi.fn(),
  conclude: vi.fn(),
  uploadEvidence: vi.fn(),
  listCheckEvidence: vi.fn(async () => ({ content: [], page: 0, size: 10, totalElements: 0 })),
}))

import * as api from '@/api/supervision'
import type { CheckView } from '@/api/supervision'
import type { Role } from '@/api/types'
import CheckDetailView from '@/views/supervision/CheckDetailView.vue'
import { conclusionErrors } from '@/views/supervision/supervisionLogic'
import { run } from './procedureFixtures'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

function check(overrides: Partial<CheckView> = {}): CheckView {
  return {
    check: {
      id: 12,
      titleId: 3,
      regionCode: '150202',
      regionName: '东河区',
      subjectName: '东河区',
      programme: 'ECO_CIVILIZATION_ZONE',
      checkCode: 'SITE_CHECK_2Y',
      kind: 'SITE_CHECK',
      regulationCode: 'im-ecociv-2022',
      regulationVersion: 3,
      namedOn: '2024-02-29',
      anniversaryOn: '2026-02-28',
      dueOn: '2026-02-28',
      openedOn: '2026-02-28',
      state: 'OPEN',
      problemsFound: null,
      concludedOn: null,
      runId: 5,
      version: 1,
    },
    rule: { textZh: '对获得称号满2年的地区开展现场核查', article: '第十九条', uncertain: false, noteZh: null, delayDays: null },
    editionCode: 'ECOCIV-CITY-2024',
    editionNote: null,
    checklist: {
      edition: 'ECOCIV-CITY-2024',
      editionTitle: '生态文明建设示范区（市）建设指标',
      editionComplete: false,
      regionCode: '150202',
      regionName: '东河区',
      year: 2025,
      rows: [
        {
          code: 'T1',
          number: 1,
          group: null,
          name: '生态文明建设规划',
          unit: null,
          binding: 'REFERENCE',
          valueType: 'YES_NO',
          targetText: '制定实施',
          appliedTarget: '制定实施',
          value: null,
          flag: true,
          status: 'MET',
          gap: null,
          reason: null,
          uncertain: false,
        },
      ],
      summary: { met: 1, applicable: 1, notMet: 0, noData: 0, needsJudgement: 0, bindingNotMet: [], score: 100, scoreMethod: 'SHARE_MET', scoreNote: null },
    },
    index: [],
    projects: [],
    findings: [{ id: 4, indicatorCode: 'T1', textZh: '规划未按期修编', recordedBy: 'im.staff', recordedAt: '2026-03-01T02:00:00Z' }],
    evidenceCount: 0,
    conclusion: null,
    rectification: { workingDays: 60, article: '第十八条', uncertain: true, noteZh: '规程未规定整改期限' },
    run: run({ currentStepCode: 'CHECK', allowedActions: [] }),
    mayRecord: true,
    ...overrides,
  } as CheckView
}

async function mountPage(shown: CheckView, role: Role = 'PROVINCE_STAFF') {
  vi.mocked(api.getCheck).mockResolvedValue(shown)
  const app = createTestApp(makeMe(role, { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } }))
  await app.router.push({ name: 'supervision-check', params: { id: String(shown.check.id) } })
  const wrapper = mount(CheckDetailView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function byTestId(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
}

describe('the check page', () => {
  it('shows the checklist of the edition in force with the findings on their rows', async () => {
    const wrapper = await mountPage(check())
    expect(api.getCheck).toHaveBeenCalledWith(12)
    expect(wrapper.get('[data-testid="check-edition"]').text()).toContain('ECOCIV-CITY-2024')
    expect(wrapper.get('[data-testid="checklist"]').text()).toContain('2025年指标值')
    expect(wrapper.get('[data-testid="checklist"]').text()).toContain('规划未按期修编')
    expect(wrapper.get('[data-testid="check-rule"]').text()).toContain('第十九条')
  })

  it('says so when the regulation names no edition for the level, with the data note', async () => {
    const wrapper = await mountPage(check({ editionCode: null, checklist: null, editionNote: '暂无指标版本' }))
    expect(wrapper.get('[data-testid="check-no-edition"]').text()).toContain('暂无指标版本')
  })

  it('shows the uncertain timing of a post-evaluation with its note', async () => {
    const shown = check({
      rule: { textZh: '适时组织开展后评估', article: '第二十二条', uncertain: true, noteZh: '“适时”：规程未规定具体时间', delayDays: 10 },
    })
    shown.check.kind = 'POST_EVALUATION'
    const wrapper = await mountPage(shown)
    expect(wrapper.find('[data-testid="check-rule-uncertain"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="check-rule"]').text()).toContain('规程未规定具体时间')
    expect(wrapper.get('[data-testid="check-rule"]').text()).toContain('推迟 10 天')
    expect(wrapper.find('[data-testid="index"]').exists()).toBe(true)
  })

  it('records the conclusion only after the confirmation, with the suggested period', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    const done = check({
      conclusion: { problemsFound: true, falsificationFound: false, rectificationWorkingDays: 60, textZh: '限期整改', concludedOn: '2026-03-02', concludedBy: 'im.staff' },
      mayRecord: false,
    })
    vi.mocked(api.conclude).mockResolvedValue(done)
    const wrapper = await mountPage(check())
    await wrapper.get('[data-testid="conclude-open"]').trigger('click')
    await settle()
    expect(byTestId('conclusion-days-note')).toBeNull()
    byTestId('conclusion-problems-yes')?.querySelector('input')?.click()
    await settle()
    expect(byTestId('conclusion-days-note')?.textContent).toContain('60')
    const text = byTestId('conclusion-text') as HTMLTextAreaElement | null
    const area = text?.tagName === 'TEXTAREA' ? text : text?.querySelector('textarea')
    area!.value = '台账资料不完整，限期整改'
    area!.dispatchEvent(new Event('input'))
    await settle()
    byTestId('conclusion-submit')?.click()
    await settle()
    await flushPromises()
    expect(confirm).toHaveBeenCalledOnce()
    expect(api.conclude).toHaveBeenCalledWith(12, {
      problemsFound: true,
      falsificationFound: false,
      rectificationWorkingDays: 60,
      textZh: '台账资料不完整，限期整改',
      version: 1,
    })
    expect(wrapper.get('[data-testid="conclusion-recorded"]').text()).toContain('60')
  })

  it('sends nothing when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountPage(check())
    await wrapper.get('[data-testid="conclude-open"]').trigger('click')
    await settle()
    byTestId('conclusion-problems-no')?.querySelector('input')?.click()
    const text = byTestId('conclusion-text')
    const area = text?.tagName === 'TEXTAREA' ? (text as HTMLTextAreaElement) : text?.querySelector('textarea')
    area!.value = '未发现问题'
    area!.dispatchEvent(new Event('input'))
    await settle()
    byTestId('conclusion-submit')?.click()
    await settle()
    await flushPromises()
    expect(api.conclude).not.toHaveBeenCalled()
  })

  it('offers no recording to a reader who may not record', async () => {
    const wrapper = await mountPage(check({ mayRecord: false }), 'COUNTY_GOVERNMENT')
    expect(wrapper.find('[data-testid="conclude-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="finding-add"]').exists()).toBe(false)
  })
})

describe('the conclusion form', () => {
  it('needs the answer and the text, and a period of 1 to 365 working days', () => {
    expect(conclusionErrors({ problemsFound: null, falsificationFound: false, rectificationWorkingDays: null, textZh: ' ' })).toEqual({
      problemsFound: 'supervision.choose',
      textZh: 'supervision.required',
    })
    expect(conclusionErrors({ problemsFound: true, falsificationFound: false, rectificationWorkingDays: 0, textZh: 'x' })).toEqual({
      rectificationWorkingDays: 'supervision.daysRange',
    })
    expect(conclusionErrors({ problemsFound: false, falsificationFound: false, rectificationWorkingDays: 0, textZh: 'x' })).toEqual({})
  })
})
