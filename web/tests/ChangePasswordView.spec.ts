import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/auth', () => ({
  getMe: vi.fn(),
  fetchCsrf: vi.fn(async () => undefined),
  login: vi.fn(),
  logout: vi.fn(),
  changePassword: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as authApi from '@/api/auth'
import ChangePasswordView from '@/views/login/ChangePasswordView.vue'
import { useUserStore } from '@/stores/user'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.mocked(authApi.changePassword).mockReset())

async function mountPage() {
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT', { mustChangePassword: true }))
  await app.router.push({ name: 'change-password' })
  const wrapper = mount(ChangePasswordView, { global: { plugins: app.plugins }, attachTo: document.body })
  return { wrapper, router: app.router }
}

async function submit(wrapper: VueWrapper, oldPassword: string, newPassword: string, confirm: string) {
  await wrapper.get('[data-testid="password-old"]').setValue(oldPassword)
  await wrapper.get('[data-testid="password-new"]').setValue(newPassword)
  await wrapper.get('[data-testid="password-confirm"]').setValue(confirm)
  await wrapper.get('form').trigger('submit')
  await settle()
  await flushPromises()
}

describe('change-password page', () => {
  it('explains that the password must be changed before anything else', async () => {
    const { wrapper } = await mountPage()
    expect(wrapper.text()).toContain('首次登录或密码被重置后须修改密码')
  })

  it('rejects a new password that fails the complexity rule without calling the server', async () => {
    const { wrapper } = await mountPage()
    await submit(wrapper, 'Init#2025', 'abcdefgh', 'abcdefgh')
    expect(authApi.changePassword).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(wrapper.text()).toContain('密码至少8位，且须包含大写字母、小写字母、数字、符号中的至少三类'))
  })

  it('rejects a confirmation that differs', async () => {
    const { wrapper } = await mountPage()
    await submit(wrapper, 'Init#2025', 'Better#2025', 'Better#2026')
    expect(authApi.changePassword).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(wrapper.text()).toContain('两次输入的新密码不一致'))
  })

  it('changes the password, clears mustChangePassword and goes home', async () => {
    vi.mocked(authApi.changePassword).mockResolvedValue(undefined)
    const { wrapper, router } = await mountPage()
    await submit(wrapper, 'Init#2025', 'Better#2025', 'Better#2025')
    expect(authApi.changePassword).toHaveBeenCalledWith({ oldPassword: 'Init#2025', newPassword: 'Better#2025' })
    expect(useUserStore().me?.mustChangePassword).toBe(false)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'))
  })
})
