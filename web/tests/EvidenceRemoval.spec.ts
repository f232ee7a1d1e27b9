import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEvidence: vi.fn(),
  uploadEvidence: vi.fn(),
  downloadEvidence: vi.fn(async () => undefined),
  removeEvidence: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as indicatorApi from '@/api/indicator'
import type { Evidence, EvidencePage, YearKey } from '@/api/indicator'
import { i18n } from '@/locales'
import { ApiError } from '@/utils/apiError'
import { nextTick } from 'vue'
import EvidencePanel from '@/views/indicator/EvidencePanel.vue'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  document.body.innerHTML = ''
})

const key: YearKey = { edition: 'GZ-2MI', region: '152502', year: 2024, unit: 41 }
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

async function typeReason(text: string): Promise<void> {
  const input = panel().querySelector<HTMLTextAreaElement>('[data-testid="evidence-remove-reason"] textarea, textarea[data-testid="evidence-remove-reason"]')
  if (!input) throw new Error('no reason input')
  input.value = text
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

function click(testId: string): void {
  const element = panel().querySelector<HTMLElement>(`[data-testid="${testId}"]`)
  if (!element) throw new Error(`no ${testId}`)
  element.click()
}

describe('EvidencePanel: removing a file before submission (issue 14 §2)', () => {
  it('asks the reason, confirms, removes and lists the file as removed with who and why', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence()]))
    vi.mocked(indicatorApi.removeEvidence).mockResolvedValue(evidence({ removedAt: '2026-12-07T02:00:00Z' }))
    const wrapper = await mountPanel({ editable: true, saved: true })
    expect(wrapper.get('[data-testid="evidence-open-GZ-01"]').text()).toBe('佐证材料(1)')

    click('evidence-remove-5')
    await flushPromises()
    click('evidence-remove-confirm')
    await flushPromises()
    expect(indicatorApi.removeEvidence).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(panel().textContent).toContain('请填写删除原因'))

    await typeReason('  上传错了文件 ')
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(
      pageOf([
        evidence({
          uploadedByOrganization: '集宁区生态环境分局',
          removedAt: '2026-12-07T02:00:00Z',
          removedByOrganization: '集宁区生态环境分局',
          removedReason: '上传错了文件',
        }),
      ]),
    )
    click('evidence-remove-confirm')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(String(confirm.mock.calls[0]?.[0])).toContain('监测报告.pdf')
    expect(indicatorApi.removeEvidence).toHaveBeenCalledWith(key, 'GZ-01', 5, '上传错了文件')
    const removed = panel().querySelector('[data-testid="evidence-removed-5"]')?.textContent ?? ''
    expect(removed).toContain('已删除')
    expect(removed).toContain('集宁区生态环境分局')
    expect(removed).toContain('上传错了文件')
    expect(panel().querySelector('[data-testid="evidence-remove-5"]')).toBeNull()
    // review s15 #13: the removed file stays listed but the button counts only linked files
    expect(wrapper.get('[data-testid="evidence-open-GZ-01"]').text()).toBe('佐证材料(0)')
  })

  it('sends nothing when the confirmation is cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence()]))
    await mountPanel({ editable: true, saved: true })
    click('evidence-remove-5')
    await flushPromises()
    await typeReason('上传错了文件')
    click('evidence-remove-confirm')
    await flushPromises()
    expect(indicatorApi.removeEvidence).not.toHaveBeenCalled()
  })

  it("shows the server's refusal after submission beside the reason", async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence()]))
    vi.mocked(indicatorApi.removeEvidence).mockRejectedValue(
      new ApiError({ status: 409, code: 'conflict', title: null, detail: '该年度数据已上报或已确认（SUBMITTED），佐证材料不能再删除', fieldErrors: {} }),
    )
    await mountPanel({ editable: true, saved: true })
    click('evidence-remove-5')
    await flushPromises()
    await typeReason('上传错了文件')
    click('evidence-remove-confirm')
    await flushPromises()
    await vi.waitFor(() =>
      expect(panel().querySelector('[data-testid="evidence-removal"]')?.textContent).toContain('佐证材料不能再删除'),
    )
  })

  it('offers no removal on a read-only year', async () => {
    vi.mocked(indicatorApi.listEvidence).mockResolvedValue(pageOf([evidence()]))
    await mountPanel({ editable: false, saved: true })
    expect(panel().querySelector('[data-testid="evidence-remove-5"]')).toBeNull()
  })
})
