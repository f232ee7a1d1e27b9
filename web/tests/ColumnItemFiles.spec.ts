import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { UploadRequestOptions } from 'element-plus'

vi.mock('@/api/portal', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/portal')>()),
  addColumnFile: vi.fn(),
  removeColumnFile: vi.fn(),
}))

import * as portalApi from '@/api/portal'
import type { ColumnItem } from '@/api/portal'
import ColumnItemFiles from '@/views/portal/ColumnItemFiles.vue'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const draft: ColumnItem = {
  id: 12,
  regionCode: '152502',
  programme: 'ECO_CIVILIZATION_ZONE',
  kind: 'KEY_WORK',
  title: '草原修复重点工作',
  body: '完成草原生态修复1.2万亩。',
  state: 'DRAFT',
  draftedBy: '锡林浩特市人民政府',
  draftedAt: '2026-03-30T02:00:00Z',
  approvedBy: null,
  approvedAt: null,
  returnReason: null,
  publishedBy: null,
  publishedAt: null,
  files: [
    { documentId: 91, name: '修复现场.png', size: 2048, image: true },
    { documentId: 92, name: '实施方案.pdf', size: 4096, image: false },
  ],
  version: 4,
}

function mountFiles(item: ColumnItem): VueWrapper {
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT'))
  return mount(ColumnItemFiles, { props: { item }, global: { plugins: app.plugins } })
}

describe('the files of a subject column item', () => {
  it('links each file to the staff file address, marking images', () => {
    const wrapper = mountFiles(draft)
    const links = wrapper.findAll('a')
    expect(links.map((a) => a.attributes('href'))).toEqual(['/api/column-items/12/files/91', '/api/column-items/12/files/92'])
    expect(links[0]!.text()).toContain('修复现场.png')
    expect(links[1]!.text()).toBe('实施方案.pdf')
  })

  it('removes a file of a draft with the item version, then asks the page to reload', async () => {
    vi.mocked(portalApi.removeColumnFile).mockResolvedValue({ ...draft, files: [draft.files[0]!], version: 5 })
    const wrapper = mountFiles(draft)
    await wrapper.get('[data-testid="column-remove-file-12-92"]').trigger('click')
    await settle()
    await flushPromises()
    expect(portalApi.removeColumnFile).toHaveBeenCalledWith(draft, 92)
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('sends an added image as an image and an attachment as an attachment', async () => {
    vi.mocked(portalApi.addColumnFile).mockResolvedValue(draft)
    const wrapper = mountFiles(draft)
    const uploads = wrapper.findAllComponents({ name: 'ElUpload' })
    expect(uploads).toHaveLength(2)
    const picture = new File(['png'], '林场.png', { type: 'image/png' })
    const plan = new File(['pdf'], '方案.pdf', { type: 'application/pdf' })
    const send = (i: number, file: File) =>
      (uploads[i]!.props('httpRequest') as (o: UploadRequestOptions) => Promise<void>)({ file } as unknown as UploadRequestOptions)
    await send(0, picture)
    await send(1, plan)
    expect(portalApi.addColumnFile).toHaveBeenNthCalledWith(1, draft, picture, true)
    expect(portalApi.addColumnFile).toHaveBeenNthCalledWith(2, draft, plan, false)
    expect(wrapper.emitted('changed')).toHaveLength(2)
  })

  it('offers no change to the files of an item submitted, approved or published', () => {
    for (const state of ['PENDING', 'APPROVED', 'PUBLISHED'] as const) {
      const wrapper = mountFiles({ ...draft, state })
      expect(wrapper.findAll('a')).toHaveLength(2)
      expect(wrapper.find('[data-testid="column-remove-file-12-92"]').exists()).toBe(false)
      expect(wrapper.findAllComponents({ name: 'ElUpload' })).toHaveLength(0)
      wrapper.unmount()
    }
  })
})
