import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'

vi.mock('@/api/supervision', async (original) => ({
  ...(await original<typeof import('@/api/supervision')>()),
  listCheckEvidence: vi.fn(),
  uploadEvidence: vi.fn(),
}))

import * as api from '@/api/supervision'
import type { CheckEvidence, CheckView } from '@/api/supervision'
import { i18n } from '@/locales'
import CheckEvidenceList from '@/views/supervision/CheckEvidenceList.vue'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  localStorage.clear()
  document.body.innerHTML = ''
})

function file(overrides: Partial<CheckEvidence> = {}): CheckEvidence {
  return {
    documentId: 31,
    name: '现场照片.png',
    type: 'PNG',
    size: 51_200,
    organization: '内蒙古自治区生态环境厅',
    recordedBy: 'im.staff',
    recordedAt: '2026-03-01T02:00:00Z',
    ...overrides,
  }
}

async function mountList(mayRecord = true): Promise<VueWrapper> {
  const wrapper = mount(CheckEvidenceList, {
    props: { checkId: 12, mayRecord, count: 25 },
    global: { plugins: [i18n, ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

describe('CheckEvidenceList', () => {
  it('lists a page of the files from the server, each a download link, with the count and the uploader', async () => {
    vi.mocked(api.listCheckEvidence).mockResolvedValue({ content: [file()], page: 0, size: 10, totalElements: 25 })
    const wrapper = await mountList()

    expect(api.listCheckEvidence).toHaveBeenCalledWith(12, { page: 0, size: 10, q: '', type: null })
    expect(wrapper.get('[data-testid="check-evidence-count"]').text()).toBe('共 25 份')
    const link = wrapper.get('a[href="/api/supervision-checks/12/evidence/31"]')
    expect(link.text()).toBe('现场照片.png')
    expect(wrapper.text()).toContain('内蒙古自治区生态环境厅')
    expect(wrapper.text()).toContain('50.0 KB')
  })

  it('searches by text, filters by type and sorts by a column on the server, from the first page', async () => {
    vi.mocked(api.listCheckEvidence).mockResolvedValue({ content: [file()], page: 0, size: 10, totalElements: 1 })
    const wrapper = await mountList()

    await wrapper.get('input[data-testid="paged-search-input"]').setValue(' 照片 ')
    await wrapper.get('[data-testid="check-evidence-table-search"]').trigger('click')
    await flushPromises()
    expect(api.listCheckEvidence).toHaveBeenLastCalledWith(12, { page: 0, size: 10, q: '照片', type: null })

    const header = wrapper.findAll('th').find((th) => th.text().includes('上传时间'))
    if (!header) throw new Error('no upload time column')
    await header.trigger('click')
    await flushPromises()
    expect(api.listCheckEvidence).toHaveBeenLastCalledWith(12, { page: 0, size: 10, q: '照片', sort: 'uploaded', type: null })
  })

  it('offers the upload only to the recorder and hands the answered check to the page', async () => {
    vi.mocked(api.listCheckEvidence).mockResolvedValue({ content: [], page: 0, size: 10, totalElements: 0 })
    const answered = { evidenceCount: 1 } as CheckView
    vi.mocked(api.uploadEvidence).mockResolvedValue(answered)
    const reader = await mountList(false)
    expect(reader.find('[data-testid="check-evidence-upload"]').exists()).toBe(false)
    expect(reader.text()).toContain('暂无证据材料')
    reader.unmount()

    const recorder = await mountList(true)
    const input = recorder.get('input[type="file"]').element as HTMLInputElement
    const chosen = new File([new Uint8Array(10)], '座谈记录.pdf', { type: 'application/pdf' })
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true })
    input.dispatchEvent(new Event('change'))
    await flushPromises()

    expect(api.uploadEvidence).toHaveBeenCalledWith(12, chosen)
    expect(recorder.emitted('uploaded')).toEqual([[answered]])
    expect(api.listCheckEvidence).toHaveBeenCalledTimes(3)
  })
})
