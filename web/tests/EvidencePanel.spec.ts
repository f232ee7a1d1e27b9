import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEvidence: vi.fn(),
  uploadEvidence: vi.fn(),
  downloadEvidence: vi.fn(async () => undefined),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import type { Evidence, EvidencePage, YearKey } from '@/api/indicator'
import { i18n } from '@/locales'
import { ApiError } from '@/utils/apiError'
import EvidencePanel from '@/views/indicator/EvidencePanel.vue'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  document.body.innerHTML = ''
})

const key: YearKey = { edition: 'GZ-2MI', region: '152502', year: 2024, unit: 41 }
/** The list as first shown: no search, any type and state, the server's order. */
const NO_FILTER = { q: '', type: null, removed: null, sort: undefined }
const HASH = 'a3f1c2d4e5b6978812345678901234567890abcdefabcdefabcdefabcdef0123'

function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 5,
    documentId: 90,
    name: '监测报告.pdf',
    type: 'PDF',
    size: 2_621_440,
    sha256: HASH,
    uploadedAt: '2026-11-24T02:00:00Z',
    width: null,
    height: null,
    uploadedByOrganization: null,
    removedAt: null,
    removedByOrganization: null,
    removedReason: null,
    ...overrides,
  }
}

/** A page as the server sends it: `linked` counts the files not removed (here: all but the page's removed ones). */
function pageOf(
  content: Evidence[],
  totalElements = content.length,
  page = 0,
  linked = totalElements - content.filter((e) => e.removedAt).length,
): EvidencePage {
  return { content, page, size: 10, totalElements, linked }
}

