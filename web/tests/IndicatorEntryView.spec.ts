import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
  getEdition: vi.fn(),
  getIndicatorYear: vi.fn(),
  saveIndicatorValue: vi.fn(),
  transitionIndicatorYear: vi.fn(),
  listEvidence: vi.fn(async () => ({ content: [], page: 0, size: 10, totalElements: 0, linked: 0 })),
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
// issue 14 §2 (s15-overview): the confirmer reviews through the review bar
vi.mock('@/api/indicatorReview', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicatorReview')>()),
  getReview: vi.fn().mockRejectedValue(new Error('no review in this test')),
  confirmYear: vi.fn(),
  returnYear: vi.fn(),
}))
import * as reviewApi from '@/api/indicatorReview'

import * as indicatorApi from '@/api/indicator'
import * as regionApi from '@/api/region'
import * as unitApi from '@/api/constructionUnit'
import type { IndicatorYear } from '@/api/indicator'
import type { Me } from '@/api/types'
import IndicatorEntryView from '@/views/indicator/IndicatorEntryView.vue'
import UnitSelect from '@/views/indicator/UnitSelect.vue'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'
import { i18n } from '@/locales'
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

describe('indicator entry: loading and layout', () => {
  it("loads the user's own region by default with the edition and year from the query", async () => {
    await mountEntry(indicatorYear({ mayEdit: true }))
    expect(indicatorApi.getIndicatorYear).toHaveBeenCalledWith({ edition: 'GZ-2MI', region: '152502', year: 2024 })
  })

  it('opens the region and year given in the query (as the inbox link does)', async () => {
    await mountEntry(indicatorYear({ regionCode: '152501' }), makeMe('PREFECTURE_STAFF'), {
      edition: 'GZ-2MI',
      region: '152501',
      year: '2023',
    })
    expect(indicatorApi.getIndicatorYear).toHaveBeenCalledWith({ edition: 'GZ-2MI', region: '152501', year: 2023 })
    expect(regionApi.getRegion).toHaveBeenCalledWith('152501')
  })

  it("links to the year's scorecard by its deep link (issue 14 §5)", async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    expect(wrapper.get('[data-testid="entry-scorecard-link"]').attributes('href')).toBe(
      '/indicator-scorecard?edition=GZ-2MI&region=152502&year=2024',
    )
  })

  it('groups the rows by group path in collapsible sections, in edition order', async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    const sections = wrapper.findAll('.el-collapse-item')
    expect(sections.map((s) => s.get('.el-collapse-item__header').text())).toEqual([
      '构筑绿水青山 / 环境质量',
      '构筑绿水青山 / 生态保护',
      '共享金山银山 / 制度建设',
    ])
    expect(sections[0]?.find('[data-testid="indicator-row-GZ-01"]').exists()).toBe(true)
    expect(sections[0]?.find('[data-testid="indicator-row-GZ-02"]').exists()).toBe(true)
    expect(sections[2]?.find('[data-testid="indicator-row-GZ-12"]').exists()).toBe(true)
  })

  it('shows number, name, unit, target hint and the 口径待定 tag only on uncertain rows', async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    const forest = wrapper.get('[data-testid="indicator-row-GZ-07"]').text()
    expect(forest).toContain('7')
    expect(forest).toContain('森林覆盖率')
    expect(forest).toContain('%')
    expect(forest).toContain('山区≥60%，丘陵区≥40%')
    expect(forest).toContain('口径待定')
    expect(wrapper.get('[data-testid="indicator-row-GZ-01"]').text()).not.toContain('口径待定')
    expect(wrapper.get('[data-testid="indicator-row-GZ-01"]').text()).toContain('μg/m³')
  })

  it('picks the input by value type in each row', async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    expect(button(wrapper, 'indicator-input-GZ-01').attributes('data-input-kind')).toBe('number')
    expect(button(wrapper, 'indicator-input-GZ-02').attributes('data-input-kind')).toBe('percentage')
    expect(button(wrapper, 'indicator-input-GZ-12').attributes('data-input-kind')).toBe('yesNo')
  })

  it('marks an incomplete edition with 不完整 in the edition list', async () => {
    const wrapper = await mountEntry(indicatorYear(), county, { edition: 'ECO-CITY-2024', year: '2024' })
    expect(wrapper.get('[data-testid="indicator-edition-incomplete"]').text()).toBe('不完整')
  })

  it('does not mark a complete edition', async () => {
    const wrapper = await mountEntry(indicatorYear())
    expect(has(wrapper, 'indicator-edition-incomplete')).toBe(false)
  })
})

