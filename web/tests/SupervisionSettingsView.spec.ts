import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/supervision', async (original) => ({
  ...(await original<typeof import('@/api/supervision')>()),
  getSettings: vi.fn(),
  putSetting: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as api from '@/api/supervision'
import type { SupervisionSetting } from '@/api/supervision'
import SupervisionSettingsView from '@/views/supervision/SupervisionSettingsView.vue'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function setting(overrides: Partial<SupervisionSetting> = {}): SupervisionSetting {
  return {
    regulationCode: 'GZ-TWOMTN-2021',
    checkCode: 'POST_EVALUATION_3Y',
    kind: 'POST_EVALUATION',
    afterYears: 3,
    textZh: '后评估',
    article: '第二十二条',
    uncertain: true,
    noteZh: null,
    delayDays: 0,
    set: false,
    version: null,
    setBy: null,
    setAt: null,
    ...overrides,
  }
}

async function mounted() {
  const app = createTestApp(makeMe('PROVINCE_STAFF'))
  const wrapper = mount(SupervisionSettingsView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

describe('SupervisionSettingsView', () => {
  it('shows who set the delay last and when', async () => {
    vi.mocked(api.getSettings).mockResolvedValue([
      setting({ delayDays: 10, set: true, version: 2, setBy: 'gz.staff', setAt: '2026-12-07T02:00:00Z' }),
    ])
    const wrapper = await mounted()
    const line = wrapper.find('[data-testid="setting-set-by"]')
    expect(line.exists()).toBe(true)
    expect(line.text()).toContain('gz.staff')
    expect(line.text()).toContain('2026')
  })

  it('shows the refusal of a delay that would lose a check under the field', async () => {
    vi.mocked(api.getSettings).mockResolvedValue([setting({ delayDays: 200, set: true, version: 1, setBy: 'gz.staff', setAt: '2026-12-07T02:00:00Z' })])
    vi.mocked(api.putSetting).mockRejectedValue(
      new ApiError({ status: 400, code: 'validation', title: null, detail: 'lost 1', fieldErrors: { delayDays: 'lost 1' } }),
    )
    const wrapper = await mounted()
    await wrapper.find('[data-testid="save-POST_EVALUATION_3Y"]').trigger('click')
    await settle()
    await flushPromises()
    expect(wrapper.text()).toContain('lost 1')
  })
})
