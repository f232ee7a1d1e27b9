import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import ElementPlus from 'element-plus'
import { i18n } from '@/locales'
import { routes } from '@/router/routes'
import { installGuards } from '@/router'
import { useUserStore } from '@/stores/user'
import type { LevelName, Me, Role } from '@/api/types'

/** Inner Mongolia's level words as the server sends them with the user (region data, V110). */
export const IM_VOCABULARY: LevelName[] = [
  { level: 'PROVINCE', nameZh: '自治区', nameEn: 'autonomous region', governmentZh: '自治区人民政府', governmentEn: "people's government of the autonomous region" },
  { level: 'PREFECTURE', nameZh: '盟市', nameEn: 'league or city', governmentZh: '盟市人民政府（行政公署）', governmentEn: "league administrative office or city people's government" },
  { level: 'COUNTY', nameZh: '旗县（市、区）', nameEn: 'banner or county (city, district)', governmentZh: '旗县（市、区）人民政府', governmentEn: "banner or county people's government" },
]

/** Guizhou's level words (V110). */
export const GZ_VOCABULARY: LevelName[] = [
  { level: 'PROVINCE', nameZh: '省', nameEn: 'province', governmentZh: '省人民政府', governmentEn: "provincial people's government" },
  { level: 'PREFECTURE', nameZh: '市（州）', nameEn: 'city or autonomous prefecture', governmentZh: '市（州）人民政府', governmentEn: "city or prefecture people's government" },
  { level: 'COUNTY', nameZh: '县（市、区）', nameEn: 'county (city, district)', governmentZh: '县（市、区）人民政府', governmentEn: "county people's government" },
]

/** A user; its vocabulary is its province's (as the server's data says) unless given. */
export function makeMe(role: Role, overrides: Partial<Me> = {}): Me {
  const me: Me = {
    id: 7,
    username: 'zhangsan',
    displayName: '张三',
    role,
    organization: { id: 3, name: '锡林郭勒盟生态环境局' },
    region: { code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE' },
    mustChangePassword: false,
    ...overrides,
  }
  if (!('vocabulary' in overrides)) {
    const code = me.region?.code ?? ''
    me.vocabulary = code.startsWith('15') ? IM_VOCABULARY : code.startsWith('52') ? GZ_VOCABULARY : []
  }
  return me
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
