import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import type { RunStep } from '@/api/procedure'
import ProcedureSteps from '@/components/ProcedureSteps.vue'
import ProcedureTimeline from '@/components/ProcedureTimeline.vue'
import { stepBar, stepName, stepQuotation, type StepWords } from '@/components/procedureLogic'
import { i18n } from '@/locales'
import { createTestApp, makeMe, settle } from './helpers'
import { run } from './procedureFixtures'

enableAutoUnmount(afterEach)
afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})
const te = (key: string) => i18n.global.te(key, 'en')

/** A Guizhou application path: the codes are the regulation's, the Chinese texts its own words. */
const STEPS: RunStep[] = [
  { code: 'APPLY', nameZh: '申报地区向所在市（州）生态环境主管部门提交申报资料', kind: 'SUBMIT', article: '第十一条', period: null, actorRoles: ['COUNTY_GOVERNMENT'] },
  { code: 'LOCAL_STEP', nameZh: '某地自设环节', kind: 'EXAMINE', article: '第九条', period: null, actorRoles: ['PREFECTURE_STAFF'] },
]

describe('steps in English (issue 14 §8)', () => {
  it('names a step by its code, else by its kind, and quotes the Chinese text labelled as such', () => {
    i18n.global.locale.value = 'en'
    const words: StepWords = { english: true, te, t }
    const shown = run({ steps: STEPS, currentStepCode: 'APPLY' })
    expect(stepName(shown, 'APPLY', words)).toBe('Application')
    expect(stepName(shown, 'LOCAL_STEP', words)).toBe('Examination')
    expect(stepQuotation(shown, 'APPLY', words)).toBe(
      'Regulation text (quoted in Chinese): 申报地区向所在市（州）生态环境主管部门提交申报资料',
    )
    expect(stepBar(shown, words).items.map((i) => i.name)).toEqual(['Application', 'Examination'])
  })

  it('keeps the regulation’s own text in Chinese, without a quotation', () => {
    const words: StepWords = { english: false, te, t }
    const shown = run({ steps: STEPS, currentStepCode: 'APPLY' })
    expect(stepName(shown, 'APPLY', words)).toBe('申报地区向所在市（州）生态环境主管部门提交申报资料')
    expect(stepQuotation(shown, 'APPLY', words)).toBeNull()
    expect(stepName(shown, 'APPLY')).toBe('申报地区向所在市（州）生态环境主管部门提交申报资料')
  })

  it('shows the step bar and the timeline in English with the quotation', { timeout: 20_000 }, async () => {
    i18n.global.locale.value = 'en'
    const app = createTestApp(makeMe('PREFECTURE_STAFF', { region: { code: '520300', name: 'x', level: 'PREFECTURE' } }), false)
    await app.router.push('/login')
    const shown = run({
      steps: STEPS,
      currentStepCode: 'LOCAL_STEP',
      timeline: [
        {
          stepCode: 'APPLY',
          action: 'ACT',
          outcome: null,
          opinion: null,
          actorName: 'Wang',
          actorRole: 'COUNTY_GOVERNMENT',
          organizationName: null,
          at: '2026-03-02T09:00:00Z',
          documentIds: [],
        },
      ],
    })
    const steps = mount(ProcedureSteps, { props: { run: shown }, global: { plugins: app.plugins } })
    const timeline = mount(ProcedureTimeline, { props: { run: shown }, global: { plugins: app.plugins } })
    await settle()
    expect(steps.text()).toContain('Application')
    expect(steps.get('[data-testid="procedure-step-quotation"]').text()).toContain('Regulation text (quoted in Chinese)')
    expect(timeline.text()).toContain('Application')
    expect(timeline.text()).toContain("Wang (County people's government)")
    expect(timeline.get('[data-testid="procedure-timeline-step"]').attributes('title')).toContain('申报地区')
  })
})
