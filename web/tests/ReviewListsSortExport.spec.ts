import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/dossier', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/dossier')>()),
  listDossiers: vi.fn(),
  exportDossiers: vi.fn(),
  listRounds: vi.fn(),
}))
vi.mock('@/api/publicity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/publicity')>()),
  listNotices: vi.fn(),
  exportNotices: vi.fn(),
  listComplaints: vi.fn(),
  exportComplaints: vi.fn(),
}))
vi.mock('@/api/title', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/title')>()),
  listTitles: vi.fn(),
  exportTitles: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as dossierApi from '@/api/dossier'
import * as publicityApi from '@/api/publicity'
import * as titleApi from '@/api/title'
import DossierListView from '@/views/dossier/DossierListView.vue'
import NoticeListView from '@/views/publicity/NoticeListView.vue'
import ComplaintListView from '@/views/publicity/ComplaintListView.vue'
import TitleListView from '@/views/title/TitleListView.vue'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 120_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const EMPTY = { content: [], page: 0, size: 20, totalElements: 0 }

async function mountView(view: object, path: string) {
  const app = createTestApp(makeMe('PROVINCE_STAFF'))
  await app.router.push(path)
  await app.router.isReady()
  const wrapper = mount(view, { global: { plugins: app.plugins } })
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

describe('review-side lists (issue 14 §5/§6)', () => {
  it('the dossier list asks the server for a column order and exports what it shows', async () => {
    vi.mocked(dossierApi.listDossiers).mockResolvedValue(EMPTY)
    const wrapper = await mountView(DossierListView, '/dossiers')
    await sortBy(wrapper, 'submitted', 'descending')

    expect(dossierApi.listDossiers).toHaveBeenLastCalledWith(
      { state: null, programme: null, regionCode: null, year: null, q: '', sort: '-submitted' },
      0,
      20,
    )
    await wrapper.get('[data-testid="dossier-export"]').trigger('click')
    await flushPromises()
    expect(dossierApi.exportDossiers).toHaveBeenCalledWith({
      state: null,
      programme: null,
      regionCode: null,
      year: null,
      q: '',
      sort: '-submitted',
    })
  })

  it('the notice list asks the server for a column order and exports what it shows', async () => {
    vi.mocked(dossierApi.listRounds).mockResolvedValue(EMPTY)
    vi.mocked(publicityApi.listNotices).mockResolvedValue(EMPTY)
    const wrapper = await mountView(NoticeListView, '/publicity/notices')
    await sortBy(wrapper, 'title', 'ascending')

    const asked = { roundId: null, state: null, programme: null, year: null, q: '', sort: 'title' }
    expect(publicityApi.listNotices).toHaveBeenLastCalledWith(asked, 0, 20)
    await wrapper.get('[data-testid="publicity-export"]').trigger('click')
    await flushPromises()
    expect(publicityApi.exportNotices).toHaveBeenCalledWith(asked)
  })

  it('the complaint list asks the server for a column order and exports what it shows', async () => {
    vi.mocked(publicityApi.listComplaints).mockResolvedValue(EMPTY)
    const wrapper = await mountView(ComplaintListView, '/publicity/complaints')
    await sortBy(wrapper, 'due', 'ascending')

    const asked = { state: null, year: null, q: '', sort: 'due' }
    expect(publicityApi.listComplaints).toHaveBeenLastCalledWith(asked, 0, 20)
    await wrapper.get('[data-testid="complaint-export"]').trigger('click')
    await flushPromises()
    expect(publicityApi.exportComplaints).toHaveBeenCalledWith(asked)
  })

  it('the title list asks the server for a column order and exports what it shows', async () => {
    vi.mocked(titleApi.listTitles).mockResolvedValue(EMPTY)
    const wrapper = await mountView(TitleListView, '/titles')
    await sortBy(wrapper, 'named', 'descending')

    const asked = { regionCode: null, programme: null, year: null, q: null, sort: '-named' }
    expect(titleApi.listTitles).toHaveBeenLastCalledWith(asked, 0, 20)
    await wrapper.get('[data-testid="title-export"]').trigger('click')
    await flushPromises()
    expect(titleApi.exportTitles).toHaveBeenCalledWith(asked)
  })
})
