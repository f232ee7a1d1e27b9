import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/dossier', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/dossier')>()),
  listRounds: vi.fn(),
  exportRounds: vi.fn(),
}))
vi.mock('@/api/opinion', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/opinion')>()),
  listOpinions: vi.fn(),
  exportOpinions: vi.fn(),
  opinionSteps: vi.fn(),
}))
vi.mock('@/api/cases', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/cases')>()),
  listCases: vi.fn(),
  exportCases: vi.fn(),
  myCaseReviews: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as casesApi from '@/api/cases'
import * as dossierApi from '@/api/dossier'
import * as opinionApi from '@/api/opinion'
import type { Role } from '@/api/types'
import CaseListView from '@/views/cases/CaseListView.vue'
import RoundListView from '@/views/dossier/RoundListView.vue'
import OpinionListView from '@/views/opinion/OpinionListView.vue'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 120_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const EMPTY = { content: [], page: 0, size: 20, totalElements: 0 }

async function mountView(view: object, role: Role = 'PROVINCE_STAFF') {
  const app = createTestApp(makeMe(role))
  await app.router.push('/')
  await app.router.isReady()
  const wrapper = mount(view, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

/** The user sorts a column: el-table tells the paged table which column and which way. */
async function sortBy(wrapper: VueWrapper, columnKey: string, order: 'ascending' | 'descending'): Promise<void> {
  wrapper.findComponent({ name: 'ElTable' }).vm.$emit('sort-change', { column: { columnKey }, prop: null, order })
  await settle()
  await flushPromises()
}

/** The user picks `value` in the `index`th select of the page (in the order the filters show them). */
async function choose(wrapper: VueWrapper, index: number, value: unknown): Promise<void> {
  const select = wrapper.findAllComponents({ name: 'ElSelect' })[index]
  select.vm.$emit('update:modelValue', value)
  select.vm.$emit('change', value)
  await settle()
  await flushPromises()
}

describe('the review-side lists (issue 14 §5/§6)', () => {
  it('the round list filters by open or not, sorts on the server and exports what it shows', async () => {
    vi.mocked(dossierApi.listRounds).mockResolvedValue(EMPTY)
    const wrapper = await mountView(RoundListView)
    await wrapper.get('[data-testid="paged-search-input"]').setValue('环办')
    await choose(wrapper, 1, false)
    await sortBy(wrapper, 'opens', 'descending')

    const asked = { programme: null, year: null, open: false, q: '环办', sort: '-opens' }
    expect(dossierApi.listRounds).toHaveBeenLastCalledWith(asked, 0, 20)
    await wrapper.get('[data-testid="round-export"]').trigger('click')
    await flushPromises()
    expect(dossierApi.exportRounds).toHaveBeenCalledWith(asked)
  })

  it('the opinion list reads every round until one is chosen, then that round, and exports what it shows', async () => {
    vi.mocked(dossierApi.listRounds).mockResolvedValue({ ...EMPTY, content: [{ id: 7, title: '2031年第一批' }] } as never)
    vi.mocked(opinionApi.listOpinions).mockResolvedValue(EMPTY)
    vi.mocked(opinionApi.opinionSteps).mockResolvedValue(['PRE_REVIEW_OPINION'])
    const wrapper = await mountView(OpinionListView)
    expect(opinionApi.listOpinions).toHaveBeenLastCalledWith({ roundId: null, state: null, stepCode: null, q: '', sort: null }, 0, 20)

    await choose(wrapper, 0, 7)
    await sortBy(wrapper, 'issued', 'descending')
    const asked = { roundId: 7, state: null, stepCode: null, q: '', sort: '-issued' }
    expect(opinionApi.opinionSteps).toHaveBeenCalledWith(7)
    expect(opinionApi.listOpinions).toHaveBeenLastCalledWith(asked, 0, 20)
    expect(wrapper.get('[data-testid="opinion-create-PRE_REVIEW_OPINION"]').text()).toContain('预审意见')
    await wrapper.get('[data-testid="opinion-export"]').trigger('click')
    await flushPromises()
    expect(opinionApi.exportOpinions).toHaveBeenCalledWith(asked)
  })

  it('the staff case list sorts on the server and exports what it shows', async () => {
    vi.mocked(casesApi.listCases).mockResolvedValue(EMPTY)
    const wrapper = await mountView(CaseListView, 'COMMITTEE_OFFICE')
    await sortBy(wrapper, 'year', 'ascending')

    const asked = { q: '', path: null, regionCode: null, year: null, state: null, sort: 'year' }
    expect(casesApi.listCases).toHaveBeenLastCalledWith(asked, 0, 20)
    await wrapper.get('[data-testid="cases-export"]').trigger('click')
    await flushPromises()
    expect(casesApi.exportCases).toHaveBeenCalledWith(asked)
  })

  it('the expert searches the cases it was invited to, and exports nothing', async () => {
    vi.mocked(casesApi.myCaseReviews).mockResolvedValue(EMPTY)
    const wrapper = await mountView(CaseListView, 'EXPERT')
    expect(casesApi.myCaseReviews).toHaveBeenLastCalledWith('', 0, 20)
    await wrapper.get('[data-testid="paged-search-input"]').setValue(' 上都镇 ')
    await wrapper.get('[data-testid="cases-search"]').trigger('click')
    await flushPromises()

    expect(casesApi.myCaseReviews).toHaveBeenLastCalledWith('上都镇', 0, 20)
    expect(casesApi.listCases).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="cases-export"]').exists()).toBe(false)
  })
})