describe('indicator entry: state and flags', () => {
  it.each([
    ['OPEN', '填报中'],
    ['SUBMITTED', '已上报'],
    ['RETURNED', '已退回'],
    ['CONFIRMED', '已确认'],
  ] as const)('shows the state %s as %s', async (state, label) => {
    const wrapper = await mountEntry(indicatorYear({ state }))
    expect(button(wrapper, 'indicator-state').text()).toBe(label)
  })

  it('shows the return reason of a returned year', async () => {
    const wrapper = await mountEntry(indicatorYear({ state: 'RETURNED', reason: '森林覆盖率数据来源不明', mayEdit: true }))
    const reason = wrapper.get('[data-testid="indicator-reason"]').text()
    expect(reason).toContain('退回原因')
    expect(reason).toContain('森林覆盖率数据来源不明')
  })

  it('offers editing, saving and the submission when mayEdit is set and the run offers the subject\'s act', async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true, run: confirmationRun([MOVES.submit]) }))
    expect(has(wrapper, 'procedure-act-form-SUBMIT')).toBe(true)
    expect(button(wrapper, 'procedure-act').text()).toBe('办理：填报并上报指标数据')
    expect(has(wrapper, 'procedure-opinion')).toBe(false) // the submission's endpoint takes no opinion
    expect(has(wrapper, 'indicator-save-GZ-01')).toBe(true)
    expect(has(wrapper, 'procedure-act-form-CONFIRM')).toBe(false)
    expect(has(wrapper, 'procedure-return')).toBe(false)
    expect(has(wrapper, 'procedure-reopen')).toBe(false)
    expect(button(wrapper, 'indicator-input-GZ-01').attributes('disabled')).toBeUndefined()
  })

  it('shows the approver a review bar (confirm, return) with read-only rows and no read-only notice', async () => {
    const wrapper = await mountEntry(
      indicatorYear({ state: 'SUBMITTED', run: confirmationRun([MOVES.confirm, MOVES.return], { currentStepCode: 'CONFIRM' }) }),
      makeMe('PREFECTURE_STAFF'),
      { edition: 'GZ-2MI', region: '152502', year: '2024' },
    )
    expect(has(wrapper, 'indicator-review-bar')).toBe(true)
    expect(button(wrapper, 'indicator-review-confirm').text()).toBe('确认')
    expect(button(wrapper, 'indicator-review-return').text()).toBe('退回')
    expect(has(wrapper, 'procedure-act')).toBe(false)
    expect(has(wrapper, 'indicator-save-GZ-01')).toBe(false)
    expect(button(wrapper, 'indicator-input-GZ-01').attributes('disabled')).toBeDefined()
    expect(has(wrapper, 'indicator-readonly')).toBe(false)
  })

  it('follows the run, not the role: a county user offered nothing gets no button', async () => {
    const wrapper = await mountEntry(indicatorYear({ state: 'SUBMITTED', run: confirmationRun([], { currentStepCode: 'CONFIRM' }) }))
    for (const testId of ['procedure-act', 'procedure-return', 'procedure-reopen', 'indicator-save-GZ-01']) {
      expect(has(wrapper, testId), testId).toBe(false)
    }
    expect(has(wrapper, 'procedure-no-action')).toBe(true)
  })

  it('shows no confirmation panel before the year has a run (no value yet)', async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    expect(has(wrapper, 'procedure-panel')).toBe(false)
    expect(has(wrapper, 'indicator-save-GZ-01')).toBe(true)
  })

  it('offers 重新打开 only when the run offers it to the confirmer', async () => {
    const wrapper = await mountEntry(
      indicatorYear({ state: 'CONFIRMED', run: confirmationRun([MOVES.reopen], { state: 'FINISHED', currentStepCode: null }) }),
      makeMe('PREFECTURE_STAFF'),
    )
    expect(button(wrapper, 'procedure-reopen').text()).toBe('重新打开')
    expect(has(wrapper, 'procedure-act')).toBe(false)
  })
})

