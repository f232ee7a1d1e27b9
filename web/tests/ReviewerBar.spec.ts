import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/indicatorReview', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicatorReview')>()),
  getReview: vi.fn(),
  confirmYear: vi.fn(),
  returnYear: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as reviewApi from '@/api/indicatorReview'
import type { IndicatorReview } from '@/api/indicatorReview'
import type { IndicatorYear } from '@/api/indicator'
import ReviewerBar from '@/views/indicator/ReviewerBar.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { MOVES, confirmationRun, guizhouDetail, indicatorYear } from './indicatorFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.clearAllMocks()
  sessionStorage.clear()
})

const key = { edition: 'GZ-2MI', region: '520302', year: 2024 }
const first = guizhouDetail.indicators[0]!

function review(over: Partial<IndicatorReview> = {}): IndicatorReview {
  return { edition: 'GZ-2MI', regionCode: '520302', unitId: null, year: 2024, state: 'SUBMITTED', version: 5, latest: null, history: [], ...over }
}

async function mountBar(year: IndicatorYear, loaded: IndicatorReview) {
  vi.mocked(reviewApi.getReview).mockResolvedValue(loaded)
  const app = createTestApp(makeMe('PREFECTURE_STAFF'))
  const wrapper = mount(ReviewerBar, {
    props: { yearKey: key, year, indicators: guizhouDetail.indicators, nameOf: (i) => i.nameZh },
    global: { plugins: app.plugins },
    attachTo: document.body,
  })
  await settle()
  await flushPromises()
  return wrapper
}

describe('the review bar of the entry page', () => {
  it('offers the confirmer to confirm with an opinion and records the year as opened', async () => {
    const year = indicatorYear({ state: 'SUBMITTED', version: 5, run: confirmationRun([MOVES.confirm, MOVES.return]) })
    vi.mocked(reviewApi.confirmYear).mockResolvedValue({ ...year, state: 'CONFIRMED' })
    const wrapper = await mountBar(year, review())
    expect(wrapper.find('[data-testid="indicator-review-bar"]').exists()).toBe(true)
    expect(sessionStorage.getItem('ecozone.indicator.viewed')).toContain('GZ-2MI/520302/2024')

    await wrapper.get('[data-testid="indicator-review-confirm"]').trigger('click')
    await settle()
    const input = document.body.querySelector<HTMLTextAreaElement>('textarea[data-testid="indicator-review-opinion-input"]')!
    input.value = '数据已核实'
    input.dispatchEvent(new Event('input'))
    await settle()
    document.body.querySelector<HTMLButtonElement>('[data-testid="indicator-review-confirm-ok"]')!.click()
    await settle()
    await flushPromises()
    expect(reviewApi.confirmYear).toHaveBeenCalledWith(key, '数据已核实')
    expect(wrapper.emitted('changed')?.[0]?.[0]).toMatchObject({ state: 'CONFIRMED' })
  })

  it('returns naming an indicator with its comment and refuses a comment without an indicator', async () => {
    const year = indicatorYear({ state: 'SUBMITTED', version: 5, run: confirmationRun([MOVES.confirm, MOVES.return]) })
    vi.mocked(reviewApi.returnYear).mockResolvedValue({ ...year, state: 'RETURNED' })
    const wrapper = await mountBar(year, review())
    await wrapper.get('[data-testid="indicator-review-return"]').trigger('click')
    await settle()
    const reason = document.body.querySelector<HTMLTextAreaElement>('textarea[data-testid="indicator-review-reason"]')!
    reason.value = '请核实'
    reason.dispatchEvent(new Event('input'))
    const text = document.body.querySelector<HTMLInputElement>('input[data-testid="indicator-review-comment-text-0"]')!
    text.value = '来源不一致'
    text.dispatchEvent(new Event('input'))
    await settle()
    document.body.querySelector<HTMLButtonElement>('[data-testid="indicator-review-return-ok"]')!.click()
    await settle()
    expect(reviewApi.returnYear).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请选择指标')
  })

  it("hands the page the return's comments to show beside their rows, without the bar or a second copy", async () => {
    const year = indicatorYear({ state: 'RETURNED', mayEdit: true, run: confirmationRun([MOVES.submit]) })
    const wrapper = await mountBar(
      year,
      review({
        state: 'RETURNED',
        latest: {
          action: 'RETURN',
          opinion: '请核实',
          comments: [{ indicator: first.code, comment: '来源不一致' }],
          decidedBy: '李四',
          decidedAt: '2025-03-01T00:00:00Z',
        },
      }),
    )
    expect(wrapper.find('[data-testid="indicator-review-bar"]').exists()).toBe(false)
    expect(wrapper.emitted('loaded')?.at(-1)?.[0]).toMatchObject({ latest: { comments: [{ indicator: first.code }] } })
    expect(wrapper.get('[data-testid="indicator-review-comments"]').text()).toContain('1')
    expect(wrapper.get('[data-testid="indicator-review-comments"]').text()).not.toContain('来源不一致')
    expect(sessionStorage.getItem('ecozone.indicator.viewed')).toBeNull()
  })
})
