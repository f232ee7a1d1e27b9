import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/exclusions', async (original) => ({
  ...(await original<typeof import('@/api/exclusions')>()),
  listExclusionSettings: vi.fn(),
  changeExclusionSetting: vi.fn(),
}))

import * as api from '@/api/exclusions'
import ExclusionSettingsView from '@/views/registry/ExclusionSettingsView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const closure: api.ExclusionSetting = {
  jurisdiction: '150000',
  regulationCode: 'IM-ECOCIV-2022',
  regulationVersion: 1,
  regulationTitle: '内蒙古自治区生态文明建设示范区管理规程',
  exclusionCode: 'PETITIONS',
  exclusionTextZh: '群众信访举报的生态环境案件未及时办理、办结率低的',
  article: '第十一条（四）',
  key: 'min_closure_rate',
  textZh: '办结率不低于',
  unit: 'PERCENT',
  suggested: 95,
  min: 0,
  max: 100,
  noteZh: '省级设定，非规程规定：办结率低于该值的，视为办结率低。',
  value: null,
  note: null,
  setBy: null,
  setAt: null,
  version: null,
}

async function mountView() {
  vi.mocked(api.listExclusionSettings).mockResolvedValue([closure])
  const app = createTestApp(makeMe('PROVINCE_STAFF', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } }))
  await app.router.push({ name: 'exclusion-settings' })
  const wrapper = mount(ExclusionSettingsView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function confirmDialog() {
  await settle()
  const button = document.querySelector('.el-message-box .el-button--primary') as HTMLElement
  button.click()
  await settle()
  await flushPromises()
}

describe('exclusion settings', () => {
  it('shows an unset threshold with the note that it is the province\'s setting and the suggestion', async () => {
    const wrapper = await mountView()
    const row = wrapper.get('[data-testid="exclusion-setting-min_closure_rate"]')
    expect(row.text()).toContain('省级设定，非规程规定')
    expect(row.get('[data-testid="exclusion-setting-unset-min_closure_rate"]').text()).toContain('未设定')
    expect(row.text()).toContain('建议值 95 %')
  })

  it('saves the value after confirmation with the version it read', async () => {
    vi.mocked(api.changeExclusionSetting).mockResolvedValue({ ...closure, value: 95, version: 0, setBy: 'sheng' })
    const wrapper = await mountView()
    await wrapper.get('[data-testid="exclusion-setting-save-min_closure_rate"]').trigger('click')
    await confirmDialog()
    expect(api.changeExclusionSetting).toHaveBeenCalledWith({
      regulationCode: 'IM-ECOCIV-2022',
      exclusionCode: 'PETITIONS',
      key: 'min_closure_rate',
      value: 95,
      note: null,
      version: null,
    })
    expect(wrapper.get('[data-testid="exclusion-setting-min_closure_rate"]').text()).toContain('现行设定：95 %')
  })

  it('is a page of province staff only', async () => {
    const app = createTestApp(makeMe('PREFECTURE_STAFF'))
    await app.router.push({ name: 'exclusion-settings' })
    expect(app.router.currentRoute.value.name).toBe('forbidden')
  })
})
