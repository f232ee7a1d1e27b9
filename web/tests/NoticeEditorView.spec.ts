import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/publicity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/publicity')>()),
  getNotice: vi.fn(),
}))
vi.mock('@/api/dossier', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/dossier')>()),
  listRounds: vi.fn(),
}))

import * as publicityApi from '@/api/publicity'
import * as dossierApi from '@/api/dossier'
import type { NoticeEntry, NoticeView } from '@/api/publicity'
import NoticeEditorView from '@/views/publicity/NoticeEditorView.vue'
import { createTestApp, makeMe, settle } from './helpers'

vi.setConfig({ testTimeout: 30_000 })
enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function entry(over: Partial<NoticeEntry>): NoticeEntry {
  return {
    dossierId: 7,
    candidacyId: 3,
    regionCode: '522324',
    regionName: '晴隆县',
    subjectName: '晴隆县人民政府',
    currentStepCode: 'RECOMMEND',
    opening: 5,
    current: false,
    complaints: 0,
    blocking: false,
    blockingComplaintId: null,
    blockingState: null,
    ...over,
  }
}

function notice(entries: NoticeEntry[]): NoticeView {
  return {
    id: 12,
    title: '“两山”基地预审推荐地区公示',
    programme: 'TWO_MOUNTAINS_BASE',
    issuerName: '黔西南州人民政府',
    documentNumber: '黔西南府函〔2026〕1号',
    publishedOn: '2026-04-30',
    endsOn: '2026-05-09',
    workingDays: 5,
    minimum: true,
    explanation: [],
    wherePublished: '市（州）级政府',
    howToComplain: '在线投诉',
    correction: null,
    article: '第十条',
    uncertainNote: null,
    roundId: 1,
    stepCode: 'PUBLICITY',
    publicityCode: 'PREFECTURE',
    regionCode: '522300',
    issuerRole: 'PREFECTURE_GOVERNMENT',
    minimumEndsOn: '2026-05-09',
    state: 'PUBLISHED',
    open: false,
    ended: true,
    entries,
    version: 2,
  } as NoticeView
}

describe('notice page', () => {
  it('marks a dossier returned and back at the step as needing a new notice, and names a blocking complaint by its number', async () => {
    vi.mocked(dossierApi.listRounds).mockResolvedValue({ content: [], page: 0, size: 100, totalElements: 0 })
    vi.mocked(publicityApi.getNotice).mockResolvedValue(
      notice([
        entry({ dossierId: 7, currentStepCode: 'PUBLICITY', current: false }),
        entry({ dossierId: 8, regionName: '贞丰县', currentStepCode: 'RECOMMEND', blocking: true, blockingComplaintId: 41, blockingState: 'RECEIVED' }),
      ]),
    )
    const app = createTestApp(makeMe('PREFECTURE_GOVERNMENT'))
    await app.router.push('/publicity/notices/12')
    await app.router.isReady()
    const wrapper = mount(NoticeEditorView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    const table = wrapper.get('[data-testid="notice-entries"]')
    expect(wrapper.findAll('[data-testid="entry-new-visit"]')).toHaveLength(1)
    expect(table.text()).toContain('退回后重新进入本环节，须另行公示')
    expect(table.text()).toContain('投诉尚在核实（投诉编号 41）')
  })
})
