import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/cases', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/cases')>()),
  createCase: vi.fn(),
  updateCase: vi.fn(),
  getCase: vi.fn(),
}))

import * as casesApi from '@/api/cases'
import type { CaseView } from '@/api/cases'
import CaseFormView from '@/views/cases/CaseFormView.vue'
import { caseCall, caseInputErrors, emptyCaseInput } from '@/views/cases/casesLogic'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const year = new Date().getFullYear()

const saved: CaseView = {
  id: 31,
  title: '正蓝旗草原生态畜牧业',
  regionCode: '152530',
  regionName: '正蓝旗',
  unitName: '上都镇',
  path: 'ECOLOGICAL_INDUSTRIALIZATION',
  programme: 'TWO_MOUNTAINS_AREA',
  regulationCode: 'XL-TWOMTN',
  regulationVersion: 2,
  year,
  story: '以草定畜。',
  results: [{ label: '牧民人均增收', value: 1.25, unit: '万元' }],
  photos: [],
  state: 'DRAFT',
  decisionReason: null,
  publishedAt: null,
  version: 0,
  editable: true,
  noteZh: null,
  criteria: [],
  reviewers: [],
  run: null,
}

async function mountForm(): Promise<{ wrapper: VueWrapper; app: ReturnType<typeof createTestApp> }> {
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT', { region: { code: '152530', name: '正蓝旗', level: 'COUNTY' } }))
  await app.router.push({ name: 'case-new' })
  const wrapper = mount(CaseFormView, { global: { plugins: app.plugins } })
  await settle()
  return { wrapper, app }
}

describe('the case form', () => {
  it('names the missing fields and sends nothing', async () => {
    const { wrapper } = await mountForm()
    await wrapper.get('[data-testid="case-save"]').trigger('click')
    await settle()
    expect(casesApi.createCase).not.toHaveBeenCalled()
    // the title, the path and the story are marked
    expect(wrapper.findAll('.el-form-item.is-error')).toHaveLength(3)
    expect(wrapper.get('[data-testid="case-title"]').element.closest('.el-form-item')?.classList.contains('is-error')).toBe(true)
  })

  it('sends the case with its results as numbers and opens it for its photos', async () => {
    vi.mocked(casesApi.createCase).mockResolvedValue(saved)
    vi.mocked(casesApi.getCase).mockResolvedValue(saved)
    const { wrapper, app } = await mountForm()
    await wrapper.get('[data-testid="case-title"]').setValue('正蓝旗草原生态畜牧业')
    await wrapper.get('[data-testid="case-story"]').setValue('以草定畜。')
    await wrapper.findAll('[data-testid="case-path"] input')[1].setValue(true)
    await wrapper.get('[data-testid="case-add-result"]').trigger('click')
    await wrapper.get('[data-testid="case-result-label"]').setValue('牧民人均增收')
    await wrapper.get('[data-testid="case-result-value"]').setValue('1.25')
    await wrapper.get('[data-testid="case-save"]').trigger('click')
    await settle()
    await flushPromises()
    expect(casesApi.createCase).toHaveBeenCalledTimes(1)
    const sent = vi.mocked(casesApi.createCase).mock.calls[0][0]
    expect(sent.programme).toBe('TWO_MOUNTAINS_AREA')
    expect(sent.path).toBe('ECOLOGICAL_INDUSTRIALIZATION')
    expect(sent.year).toBe(year)
    expect(sent.results).toEqual([{ label: '牧民人均增收', value: 1.25, unit: null }])
    expect(app.router.currentRoute.value.name).toBe('case-edit')
    expect(wrapper.find('[data-testid="case-photo-upload"]').exists()).toBe(true)
  })
})

describe('the case logic', () => {
  it('refuses a future year and a result without a number', () => {
    const input = { ...emptyCaseInput(year, '152530'), title: 'x', story: 'y', path: 'OTHER' as const, year: year + 1 }
    input.results = [{ label: '增收', value: 'abc', unit: null }]
    expect(caseInputErrors(input, year)).toEqual({ year: 'cases.form.year', 'results[0].value': 'cases.form.number' })
  })

  it('picks the Xilingol programme for a Xilingol county and the base elsewhere', () => {
    expect(emptyCaseInput(year, '152530').programme).toBe('TWO_MOUNTAINS_AREA')
    expect(emptyCaseInput(year, '522729').programme).toBe('TWO_MOUNTAINS_BASE')
  })

  it('maps the procedure panel to the case endpoints, a return with its reason', () => {
    const base = { taskId: 1, outcome: null, opinion: null, reason: null, fields: {} }
    expect(caseCall({ ...base, action: 'ACT', stepCode: 'RECOMMEND' })).toEqual({ kind: 'recommend' })
    expect(caseCall({ ...base, action: 'ACT', stepCode: 'REVIEW', outcome: 'PASS', opinion: '通过' })).toEqual({
      kind: 'decide',
      action: 'review',
      outcome: 'PASS',
      opinion: '通过',
    })
    expect(caseCall({ ...base, action: 'RETURN', stepCode: 'PUBLISH', reason: '再议' })).toEqual({
      kind: 'decide',
      action: 'return',
      outcome: null,
      opinion: '再议',
    })
  })
})