describe('indicator entry: saving values', () => {
  it('saves a new value with PUT, without reason or version', async () => {
    vi.mocked(indicatorApi.saveIndicatorValue).mockResolvedValue(storedValue({ indicator: 'GZ-02', value: 62.5 }))
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    await wrapper.get('[data-testid="indicator-input-GZ-02"]').setValue('62.5')
    await wrapper.get('[data-testid="indicator-source-GZ-02"]').setValue('2024年统计年鉴')
    await button(wrapper, 'indicator-save-GZ-02').trigger('click')
    await settle()
    await flushPromises()
    expect(indicatorApi.saveIndicatorValue).toHaveBeenCalledWith(
      { edition: 'GZ-2MI', region: '152502', year: 2024 },
      'GZ-02',
      { value: 62.5, flag: null, parts: null, source: '2024年统计年鉴', note: '' },
    )
  })

  it('sends the flag of a yes/no indicator', async () => {
    vi.mocked(indicatorApi.saveIndicatorValue).mockResolvedValue(storedValue({ indicator: 'GZ-12', flag: true }))
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    const yes = wrapper.get('[data-testid="indicator-input-GZ-12"]').findAll('input[type="radio"]')[0]
    if (!yes) throw new Error('no radio')
    await yes.setValue(true)
    await button(wrapper, 'indicator-save-GZ-12').trigger('click')
    await settle()
    expect(indicatorApi.saveIndicatorValue).toHaveBeenCalledWith(
      expect.anything(),
      'GZ-12',
      expect.objectContaining({ value: null, flag: true }),
    )
  })

  it('refuses a percentage above 100 beside the field without calling the server', async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    await wrapper.get('[data-testid="indicator-input-GZ-02"]').setValue('120')
    await button(wrapper, 'indicator-save-GZ-02').trigger('click')
    await settle()
    expect(indicatorApi.saveIndicatorValue).not.toHaveBeenCalled()
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="indicator-row-GZ-02"]').text()).toContain('百分比须在0至100之间'),
    )
  })

  it("shows the server's field error beside the field", async () => {
    vi.mocked(indicatorApi.saveIndicatorValue).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '数据来源过长',
        fieldErrors: { source: '数据来源不能超过300个字符' },
      }),
    )
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    await wrapper.get('[data-testid="indicator-input-GZ-01"]').setValue('30')
    await button(wrapper, 'indicator-save-GZ-01').trigger('click')
    await settle()
    await flushPromises()
    const row = wrapper.get('[data-testid="indicator-row-GZ-01"]')
    await vi.waitFor(() => expect(row.text()).toContain('数据来源不能超过300个字符'))
    expect(wrapper.get('[data-testid="indicator-row-GZ-02"]').text()).not.toContain('数据来源不能超过300个字符')
  })

  it('asks for a change reason when the value exists, and sends it with the version read', async () => {
    const existing = storedValue({ indicator: 'GZ-01', value: 31, version: 3, source: '监测站' })
    vi.mocked(indicatorApi.saveIndicatorValue).mockResolvedValue({ ...existing, value: 29, version: 4 })
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true, values: [existing] }))
    expect((wrapper.get('[data-testid="indicator-input-GZ-01"]').element as HTMLInputElement).value).toBe('31')
    await wrapper.get('[data-testid="indicator-input-GZ-01"]').setValue('29')
    await button(wrapper, 'indicator-save-GZ-01').trigger('click')
    await settle()
    expect(indicatorApi.saveIndicatorValue).not.toHaveBeenCalled()

    bodyGet('indicator-change-reason-save').click()
    await settle()
    expect(indicatorApi.saveIndicatorValue).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(document.body.textContent).toContain('请填写原因'))

    await typeInto(bodyGet('indicator-change-reason'), '监测数据复核更正')
    bodyGet('indicator-change-reason-save').click()
    await settle()
    await flushPromises()
    expect(indicatorApi.saveIndicatorValue).toHaveBeenCalledWith(
      { edition: 'GZ-2MI', region: '152502', year: 2024 },
      'GZ-01',
      { value: 29, flag: null, parts: null, source: '监测站', note: '', reason: '监测数据复核更正', version: 3 },
    )
  })
})

