import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/auth', () => ({
  getMe: vi.fn(),
  fetchCsrf: vi.fn(async () => undefined),
  login: vi.fn(),
  logout: vi.fn(),
  changePassword: vi.fn(),
}))

import * as authApi from '@/api/auth'
import LoginView from '@/views/login/LoginView.vue'
import { ApiError } from '@/utils/apiError'
import { createTestApp, makeMe, settle } from './helpers'

async function mountLogin(query: Record<string, string> = {}) {
  const app = createTestApp(null)
  await app.router.push({ name: 'login', query })
  const wrapper = mount(LoginView, { global: { plugins: app.plugins }, attachTo: document.body })
  return { wrapper, router: app.router }
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.get('[data-testid="login-username"]').setValue('zhangsan')
  await wrapper.get('[data-testid="login-password"]').setValue('Secret#2025')
  await wrapper.get('form').trigger('submit')
  await settle()
  await flushPromises()
}

enableAutoUnmount(afterEach)

afterEach(() => {
  vi.mocked(authApi.login).mockReset()
  vi.mocked(authApi.fetchCsrf).mockReset()
})

describe('login page', () => {
  it('links to the public portal home, readable without signing in (issue 14 §7)', async () => {
    const { wrapper } = await mountLogin()
    const link = wrapper.get('[data-testid="login-public-home"]')
    expect(link.attributes('href')).toBe('/public')
    expect(link.text()).toBe('无需登录，查看公开信息')
  })

  it('puts the test hooks on the real input and button elements, labelled in Chinese', async () => {
    const { wrapper } = await mountLogin()
    expect(wrapper.get('[data-testid="login-username"]').element.tagName).toBe('INPUT')
    expect(wrapper.get('[data-testid="login-password"]').element.tagName).toBe('INPUT')
    expect(wrapper.get('[data-testid="login-password"]').attributes('type')).toBe('password')
    expect(wrapper.get('[data-testid="login-submit"]').element.tagName).toBe('BUTTON')
    expect(wrapper.text()).toContain('用户名')
    expect(wrapper.text()).toContain('密码')
    expect(wrapper.get('[data-testid="login-submit"]').text()).toBe('登录')
  })

  it('fetches the CSRF cookie first, then logs in and goes to the remembered page', async () => {
    const order: string[] = []
    vi.mocked(authApi.fetchCsrf).mockImplementation(async () => {
      order.push('csrf')
    })
    vi.mocked(authApi.login).mockImplementation(async () => {
      order.push('login')
      return makeMe('PROVINCE_STAFF')
    })
    const { wrapper, router } = await mountLogin({ redirect: '/regions' })
    await fillAndSubmit(wrapper)
    expect(order).toEqual(['csrf', 'login', 'csrf'])
    expect(authApi.login).toHaveBeenCalledWith({ username: 'zhangsan', password: 'Secret#2025' })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('regions'))
  })

  it('goes to the change-password page when the server says mustChangePassword', async () => {
    vi.mocked(authApi.login).mockResolvedValue(makeMe('SYSTEM_ADMIN', { mustChangePassword: true }))
    const { wrapper, router } = await mountLogin()
    await fillAndSubmit(wrapper)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('change-password'))
  })

  it("shows the server's message for bad credentials and stays on the page", async () => {
    vi.mocked(authApi.login).mockRejectedValue(
      new ApiError({
        status: 401,
        code: 'bad-credentials',
        title: null,
        detail: '用户名或密码错误，还可尝试2次',
        fieldErrors: {},
      }),
    )
    const { wrapper, router } = await mountLogin()
    await fillAndSubmit(wrapper)
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('用户名或密码错误，还可尝试2次')
    expect(router.currentRoute.value.name).toBe('login')
    expect((wrapper.get('[data-testid="login-password"]').element as HTMLInputElement).value).toBe('')
  })

  it('does not call the server when the fields are empty', async () => {
    const { wrapper } = await mountLogin()
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(authApi.login).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(wrapper.text()).toContain('请输入用户名'))
  })
})
