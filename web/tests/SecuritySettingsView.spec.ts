import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/identity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/identity')>()),
  getSecuritySettings: vi.fn(),
  updateSecuritySettings: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as identityApi from '@/api/identity'
import type { SecuritySettings } from '@/api/identity'
import { ApiError } from '@/utils/apiError'
import { showSuccess } from '@/utils/message'
import SecuritySettingsView from '@/views/identity/SecuritySettingsView.vue'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const current: SecuritySettings = {
  maxFailures: 5,
  lockoutMinutes: 15,
  addressMaxFailures: 50,
  sessionLifetimeMinutes: 720,
  version: 3,
}

async function mountPage(): Promise<VueWrapper> {
  vi.mocked(identityApi.getSecuritySettings).mockResolvedValue(current)
  const app = createTestApp(makeMe('SECURITY_ADMIN'))
  await app.router.push({ name: 'security-settings' })
  const wrapper = mount(SecuritySettingsView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function input(wrapper: VueWrapper, field: keyof SecuritySettings) {
  return wrapper.get(`[data-testid="security-settings-${field}"] input`)
}

async function setNumber(wrapper: VueWrapper, field: keyof SecuritySettings, value: string): Promise<void> {
  const el = input(wrapper, field)
  await el.setValue(value)
  await el.trigger('change')
  await el.trigger('blur')
}

async function save(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-testid="security-settings-save"]').trigger('click')
  await settle()
  await flushPromises()
}

function formErrors(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.el-form-item__error').map((e) => e.text())
}

describe('安全策略 (security settings)', () => {
  it('shows the current settings with their units and allowed ranges', async () => {
    const wrapper = await mountPage()
    expect((input(wrapper, 'maxFailures').element as HTMLInputElement).value).toBe('5')
    expect((input(wrapper, 'lockoutMinutes').element as HTMLInputElement).value).toBe('15')
    expect((input(wrapper, 'addressMaxFailures').element as HTMLInputElement).value).toBe('50')
    expect((input(wrapper, 'sessionLifetimeMinutes').element as HTMLInputElement).value).toBe('720')
    const text = wrapper.text()
    expect(text).toContain('账户登录失败次数')
    expect(text).toContain('会话最长有效期')
    expect(text).toContain('取值范围 30～1440')
    expect(text).toContain('分钟')
  })

  it('sends the edited settings with the version it read, then shows what the server saved', async () => {
    vi.mocked(identityApi.updateSecuritySettings).mockResolvedValue({ ...current, maxFailures: 6, version: 4 })
    const wrapper = await mountPage()
    await setNumber(wrapper, 'maxFailures', '6')
    await save(wrapper)
    expect(identityApi.updateSecuritySettings).toHaveBeenCalledWith({ ...current, maxFailures: 6 })
    expect(showSuccess).toHaveBeenCalledWith('保存成功')

    vi.mocked(identityApi.updateSecuritySettings).mockResolvedValue({ ...current, maxFailures: 6, version: 5 })
    await save(wrapper)
    expect(identityApi.updateSecuritySettings).toHaveBeenLastCalledWith({ ...current, maxFailures: 6, version: 4 })
  })

  it('refuses a value outside its range before sending anything', async () => {
    const wrapper = await mountPage()
    await setNumber(wrapper, 'sessionLifetimeMinutes', '20')
    await save(wrapper)
    expect(identityApi.updateSecuritySettings).not.toHaveBeenCalled()
    // Element Plus shows a form item's error after a 100 ms debounce
    await vi.waitFor(() => expect(formErrors(wrapper)).toEqual(['请输入 30 至 1440 之间的整数']))
  })

  it('shows the server message on the field it names', async () => {
    vi.mocked(identityApi.updateSecuritySettings).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '请求参数有误',
        fieldErrors: { lockoutMinutes: '取值须在 1 至 1440 之间' },
      }),
    )
    const wrapper = await mountPage()
    await save(wrapper)
    expect(identityApi.updateSecuritySettings).toHaveBeenCalled()
    await vi.waitFor(() => expect(formErrors(wrapper)).toEqual(['取值须在 1 至 1440 之间']))
    expect(showSuccess).not.toHaveBeenCalled()
  })
})