describe('indicator entry: submit, confirm, return, reopen through the procedure panel', () => {
  it('submits the year through its own endpoint and shows the new state', async () => {
    vi.mocked(indicatorApi.transitionIndicatorYear).mockResolvedValue(
      indicatorYear({
        state: 'SUBMITTED',
        submittedBy: '张三',
        submittedAt: '2025-03-02T02:00:00Z',
        run: confirmationRun([], { currentStepCode: 'CONFIRM' }),
      }),
    )
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true, run: confirmationRun([MOVES.submit]) }))
    await button(wrapper, 'procedure-act').trigger('click')
    await settle()
    await flushPromises()
    expect(indicatorApi.transitionIndicatorYear).toHaveBeenCalledWith(
      { edition: 'GZ-2MI', region: '152502', year: 2024 },
      'SUBMIT',
      undefined,
    )
    expect(button(wrapper, 'indicator-state').text()).toBe('已上报')
    expect(has(wrapper, 'procedure-act')).toBe(false)
    expect(has(wrapper, 'indicator-save-GZ-01')).toBe(false)
  })

  it('confirms the year from the review bar, after which the confirmer may reopen it', async () => {
    vi.mocked(reviewApi.confirmYear).mockResolvedValue(
      indicatorYear({ state: 'CONFIRMED', run: confirmationRun([MOVES.reopen], { state: 'FINISHED', currentStepCode: null }) }),
    )
    const wrapper = await mountEntry(
      indicatorYear({ state: 'SUBMITTED', run: confirmationRun([MOVES.confirm, MOVES.return], { currentStepCode: 'CONFIRM' }) }),
      makeMe('PREFECTURE_STAFF'),
      { edition: 'GZ-2MI', region: '152502', year: '2024' },
    )
    await button(wrapper, 'indicator-review-confirm').trigger('click')
    await settle()
    expect(document.body.textContent).toContain('确认后该年度的指标数值将锁定')
    bodyGet('indicator-review-confirm-ok').click()
    await settle()
    await flushPromises()
    expect(reviewApi.confirmYear).toHaveBeenCalledWith({ edition: 'GZ-2MI', region: '152502', year: 2024 }, '')
    expect(button(wrapper, 'indicator-state').text()).toBe('已确认')
    expect(has(wrapper, 'procedure-reopen')).toBe(true)
  })

  it('requires a reason to return the year from the review bar, then sends it', async () => {
    vi.mocked(reviewApi.returnYear).mockResolvedValue(
      indicatorYear({ state: 'RETURNED', reason: '请补充数据来源', run: confirmationRun([]) }),
    )
    const wrapper = await mountEntry(
      indicatorYear({ state: 'SUBMITTED', run: confirmationRun([MOVES.confirm, MOVES.return], { currentStepCode: 'CONFIRM' }) }),
      makeMe('PREFECTURE_STAFF'),
      { edition: 'GZ-2MI', region: '152502', year: '2024' },
    )
    await button(wrapper, 'indicator-review-return').trigger('click')
    await settle()
    bodyGet('indicator-review-return-ok').click()
    await settle()
    expect(reviewApi.returnYear).not.toHaveBeenCalled()

    await typeInto(bodyGet('indicator-review-reason'), '请补充数据来源')
    bodyGet('indicator-review-return-ok').click()
    await settle()
    await flushPromises()
    expect(reviewApi.returnYear).toHaveBeenCalledWith({ edition: 'GZ-2MI', region: '152502', year: 2024 }, '请补充数据来源', [])
    expect(button(wrapper, 'indicator-state').text()).toBe('已退回')
    expect(wrapper.get('[data-testid="indicator-reason"]').text()).toContain('请补充数据来源')
  })

  it('reopens a confirmed year with a reason', async () => {
    vi.mocked(indicatorApi.transitionIndicatorYear).mockResolvedValue(
      indicatorYear({ state: 'RETURNED', reason: '统计口径更正', run: confirmationRun([]) }),
    )
    const wrapper = await mountEntry(
      indicatorYear({ state: 'CONFIRMED', run: confirmationRun([MOVES.reopen], { state: 'FINISHED', currentStepCode: null }) }),
      makeMe('PREFECTURE_STAFF'),
      { edition: 'GZ-2MI', region: '152502', year: '2024' },
    )
    await button(wrapper, 'procedure-reopen').trigger('click')
    await settle()
    await typeInto(bodyGet('procedure-return-reason'), '统计口径更正')
    bodyGet('procedure-return-confirm').click()
    await settle()
    await flushPromises()
    expect(indicatorApi.transitionIndicatorYear).toHaveBeenCalledWith(expect.anything(), 'REOPEN', '统计口径更正')
    expect(button(wrapper, 'indicator-state').text()).toBe('已退回')
  })
})

