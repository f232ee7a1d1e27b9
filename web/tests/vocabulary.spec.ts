import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import type { RunStep } from '@/api/procedure'
import ProcedurePanel from '@/components/ProcedurePanel.vue'
import { wordsOf, type Words } from '@/composables/useVocabulary'
import { i18n } from '@/locales'
import { GZ_VOCABULARY, IM_VOCABULARY, createTestApp, makeMe, settle } from './helpers'
import { allowed, run, task } from './procedureFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.restoreAllMocks()
  i18n.global.locale.value = 'zh-CN'
})
beforeEach(() => {
  vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
})

const GENERAL: Words = {
  province: '省（区）',
  prefecture: '地市',
  county: '县（市、区）',
  prefectureGovernment: '地市人民政府',
  countyGovernment: '县（市、区）人民政府',
}

describe("a province's words come from its data", () => {
  it('says 市（州） for Guizhou, 盟市 for Inner Mongolia and the general words where there are none', () => {
    expect(wordsOf(GZ_VOCABULARY, false, GENERAL).prefecture).toBe('市（州）')
    expect(wordsOf(GZ_VOCABULARY, false, GENERAL).prefectureGovernment).toBe('市（州）人民政府')
    expect(wordsOf(IM_VOCABULARY, false, GENERAL).prefectureGovernment).toBe('盟市人民政府（行政公署）')
    expect(wordsOf(IM_VOCABULARY, true, GENERAL).county).toBe('banner or county (city, district)')
    expect(wordsOf([], false, GENERAL)).toEqual(GENERAL)
    expect(wordsOf(undefined, false, GENERAL).prefecture).toBe('地市')
  })
})

/** A Guizhou path: the county submits, the city's bureau examines, the city's government consents. */
const GZ_STEPS: RunStep[] = [
  { code: 'apply', nameZh: '申报', kind: 'SUBMIT', article: '第十一条', period: null, actorRoles: ['COUNTY_GOVERNMENT'] },
  { code: 'cultivate', nameZh: '培育指导', kind: 'EXAMINE', article: '第九条', period: null, actorRoles: ['PREFECTURE_STAFF'] },
  { code: 'consent', nameZh: '政府同意', kind: 'DECIDE', article: '第九条', period: null, actorRoles: ['PREFECTURE_GOVERNMENT'] },
]

function mountPanel(regionCode: string) {
  const app = createTestApp(makeMe('PREFECTURE_STAFF', { region: { code: regionCode, name: 'x', level: 'PREFECTURE' } }), false)
  const shown = run({
    steps: GZ_STEPS,
    currentStepCode: 'cultivate',
    tasks: [task({ stepCode: 'cultivate' })],
    allowedActions: [allowed({ stepCode: 'cultivate', outcomes: [], opinionRequired: false })],
  })
  const Page = defineComponent({ setup: () => () => h(ProcedurePanel, { run: shown, perform: vi.fn().mockResolvedValue({}) }) })
  return mount(Page, { global: { plugins: app.plugins }, attachTo: document.body })
}

async function act(): Promise<string> {
  await settle()
  document.querySelector<HTMLElement>('[data-testid="procedure-act"]')!.click()
  await settle()
  return String(vi.mocked(ElMessageBox.confirm).mock.calls.at(-1)?.[0])
}

describe('the action panel tells who is next in the words of the province', { timeout: 20_000 }, () => {
  it('names 市（州）人民政府 to a Guizhou user, never 盟市 or 行政公署', async () => {
    mountPanel('520300')
    const text = await act()
    expect(text).toContain('市（州）人民政府')
    expect(text).not.toContain('盟市')
    expect(text).not.toContain('行政公署')
  })

  it('names 盟市人民政府（行政公署） to an Inner Mongolia user', async () => {
    mountPanel('152500')
    expect(await act()).toContain('盟市人民政府（行政公署）')
  })

  it('speaks English in English', async () => {
    i18n.global.locale.value = 'en'
    mountPanel('520300')
    expect(await act()).toContain("City or prefecture people's government")
  })
})
