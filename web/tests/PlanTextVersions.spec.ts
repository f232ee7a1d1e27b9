import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/plan', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/plan')>()),
  downloadPlanDocument: vi.fn(),
}))

import * as planApi from '@/api/plan'
import type { PlanText } from '@/api/plan'
import PlanTextVersions from '@/views/plan/PlanTextVersions.vue'
import { textVersionOf, textVersionsNewestFirst } from '@/views/plan/planTexts'
import ElementPlus from 'element-plus'
import { i18n } from '@/locales'
import { plan } from './planFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function text(number: number, overrides: Partial<PlanText> = {}): PlanText {
  return {
    kind: 'TEXT',
    number,
    documentId: 100 + number,
    name: `规划（第${number}稿）.pdf`,
    type: 'PDF',
    size: 2048,
    sha256: `${number}`.repeat(64),
    uploadedBy: 'fz.county',
    uploadedAt: '2026-05-01T02:00:00Z',
    seenBy: [],
    promulgated: false,
    current: false,
    ...overrides,
  }
}

const texts = [
  text(1),
  text(2, { name: '规划（送审稿）.doc', type: 'DOC', seenBy: ['SUBMITTED', 'EXAMINED', 'REVIEWED'] }),
  text(3, { name: '规划（印发稿）.ofd', type: 'OFD', seenBy: ['REVISED', 'PROMULGATED'], promulgated: true, current: true }),
]

async function mountList(overrides = {}) {
  const wrapper = mount(PlanTextVersions, {
    props: { plan: plan({ texts, promulgationNumber: '丰政发〔2026〕8号', documentId: 103, ...overrides }) },
    global: { plugins: [i18n, ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

describe('plan text versions', { timeout: 20_000 }, () => {
  it('lists every version, the newest first, with the steps that saw it', async () => {
    const wrapper = await mountList()
    expect(wrapper.findAll('[data-testid="plan-text-number"]').map((n) => n.text())).toEqual(['第3版', '第2版', '第1版'])
    const seen = wrapper.findAll('[data-testid="plan-text-seen"]').map((n) => n.text())
    expect(seen).toEqual(['修改完善、颁布实施', '报送、审核、评审', '未经任何环节（已被后续版本替换）'])
    expect(wrapper.text()).toContain('规划（送审稿）.doc')
    expect(wrapper.text()).toContain('DOC')
  })

  it('marks the current text and the promulgated one with its document number', async () => {
    const wrapper = await mountList()
    expect(wrapper.findAll('[data-testid="plan-text-current"]')).toHaveLength(1)
    expect(wrapper.get('[data-testid="plan-text-promulgated"]').text()).toBe('印发稿（丰政发〔2026〕8号）')
  })

  it('downloads the version of the row, not the current text', async () => {
    const wrapper = await mountList()
    const buttons = wrapper.findAll('[data-testid="plan-text-download"]')
    await buttons[2].trigger('click')
    await flushPromises()
    expect(planApi.downloadPlanDocument).toHaveBeenCalledWith(11, '规划（第1稿）.pdf', 101)
  })

  it('shows nothing for a plan without a text (or an older answer without versions)', async () => {
    const wrapper = await mountList({ texts: undefined, documentId: null })
    expect(wrapper.find('[data-testid="plan-text-versions"]').exists()).toBe(false)
  })

  it('finds the version number of a document, and none for another document', () => {
    const shown = plan({ texts })
    expect(textVersionsNewestFirst(shown).map((v) => v.number)).toEqual([3, 2, 1])
    expect(textVersionOf(shown, 102)).toBe(2)
    expect(textVersionOf(shown, 999)).toBeNull()
  })
})
