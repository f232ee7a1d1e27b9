import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
  getEdition: vi.fn(),
  getIndicatorYear: vi.fn(),
  saveIndicatorValue: vi.fn(),
  transitionIndicatorYear: vi.fn(),
  listEvidence: vi.fn(async () => ({ content: [], page: 0, size: 10, totalElements: 0 })),
}))
vi.mock('@/api/region', () => ({
  listProvinces: vi.fn(),
  listChildren: vi.fn(),
  getRegion: vi.fn(),
  searchRegions: vi.fn(async () => []),
  listDescendants: vi.fn(),
  updateRegionAttributes: vi.fn(),
}))
vi.mock('@/api/constructionUnit', () => ({ listConstructionUnits: vi.fn() }))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import * as regionApi from '@/api/region'
import * as unitApi from '@/api/constructionUnit'
import type { IndicatorYear } from '@/api/indicator'
import type { Me } from '@/api/types'
import IndicatorEntryView from '@/views/indicator/IndicatorEntryView.vue'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'
import { ElMessageBox, type MessageBoxData } from 'element-plus'
import {
  MOVES,
  cityPartial,
  confirmationRun,
  constructionUnit,
  guizhou,
  guizhouDetail,
  indicatorYear,
  storedValue,
} from './indicatorFixtures'
import { page } from './identityFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())
// every irreversible act asks first (issue 14 §3): the user confirms unless a test says otherwise
beforeEach(() => {
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
})

const county = makeMe('COUNTY_GOVERNMENT', {
  organization: { id: 9, name: '锡林浩特市人民政府' },
  region: { code: '152502', name: '锡林浩特市', level: 'COUNTY' },
})

beforeEach(() => {
  // a page of the region's own units (the page asks with exact=true)
  vi.mocked(unitApi.listConstructionUnits).mockResolvedValue(page([constructionUnit({ id: 41, name: '巴彦宝力格嘎查' })]))
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([guizhou, cityPartial])
  vi.mocked(indicatorApi.getEdition).mockResolvedValue(guizhouDetail)
  vi.mocked(regionApi.getRegion).mockResolvedValue({
    code: '152502',
    name: '锡林浩特市',
    level: 'COUNTY',
    parentCode: '152500',
    functionalZone: false,
    terrain: 'UNKNOWN',
    keyEcologicalFunctionArea: false,
    grassland: null,
    coastal: null,
    hasChildren: true,
    version: 0,
    ancestors: [],
  })
})

async function mountEntry(
  year: IndicatorYear,
  me: Me = county,
  query: Record<string, string> = { edition: 'GZ-2MI', year: '2024' },
): Promise<VueWrapper> {
  vi.mocked(indicatorApi.getIndicatorYear).mockResolvedValue(year)
  const app = createTestApp(me)
  await app.router.push({ name: 'indicator-entry', query })
  const wrapper = mount(IndicatorEntryView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function has(wrapper: VueWrapper, testId: string): boolean {
  return wrapper.find(`[data-testid="${testId}"]`).exists()
}

function button(wrapper: VueWrapper, testId: string) {
  return wrapper.get(`[data-testid="${testId}"]`)
}

/** The page's dialogs are teleported to the body. */
function bodyGet(testId: string): HTMLElement {
  const element = document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
  if (!element) throw new Error(`no ${testId}`)
  return element
}

async function typeInto(element: HTMLElement, text: string): Promise<void> {
  const input = element as HTMLInputElement | HTMLTextAreaElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await settle(2)
}


describe('indicator entry: completeness and reasons for missing values (issue 14 §2)', () => {
  it('shows 已填 x / y as the server counts it', async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true, completeness: { filled: 1, applicable: 3 } }))
    expect(button(wrapper, 'indicator-completeness').text()).toBe('已填 1 / 3')
  })

  it('asks a reason per missing indicator before submitting, refuses a blank one, and sends them', async () => {
    vi.mocked(indicatorApi.transitionIndicatorYear).mockResolvedValue(indicatorYear({ state: 'SUBMITTED' }))
    const wrapper = await mountEntry(
      indicatorYear({ mayEdit: true, run: confirmationRun([MOVES.submit]), missing: ['GZ-01', 'GZ-12'] }),
    )
    await button(wrapper, 'procedure-act').trigger('click')
    await settle()
    await flushPromises()
    expect(indicatorApi.transitionIndicatorYear).not.toHaveBeenCalled()
    expect(bodyGet('indicator-missing-GZ-01').textContent).toContain('细颗粒物年均浓度')
    expect(document.body.querySelector('[data-testid="indicator-missing-GZ-12"]')).not.toBeNull()

    await typeInto(bodyGet('indicator-missing-reason-GZ-01'), '监测站数据尚未发布')
    bodyGet('indicator-missing-submit').click()
    await settle()
    expect(indicatorApi.transitionIndicatorYear).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(bodyGet('indicator-missing-GZ-12').textContent).toContain('请填写未填报的原因'))

    await typeInto(bodyGet('indicator-missing-reason-GZ-12'), '  本年度未建立该制度 ')
    bodyGet('indicator-missing-submit').click()
    await settle()
    await flushPromises()
    expect(indicatorApi.transitionIndicatorYear).toHaveBeenCalledWith(
      { edition: 'GZ-2MI', region: '152502', year: 2024 },
      'SUBMIT',
      undefined,
      [
        { indicator: 'GZ-01', reason: '监测站数据尚未发布' },
        { indicator: 'GZ-12', reason: '本年度未建立该制度' },
      ],
    )
  })

  it('sends nothing when the reasons dialog is cancelled', async () => {
    const wrapper = await mountEntry(
      indicatorYear({ mayEdit: true, run: confirmationRun([MOVES.submit]), missing: ['GZ-01'] }),
    )
    await button(wrapper, 'procedure-act').trigger('click')
    await settle()
    await flushPromises()
    const cancel = [...bodyGet('indicator-missing-dialog').closest('.el-dialog')!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '取消',
    )
    cancel!.click()
    await settle()
    await flushPromises()
    expect(indicatorApi.transitionIndicatorYear).not.toHaveBeenCalled()
  })

  it('submits a complete year without asking', async () => {
    vi.mocked(indicatorApi.transitionIndicatorYear).mockResolvedValue(indicatorYear({ state: 'SUBMITTED' }))
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true, run: confirmationRun([MOVES.submit]), missing: [] }))
    await button(wrapper, 'procedure-act').trigger('click')
    await settle()
    await flushPromises()
    expect(indicatorApi.transitionIndicatorYear).toHaveBeenCalledWith(expect.anything(), 'SUBMIT', undefined)
  })

  it('shows the approver the reasons given for the missing indicators, by name', async () => {
    const wrapper = await mountEntry(
      indicatorYear({
        state: 'SUBMITTED',
        completeness: { filled: 10, applicable: 11 },
        missingReasons: [{ indicator: 'GZ-01', reason: '监测站数据尚未发布' }],
      }),
      makeMe('PREFECTURE_STAFF'),
    )
    const reasons = button(wrapper, 'indicator-missing-reasons').text()
    expect(reasons).toContain('1 细颗粒物年均浓度：监测站数据尚未发布')
    expect(button(wrapper, 'indicator-completeness').text()).toBe('已填 10 / 11')
  })
})