describe('indicator entry: construction units', () => {
  function unitOptions(): string[] {
    return Array.from(document.body.querySelectorAll('[data-testid^="indicator-unit-option-"]')).map((o) => o.textContent?.trim() ?? '')
  }

  it("offers 本级（地区） first and the region's own construction units", async () => {
    await mountEntry(indicatorYear({ mayEdit: true }))
    expect(unitApi.listConstructionUnits).toHaveBeenCalledWith(
      expect.objectContaining({ region: '152502', exact: true, size: 100 }),
    )
    await vi.waitFor(() => expect(unitOptions()).toEqual(['本级（地区）', '巴彦宝力格嘎查']))
  })

  it("loads the chosen unit's year and leaves the Excel round trip to the region itself", async () => {
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    expect(has(wrapper, 'indicator-excel-region-only')).toBe(false)
    vi.mocked(indicatorApi.getIndicatorYear).mockResolvedValue(
      indicatorYear({ mayEdit: true, unitId: 41, unitName: '巴彦宝力格嘎查' }),
    )
    wrapper.getComponent(UnitSelect).vm.$emit('update:modelValue', 41)
    await settle()
    await flushPromises()
    expect(indicatorApi.getIndicatorYear).toHaveBeenLastCalledWith({ edition: 'GZ-2MI', region: '152502', year: 2024, unit: 41 })
    expect(wrapper.get('[data-testid="indicator-excel-region-only"]').text()).toContain('仅适用于本级（地区）数据')
  })

  it('opens the unit given in the query (as the inbox link does) and saves and submits for it', async () => {
    vi.mocked(indicatorApi.saveIndicatorValue).mockResolvedValue(storedValue({ indicator: 'GZ-02', value: 70 }))
    vi.mocked(indicatorApi.transitionIndicatorYear).mockResolvedValue(indicatorYear({ state: 'SUBMITTED', unitId: 41 }))
    const year = indicatorYear({ mayEdit: true, run: confirmationRun([MOVES.submit]), unitId: 41, unitName: '巴彦宝力格嘎查' })
    const wrapper = await mountEntry(year, county, {
      edition: 'GZ-2MI',
      region: '152502',
      year: '2024',
      unit: '41',
    })
    const key = { edition: 'GZ-2MI', region: '152502', year: 2024, unit: 41 }
    expect(indicatorApi.getIndicatorYear).toHaveBeenCalledWith(key)
    await wrapper.get('[data-testid="indicator-input-GZ-02"]').setValue('70')
    await button(wrapper, 'indicator-save-GZ-02').trigger('click')
    await settle()
    await flushPromises()
    expect(indicatorApi.saveIndicatorValue).toHaveBeenCalledWith(key, 'GZ-02', expect.objectContaining({ value: 70 }))
    await button(wrapper, 'procedure-act').trigger('click')
    await settle()
    await flushPromises()
    expect(indicatorApi.transitionIndicatorYear).toHaveBeenCalledWith(key, 'SUBMIT', undefined)
  })

  it("names the unit from the server's answer for a role that cannot list units", async () => {
    await mountEntry(
      indicatorYear({ state: 'SUBMITTED', unitId: 41, unitName: '巴彦宝力格嘎查' }),
      makeMe('DIVISION_REVIEWER', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } }),
      { edition: 'GZ-2MI', region: '152502', year: '2024', unit: '41' },
    )
    expect(unitApi.listConstructionUnits).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(unitOptions()).toEqual(['本级（地区）', '巴彦宝力格嘎查']))
  })
})

describe('indicator entry: evidence', () => {
  it('offers 佐证材料 on every row and lists the evidence of saved values only, with the unit', async () => {
    await mountEntry(
      indicatorYear({ unitId: 41, mayEdit: true, values: [storedValue({ indicator: 'GZ-01', value: 31 })] }),
      county,
      { edition: 'GZ-2MI', year: '2024', unit: '41' },
    )
    expect(document.querySelector('[data-testid="evidence-open-GZ-01"]')?.textContent).toContain('佐证材料(0)')
    expect(document.querySelector('[data-testid="evidence-open-GZ-02"]')).not.toBeNull()
    expect(indicatorApi.listEvidence).toHaveBeenCalledTimes(1)
    expect(indicatorApi.listEvidence).toHaveBeenCalledWith(
      { edition: 'GZ-2MI', region: '152502', year: 2024, unit: 41 },
      'GZ-01',
      0,
      10,
      expect.objectContaining({ q: '' }),
    )
  })
})

