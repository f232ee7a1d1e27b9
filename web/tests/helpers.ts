import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import ElementPlus from 'element-plus'
import { i18n } from '@/locales'
import { routes } from '@/router/routes'
import { installGuards } from '@/router'
import { useUserStore } from '@/stores/user'
import type { Me, Role } from '@/api/types'

export function makeMe(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    id: 7,
    username: 'zhangsan',
    displayName: '张三',
    role,
    organization: { id: 3, name: '锡林郭勒盟生态环境局' },
    region: { code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE' },
    mustChangePassword: false,
    ...overrides,
  }
}

export type TestApp = { pinia: Pinia; router: Router; plugins: [Pinia, Router, typeof i18n, typeof ElementPlus] }

/** Pinia (with the given user already known), a memory-history router with the real routes and guard, i18n, Element Plus. */
export function createTestApp(me: Me | null, withGuards = true): TestApp {
  const pinia = createPinia()
  setActivePinia(pinia)
  const userStore = useUserStore()
  userStore.me = me
  userStore.loaded = true
  const router = createRouter({ history: createMemoryHistory(), routes })
  if (withGuards) installGuards(router)
  return { pinia, router, plugins: [pinia, router, i18n, ElementPlus] }
}

/** Waits for pending promises and Vue updates. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