async function mountPanel(props: { editable: boolean; saved: boolean }): Promise<VueWrapper> {
  const wrapper = mount(EvidencePanel, {
    props: { yearKey: key, indicator: 'GZ-01', name: '森林覆盖率', ...props },
    global: { plugins: [i18n, ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  await wrapper.get('[data-testid="evidence-open-GZ-01"]').trigger('click')
  await flushPromises()
  return wrapper
}

function panel(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[data-testid="evidence-panel-GZ-01"]')
  if (!element) throw new Error('panel not open')
  return element
}

async function choose(name: string, size = 1024): Promise<void> {
  const input = panel().querySelector<HTMLInputElement>('input[type="file"]')
  if (!input) throw new Error('no upload input')
  const file = new File([new Uint8Array(size)], name, { type: 'application/pdf' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

describe('EvidencePanel', () => {
  it('lists the files of a saved value with size, shortened hash and count', async () => {
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(
      pageOf([evidence(), evidence({ id: 6, name: '照片.png', type: 'PNG', size: 51_200 })]),
    )
    const wrapper = await mountPanel({ editable: true, saved: true })

    expect(indicatorApi.listEvidence).toHaveBeenCalledWith(key, 'GZ-01', 0, 10, NO_FILTER)
    expect(wrapper.get('[data-testid="evidence-open-GZ-01"]').text()).toBe('佐证材料(2)')
    const text = panel().textContent ?? ''
    expect(text).toContain('监测报告.pdf')
    expect(text).toContain('2.5 MB')
    expect(text).toContain('50.0 KB')
    expect(panel().querySelector('[data-testid="evidence-hash-5"]')?.textContent).toBe(`${HASH.slice(0, 12)}…`)
    ;(panel().querySelector('[data-testid="evidence-download-6"]') as HTMLElement).click()
    expect(indicatorApi.downloadEvidence).toHaveBeenCalledWith(key, 'GZ-01', expect.objectContaining({ id: 6 }))
  })

  it('pages the files: the button counts all of them and the pager asks the server for the next page', async () => {
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence()], 25))
    const wrapper = await mountPanel({ editable: true, saved: true })

    expect(wrapper.get('[data-testid="evidence-open-GZ-01"]').text()).toBe('佐证材料(25)')
    const next = panel().querySelector<HTMLButtonElement>('[data-testid="evidence-pager"] .btn-next')
    if (!next) throw new Error('no pager')
    next.click()
    await flushPromises()
    expect(indicatorApi.listEvidence).toHaveBeenLastCalledWith(key, 'GZ-01', 1, 10, NO_FILTER)
  })

  it('uploads a file and lists it from the server', async () => {
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([]))
    vi.mocked(indicatorApi.uploadEvidence).mockResolvedValue(evidence({ id: 7, name: '验收意见.pdf' }))
    const wrapper = await mountPanel({ editable: true, saved: true })
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence({ id: 7, name: '验收意见.pdf' })]))

    await choose('验收意见.pdf')

    expect(indicatorApi.uploadEvidence).toHaveBeenCalledWith(key, 'GZ-01', expect.any(File), expect.any(Function))
    expect(panel().textContent).toContain('验收意见.pdf')
    expect(wrapper.get('[data-testid="evidence-open-GZ-01"]').text()).toBe('佐证材料(1)')
  })

  it('shows the server problem detail when the content is not accepted', async () => {
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([]))
    vi.mocked(indicatorApi.uploadEvidence).mockRejectedValue(
      new ApiError({ status: 415, code: 'unsupported-type', title: null, detail: '仅支持 PDF、PNG 或 JPEG 文件', fieldErrors: {}, errors: [] }),
    )
    await mountPanel({ editable: true, saved: true })

    await choose('伪装.pdf')

    expect(panel().querySelector('[data-testid="evidence-upload-error"]')?.textContent).toContain('仅支持 PDF、PNG 或 JPEG 文件')
  })

  it('offers no upload when the year is not editable', async () => {
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence()]))
    await mountPanel({ editable: false, saved: true })

    expect(panel().querySelector('[data-testid="evidence-upload"]')).toBeNull()
    expect(panel().querySelector('[data-testid="evidence-read-only"]')).not.toBeNull()
    expect(panel().textContent).toContain('监测报告.pdf')
  })

  it('asks to save the value first and neither lists nor uploads', async () => {
    await mountPanel({ editable: true, saved: false })

    expect(indicatorApi.listEvidence).not.toHaveBeenCalled()
    expect(panel().querySelector('[data-testid="evidence-upload"]')).toBeNull()
    expect(panel().querySelector('[data-testid="evidence-not-saved"]')?.textContent).toContain(
      '请先保存该指标的数值，再上传佐证材料',
    )
  })

  it('searches, filters and sorts on the server, from the first page, and says when nothing matches', async () => {
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence()], 25))
    await mountPanel({ editable: true, saved: true })
    const next = panel().querySelector<HTMLButtonElement>('[data-testid="evidence-pager"] .btn-next')
    next?.click()
    await flushPromises()
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([], 0, 0, 25))

    const box = panel().querySelector<HTMLInputElement>('input[data-testid="evidence-search"]')
    if (!box) throw new Error('no search box')
    box.value = '  照片 '
    box.dispatchEvent(new Event('input'))
    ;(panel().querySelector('[data-testid="evidence-search-button"]') as HTMLElement).click()
    await flushPromises()

    expect(indicatorApi.listEvidence).toHaveBeenLastCalledWith(key, 'GZ-01', 0, 10, { ...NO_FILTER, q: '  照片 ' })
    expect(panel().textContent).toContain('没有符合条件的佐证材料')

    const nameHeader = [...panel().querySelectorAll<HTMLElement>('th')].find((th) => th.textContent?.includes('文件名'))
    if (!nameHeader) throw new Error('no name column')
    nameHeader.click()
    await flushPromises()
    expect(indicatorApi.listEvidence).toHaveBeenLastCalledWith(key, 'GZ-01', 0, 10, {
      ...NO_FILTER,
      q: '  照片 ',
      sort: 'name',
    })
    nameHeader.click()
    await flushPromises()
    expect(vi.mocked(indicatorApi.listEvidence).mock.lastCall?.[4]).toMatchObject({ sort: '-name' })
  })
})
