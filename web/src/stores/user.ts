import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as authApi from '@/api/auth'
import type { Me, Role } from '@/api/types'
import { isApiError } from '@/utils/apiError'

export const useUserStore = defineStore('user', () => {
  const me = ref<Me | null>(null)
  /** True once the session has been probed (GET /api/auth/me) or a login happened. */
  const loaded = ref(false)
  let pending: Promise<Me | null> | null = null

  const isLoggedIn = computed(() => me.value !== null)
  const role = computed<Role | null>(() => me.value?.role ?? null)

  function hasRole(...roles: Role[]): boolean {
    return role.value !== null && roles.includes(role.value)
  }

  /** Asks the server who is logged in; anonymous (401) or unreachable server → null. */
  async function fetchMe(): Promise<Me | null> {
    try {
      me.value = await authApi.getMe()
    } catch (error: unknown) {
      if (!isApiError(error) || error.status !== 403 || error.code !== 'password-change-required') {
        me.value = null
      }
    } finally {
      loaded.value = true
    }
    return me.value
  }

  /** Probes the session once; later calls reuse the answer. */
  function ensureLoaded(): Promise<Me | null> {
    if (loaded.value) return Promise.resolve(me.value)
    pending ??= fetchMe().finally(() => {
      pending = null
    })
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    await authApi.fetchCsrf()
    const user = await authApi.login({ username, password })
    // the server may rotate the CSRF token with the new session: make sure a fresh cookie is there
    await authApi.fetchCsrf().catch(() => undefined)
    me.value = user
    loaded.value = true
    return user
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
    await authApi.changePassword({ oldPassword, newPassword })
    if (me.value) me.value = { ...me.value, mustChangePassword: false }
  }

  function clear(): void {
    me.value = null
    loaded.value = true
  }

  return { me, loaded, isLoggedIn, role, hasRole, fetchMe, ensureLoaded, login, logout, changePassword, clear }
})
