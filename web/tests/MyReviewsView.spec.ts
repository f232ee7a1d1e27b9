import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/review', () => ({
  myReviews: vi.fn(),
}))

import * as reviewApi from '@/api/review'
import type { MyReview } from '@/api/review'
import MyReviewsView from '@/views/review/MyReviewsView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function review(overrides: Partial<MyReview> = {}): MyReview {
  return {
    panelId: 4,
    roundId: 2,
    stepCode: 'EXPERT_SCORING',
    panelState: 'OPEN',
    alias: '专家B',
    dossierId: 9,
    subjectName: '科尔沁左翼中旗',
    regionCode: '150521',
    submitted: false,
    ...overrides,
  }
}

async function mountView() {
  const app = createTestApp(makeMe('EXPERT'))
  const wrapper = mount(MyReviewsView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('我的评审', () => {
  it('asks the server for a page of all the expert\'s dossiers and links each to its scoring screen', async () => {
    vi.mocked(reviewApi.myReviews).mockResolvedValue({
      content: [review(), review({ dossierId: 10, subjectName: '库伦旗', submitted: true })],
      page: 0,
      size: 20,
      totalElements: 41,
    })
    const wrapper = await mountView()
    expect(reviewApi.myReviews).toHaveBeenCalledWith(0, 20, 'ALL', '')
    const table = wrapper.get('[data-testid="my-reviews"]').text()
    expect(table).toContain('科尔沁左翼中旗')
    expect(table).toContain('专家B')
    expect(wrapper.get('[data-testid="my-review-sheet-4-9"]').text()).toBe('未提交')
    expect(wrapper.get('[data-testid="my-review-sheet-4-10"]').text()).toBe('已提交')
    expect(wrapper.text()).toContain('41')
    const links = wrapper.findAll('a').map((a) => a.attributes('href') ?? '')
    expect(links.some((href) => href.endsWith('my-reviews/4/9'))).toBe(true)
    expect(links.some((href) => href.endsWith('my-reviews/4/10'))).toBe(true)
  })

  it('filters by the expert\'s sheet from the first page', async () => {
    vi.mocked(reviewApi.myReviews).mockResolvedValue({ content: [], page: 0, size: 20, totalElements: 0 })
    const wrapper = await mountView()
    expect(wrapper.text()).toContain('暂无评审任务')
    const vm = wrapper.findComponent({ name: 'ElSelect' })
    vm.vm.$emit('update:modelValue', 'TO_SCORE')
    vm.vm.$emit('change', 'TO_SCORE')
    await flushPromises()
    expect(reviewApi.myReviews).toHaveBeenLastCalledWith(0, 20, 'TO_SCORE', '')
  })

  it('searches the subjects by name together with the sheet filter, from the first page', async () => {
    vi.mocked(reviewApi.myReviews).mockResolvedValue({ content: [], page: 0, size: 20, totalElements: 0 })
    const wrapper = await mountView()
    await wrapper.get('[data-testid="paged-search-input"]').setValue('  科尔沁 ')
    await wrapper.get('[data-testid="my-reviews-search"]').trigger('click')
    await flushPromises()
    expect(reviewApi.myReviews).toHaveBeenLastCalledWith(0, 20, 'ALL', '科尔沁')
  })
})