describe('indicator entry: save all (issue 14 §2)', () => {
  it('saves every changed row, keeps a failing row\'s error beside it and says how many were saved', async () => {
    vi.mocked(indicatorApi.saveIndicatorValue).mockImplementation(async (_key, code) => {
      if (code === 'GZ-02') {
        throw new ApiError({ status: 409, code: 'conflict', title: null, detail: '数据已被他人修改', fieldErrors: {} })
      }
      return storedValue({ indicator: code, value: 30 })
    })
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    expect(button(wrapper, 'indicator-save-all').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="indicator-input-GZ-01"]').setValue('30')
    await wrapper.get('[data-testid="indicator-input-GZ-02"]').setValue('62')
    await wrapper.get('[data-testid="indicator-input-GZ-07"]').setValue('130')
    expect(button(wrapper, 'indicator-save-all').text()).toContain('3')
    await button(wrapper, 'indicator-save-all').trigger('click')
    await settle()
    await flushPromises()

    expect(vi.mocked(indicatorApi.saveIndicatorValue).mock.calls.map((c) => c[1])).toEqual(['GZ-01', 'GZ-02'])
    await vi.waitFor(() =>
      expect(button(wrapper, 'indicator-save-all-result').text()).toBe('已保存 1 项，2 项未保存，原因见各行'),
    )
    expect(button(wrapper, 'indicator-row-error-GZ-02').text()).toBe('数据已被他人修改')
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="indicator-row-GZ-07"]').text()).toContain('百分比须在0至100之间'),
    )
    expect(has(wrapper, 'indicator-row-error-GZ-01')).toBe(false)
  })

  it('asks the reason once and sends it with each change of a stored value only', async () => {
    const stored = [
      storedValue({ indicator: 'GZ-01', value: 31, version: 3 }),
      storedValue({ indicator: 'GZ-02', value: 50, version: 5 }),
    ]
    vi.mocked(indicatorApi.saveIndicatorValue).mockImplementation(async (_key, code, body) =>
      storedValue({ indicator: code, value: body.value, version: 9 }),
    )
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true, state: 'RETURNED', values: stored }))
    await wrapper.get('[data-testid="indicator-input-GZ-01"]').setValue('29')
    await wrapper.get('[data-testid="indicator-input-GZ-02"]').setValue('55')
    await wrapper.get('[data-testid="indicator-input-GZ-07"]').setValue('61')
    await button(wrapper, 'indicator-save-all').trigger('click')
    await settle()
    expect(indicatorApi.saveIndicatorValue).not.toHaveBeenCalled()

    await typeInto(bodyGet('indicator-change-reason'), '按退回意见更正')
    bodyGet('indicator-change-reason-save').click()
    await settle()
    await flushPromises()
    const calls = vi.mocked(indicatorApi.saveIndicatorValue).mock.calls
    expect(calls.map((c) => [c[1], c[2].reason, c[2].version])).toEqual([
      ['GZ-01', '按退回意见更正', 3],
      ['GZ-02', '按退回意见更正', 5],
      ['GZ-07', undefined, undefined],
    ])
    await vi.waitFor(() => expect(button(wrapper, 'indicator-save-all-result').text()).toBe('已保存 3 项'))
  })
})

describe('indicator entry: who entered a value (issue 14 §2)', () => {
  it('names the organization that entered a value, not the username', async () => {
    const wrapper = await mountEntry(
      indicatorYear({
        values: [
          storedValue({ indicator: 'GZ-01', value: 31, enteredBy: 'county-clerk-7', enteredByOrganization: '集宁区生态环境分局' }),
          storedValue({ indicator: 'GZ-02', value: 60, enteredBy: '李四' }),
        ],
      }),
    )
    const entered = button(wrapper, 'indicator-entered-GZ-01').text()
    expect(entered).toContain('集宁区生态环境分局')
    expect(entered).not.toContain('county-clerk-7')
    expect(button(wrapper, 'indicator-entered-GZ-02').text()).toContain('李四')
  })
})
