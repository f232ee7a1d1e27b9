import { describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('@/api/auth', () => ({
  getMe: vi.fn(),
  fetchCsrf: vi.fn(async () => undefined),
  login: vi.fn(),
  logout: vi.fn(),
  changePassword: vi.fn(),
}))

import { getMe } from '@/api/auth'
import { resolveNavigation, safeRedirect, type GuardTarget } from '@/router/access'
import { routes } from '@/router/routes'
import { installGuards } from '@/router'
import { ApiError } from '@/utils/apiError'
import { makeMe } from './helpers'

function target(name: string, fullPath: string, meta: GuardTarget['meta'] = {}): GuardTarget {
  return { name, fullPath, meta }
}

describe('navigation rule', () => {
  it('sends an anonymous user to login, remembering the page', () => {
    expect(resolveNavigation(target('users', '/users?q=x', { roles: ['SYSTEM_ADMIN'] }), null)).toEqual({
      name: 'login',
      query: { redirect: '/users?q=x' },
    })
    expect(resolveNavigation(target('home', '/home'), null)).toEqual({ name: 'login', query: { redirect: '/home' } })
  })

  it('lets an anonymous user browse public pages and the login page', () => {
    expect(resolveNavigation(target('regions', '/regions', { public: true }), null)).toBe(true)
    expect(resolveNavigation(target('login', '/login', { public: true }), null)).toBe(true)
  })

  it('holds a user who must change the password on the change-password page', () => {
    const me = makeMe('COUNTY_GOVERNMENT', { mustChangePassword: true })
    expect(resolveNavigation(target('home', '/home'), me)).toEqual({ name: 'change-password' })
    expect(resolveNavigation(target('regions', '/regions', { public: true }), me)).toEqual({ name: 'change-password' })
    expect(resolveNavigation(target('change-password', '/change-password'), me)).toBe(true)
  })

  it('sends a role without access to the forbidden page', () => {
    const auditor = makeMe('AUDIT_ADMIN')
    expect(resolveNavigation(target('users', '/users', { roles: ['SYSTEM_ADMIN'] }), auditor)).toEqual({ name: 'forbidden' })
    expect(resolveNavigation(target('audit', '/audit', { roles: ['AUDIT_ADMIN'] }), auditor)).toBe(true)
  })

  it('sends a logged-in user away from the login page', () => {
    expect(resolveNavigation(target('login', '/login', { public: true }), makeMe('EXPERT'))).toEqual({ name: 'home' })
  })

  it('follows only same-site redirects', () => {
    expect(safeRedirect('/audit?page=2')).toBe('/audit?page=2')
    expect(safeRedirect('//evil.example/x')).toBeNull()
    expect(safeRedirect('https://evil.example/')).toBeNull()
    expect(safeRedirect('/login')).toBeNull()
    expect(safeRedirect(['/a'])).toBeNull()
  })
})

describe('router guard with the real routes', () => {
  function setup() {
    setActivePinia(createPinia())
    const router = createRouter({ history: createMemoryHistory(), routes })
    installGuards(router)
    return router
  }

  it('sends an anonymous user (GET /api/auth/me → 401) to the login page', async () => {
    vi.mocked(getMe).mockRejectedValue(
      new ApiError({ status: 401, code: 'unauthenticated', title: null, detail: '未登录', fieldErrors: {} }),
    )
    const router = setup()
    await router.push('/users')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/users')
  })

  it('lets an anonymous user open the region browser', async () => {
    vi.mocked(getMe).mockRejectedValue(
      new ApiError({ status: 401, code: 'unauthenticated', title: null, detail: '未登录', fieldErrors: {} }),
    )
    const router = setup()
    await router.push('/regions')
    expect(router.currentRoute.value.name).toBe('regions')
  })

  it('opens 用户管理 for a SYSTEM_ADMIN and refuses it to an AUDIT_ADMIN', async () => {
    vi.mocked(getMe).mockResolvedValue(makeMe('SYSTEM_ADMIN'))
    const adminRouter = setup()
    await adminRouter.push('/users')
    expect(adminRouter.currentRoute.value.name).toBe('users')

    vi.mocked(getMe).mockResolvedValue(makeMe('AUDIT_ADMIN'))
    const auditorRouter = setup()
    await auditorRouter.push('/users')
    expect(auditorRouter.currentRoute.value.name).toBe('forbidden')
  })

  it('asks the server only once who is logged in', async () => {
    vi.mocked(getMe).mockClear()
    vi.mocked(getMe).mockResolvedValue(makeMe('SYSTEM_ADMIN'))
    const router = setup()
    await router.push('/home')
    await router.push('/regions')
    await router.push('/calendar')
    expect(getMe).toHaveBeenCalledTimes(1)
  })
})
