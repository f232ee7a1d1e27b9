import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/exclusions', async (original) => ({
  ...(await original<typeof import('@/api/exclusions')>()),
  previewExclusions: vi.fn(),
}))

import * as api from '@/api/exclusions'
import ExclusionPreviewView from '@/views/registry/ExclusionPreviewView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const report: api.ExclusionReport = {
  regulationCode: 'IM-ECOCIV-2022',
  regulationVersion: 1,
  lookBackYears: 3,
  windowFrom: '2023-12-06',
  windowTo: '2026-12-06',
  windowTextZh: '本次：2023年12月6日（含）至2026年12月6日（含）',
  article: '第十一条',
  silent: false,
  noteZh: null,
  verdicts: [],
  windowUncertain: true,
  windowNoteZh: null,
  excluded: false,
  needsJudgement: false,
}

describe('exclusions check page', () => {
  it('checks the user\'s own region for the eco-civilization programme as of today on opening', async () => {
    vi.mocked(api.previewExclusions).mockResolvedValue(report)
    const app = createTestApp(makeMe('COUNTY_GOVERNMENT', { region: { code: '152502', name: '锡林浩特市', level: 'COUNTY' } }))
    await app.router.push({ name: 'exclusions' })
    const wrapper = mount(ExclusionPreviewView, { global: { plugins: app.plugins } })
    await settle()
    await flushPromises()
    expect(api.previewExclusions).toHaveBeenCalledWith('152502', 'ECO_CIVILIZATION_ZONE', undefined)
    expect(wrapper.get('[data-testid="exclusions-window"]').text()).toContain('2023年12月6日（含）')
    expect(wrapper.get('[data-testid="exclusions-summary"]').text()).toContain('未发现')
  })

  it('is not a page of experts or administrators', async () => {
    for (const role of ['EXPERT', 'SYSTEM_ADMIN'] as const) {
      const app = createTestApp(makeMe(role))
      await app.router.push({ name: 'exclusions' })
      expect(app.router.currentRoute.value.name).toBe('forbidden')
    }
  })
})