describe("indicator entry: a return's comments beside their rows (issue 14 §2)", () => {
  afterEach(() => {
    vi.mocked(reviewApi.getReview).mockRejectedValue(new Error('no review in this test'))
  })

  it("shows the county each comment beside its indicator's row with who returned and when, the reason above", async () => {
    vi.mocked(reviewApi.getReview).mockResolvedValue({
      edition: 'GZ-2MI',
      regionCode: '152502',
      unitId: null,
      year: 2024,
      state: 'RETURNED',
      version: 6,
      latest: {
        action: 'RETURN',
        opinion: '请核实后重新上报',
        comments: [{ indicator: 'GZ-02', comment: '来源与统计年鉴不一致' }],
        decidedBy: '李四',
        decidedAt: '2025-03-01T02:00:00Z',
      },
      history: [],
    })
    const wrapper = await mountEntry(
      indicatorYear({ state: 'RETURNED', reason: '请核实后重新上报', mayEdit: true, run: confirmationRun([MOVES.submit]) }),
    )
    const row = wrapper.get('[data-testid="indicator-row-GZ-02"]')
    const comment = row.get('[data-testid="indicator-row-comment-GZ-02"]').text()
    expect(comment).toContain('来源与统计年鉴不一致')
    expect(comment).toContain('李四')
    expect(comment).toContain('2025')
    expect(wrapper.find('[data-testid="indicator-row-GZ-01"] [data-testid^="indicator-row-comment-"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="indicator-reason"]').text()).toContain('请核实后重新上报')
    // the panel above no longer repeats the comment: it points at the rows
    expect(wrapper.get('[data-testid="indicator-review-comments"]').text()).not.toContain('来源与统计年鉴不一致')
  })

  it('lets the reviewer type a comment beside a row, shows it in the return dialog and sends it with the return', async () => {
    vi.mocked(reviewApi.returnYear).mockResolvedValue(indicatorYear({ state: 'RETURNED', reason: '请核实', run: confirmationRun([]) }))
    const wrapper = await mountEntry(
      indicatorYear({ state: 'SUBMITTED', run: confirmationRun([MOVES.confirm, MOVES.return], { currentStepCode: 'CONFIRM' }) }),
      makeMe('PREFECTURE_STAFF'),
      { edition: 'GZ-2MI', region: '152502', year: '2024' },
    )
    await button(wrapper, 'indicator-row-draft-open-GZ-02').trigger('click')
    await settle()
    await typeInto(wrapper.get('input[data-testid="indicator-row-draft-GZ-02"]').element as HTMLInputElement, '来源不一致')
    expect(wrapper.get('[data-testid="indicator-review-drafted"]').text()).toContain('1')

    await button(wrapper, 'indicator-review-return').trigger('click')
    await settle()
    const dialogText = document.body.querySelector<HTMLInputElement>('input[data-testid="indicator-review-comment-text-0"]')!
    expect(dialogText.value).toBe('来源不一致')
    await typeInto(bodyGet('indicator-review-reason'), '请核实')
    bodyGet('indicator-review-return-ok').click()
    await settle()
    await flushPromises()
    expect(reviewApi.returnYear).toHaveBeenCalledWith({ edition: 'GZ-2MI', region: '152502', year: 2024 }, '请核实', [
      { indicator: 'GZ-02', comment: '来源不一致' },
    ])
  })
})

describe('indicator entry in English: group headings and targets (issue 14 §8)', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN'
    vi.mocked(indicatorApi.getEdition).mockResolvedValue(guizhouDetail)
  })

  it("heads a group with the platform's English path, quotes a group named only in Chinese, and labels targets as quotations", async () => {
    vi.mocked(indicatorApi.getEdition).mockResolvedValue({
      ...guizhouDetail,
      indicators: guizhouDetail.indicators.map((i) =>
        i.group === '构筑绿水青山 / 环境质量' ? { ...i, groupEn: 'Build lucid waters and lush mountains / Environmental quality' } : i,
      ),
    })
    i18n.global.locale.value = 'en'
    const wrapper = await mountEntry(indicatorYear({ mayEdit: true }))
    const headings = wrapper.findAll('.el-collapse-item__header').map((h) => h.text())
    expect(headings).toContain('Build lucid waters and lush mountains / Environmental quality')
    expect(headings.join('|')).not.toContain('构筑绿水青山 / 环境质量')
    expect(headings).toContain('构筑绿水青山 / 生态保护 (group name quoted from the edition, in Chinese)')
    expect(wrapper.get('[data-testid="indicator-target-GZ-02"]').text()).toBe('Source text (Chinese): 超过当年度全省平均水平')
  })
})
