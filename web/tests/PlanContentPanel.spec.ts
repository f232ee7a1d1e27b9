import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/plan', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/plan')>()),
  savePlanContent: vi.fn(),
}))
vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  listEditions: vi.fn(),
  getEdition: vi.fn(),
}))
vi.mock('@/api/keyProject', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/keyProject')>()),
  listPlanKeyProjects: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as planApi from '@/api/plan'
import * as indicatorApi from '@/api/indicator'
import * as keyProjectApi from '@/api/keyProject'
import type { KeyProject } from '@/api/keyProject'
import type { PlanContent, PlanView } from '@/api/plan'
import type { EditionDetail, IndicatorDefinition } from '@/api/indicator'
import { ApiError } from '@/utils/apiError'
import PlanContentPanel from '@/views/plan/PlanContentPanel.vue'
import { createTestApp, makeMe, settle } from './helpers'
import { editionSummary } from './indicatorFixtures'
import { at, plan, step } from './planFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const content: PlanContent = {
  targets: [
    { edition: 'MEE-ECOCIV-2024', indicator: 'I-20', nameZh: '森林覆盖率', baseline: '20.1%', value: '≥25%', year: 2030 },
  ],
  tasks: [{ nameZh: '实施草原生态修复', responsible: '市林草局', year: 2028 }],
  keyProjects: [
    { nameZh: '锡林河流域综合治理', investment: 12000.5, content: '河道整治', key: 'k-1' },
    { nameZh: '城区污水管网改造', investment: 3000, content: null, key: null },
  ],
}

const forest: IndicatorDefinition = {
  code: 'I-20',
  number: 20,
  group: null,
  nameZh: '森林覆盖率',
  nameEn: null,
  unit: '%',
  valueType: 'NUMBER',
  binding: 'BINDING',
  targetText: '≥18%',
  uncertain: false,
} as IndicatorDefinition

function edition(): EditionDetail {
  return {
    edition: editionSummary({ code: 'MEE-ECOCIV-2024', titleZh: '生态文明建设示范区建设指标（2024年修订）', complete: true, firstYear: 2024, lastYear: 2030 }),
    indicators: [forest, { ...forest, code: 'I-21', nameZh: '草原综合植被盖度' }],
  }
}

async function mountPanel(shown: PlanView) {
  vi.mocked(indicatorApi.listEditions).mockResolvedValue([
    { ...edition().edition, status: 'PUBLISHED' },
    editionSummary({ code: 'DRAFT-1', titleZh: '草稿', complete: false, firstYear: 2025, lastYear: 2030, status: 'DRAFT' }),
  ])
  vi.mocked(indicatorApi.getEdition).mockResolvedValue(edition())
  vi.mocked(keyProjectApi.listPlanKeyProjects).mockResolvedValue([
    { id: 41, name: '锡林河流域综合治理', fromPlan: { planId: 11, entry: 'k-1', title: '规划' } } as KeyProject,
  ])
  const app = createTestApp(makeMe('COUNTY_GOVERNMENT'))
  const wrapper = mount(PlanContentPanel, { props: { plan: shown }, global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function click(id: string): Promise<void> {
  const element = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
  if (!element) throw new Error(`no element ${id}`)
  element.click()
  await settle()
  await flushPromises()
}

describe('plan content', { timeout: 20_000 }, () => {
  it('shows targets, tasks and key projects read-only, investment in 万元 with a total', async () => {
    const wrapper = await mountPanel(plan({ state: 'IN_PROGRESS', currentStep: step('EXAMINE'), content }))
    expect(wrapper.find('[data-testid="plan-target-add"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="plan-content-save"]').exists()).toBe(false)
    expect(wrapper.find('input').exists()).toBe(false)
    expect(indicatorApi.listEditions).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="plan-targets"]').text()).toContain('森林覆盖率')
    expect(wrapper.get('[data-testid="plan-targets"]').text()).toContain('≥25%')
    expect(wrapper.get('[data-testid="plan-tasks"]').text()).toContain('市林草局')
    expect(wrapper.get('[data-testid="plan-project-investment-0"]').text()).toBe('12000.50')
    expect(wrapper.get('[data-testid="plan-project-total"]').text()).toBe('总投资：15000.50 万元')
  })

  it('adds a target with an indicator picked from a published edition and sends the whole content with the version', async () => {
    const saved = at('SUBMIT', ['ACT'], { version: 4 })
    vi.mocked(planApi.savePlanContent).mockResolvedValue(saved)
    const wrapper = await mountPanel(at('SUBMIT', ['ACT'], { content }))
    expect(document.querySelector('[data-testid="plan-target-edition-0-MEE-ECOCIV-2024"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="plan-target-edition-0-DRAFT-1"]')).toBeNull()
    await click('plan-target-add')
    await click('plan-target-edition-1-MEE-ECOCIV-2024')
    expect(indicatorApi.getEdition).toHaveBeenCalledWith('MEE-ECOCIV-2024')
    await click('plan-target-indicator-1-I-21')
    const name = wrapper.get<HTMLInputElement>('[data-testid="plan-target-name-1"]')
    expect(name.element.value).toBe('草原综合植被盖度')
    await wrapper.get('[data-testid="plan-target-value-1"]').setValue('≥60%')
    await click('plan-content-save')
    expect(planApi.savePlanContent).toHaveBeenCalledWith(
      11,
      {
        ...content,
        keyProjects: [content.keyProjects[0], { ...content.keyProjects[1], key: null }],
        targets: [
          content.targets[0],
          { edition: 'MEE-ECOCIV-2024', indicator: 'I-21', nameZh: '草原综合植被盖度', baseline: null, value: '≥60%', year: 2030 },
        ],
      },
      3,
    )
    expect(wrapper.emitted('changed')?.[0]).toEqual([saved])
  })

  it('links each key project row to the library record it became, and says a new row goes in on save', async () => {
    const wrapper = await mountPanel(plan({ state: 'IN_PROGRESS', currentStep: step('EXAMINE'), content }))
    expect(keyProjectApi.listPlanKeyProjects).toHaveBeenCalledWith(11)
    const link = wrapper.get('[data-testid="plan-project-library-0"]')
    expect(link.attributes('href')).toContain('/key-projects?open=41')
    expect(wrapper.find('[data-testid="plan-project-library-1"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="plan-projects"]').text()).toContain('保存后入库')
  })

  it('shows a field error of the server beside its cell, and reloads on a stale version', async () => {
    vi.mocked(planApi.savePlanContent).mockRejectedValueOnce(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '规划内容有 2 处问题',
        fieldErrors: {
          'targets[0].indicator': '指标 I-20 不在 MEE-ECOCIV-2024 中',
          'keyProjects[1].investment': '投资不能为负数',
        },
      }),
    )
    const wrapper = await mountPanel(at('REVISE', ['ACT'], { content }))
    await click('plan-content-save')
    expect(wrapper.get('[data-testid="plan-target-indicator-error-0"]').text()).toBe('指标 I-20 不在 MEE-ECOCIV-2024 中')
    expect(wrapper.get('[data-testid="plan-project-investment-error-1"]').text()).toBe('投资不能为负数')
    expect(wrapper.find('[data-testid="plan-project-investment-error-0"]').exists()).toBe(false)
    expect(wrapper.emitted('stale')).toBeUndefined()

    vi.mocked(planApi.savePlanContent).mockRejectedValueOnce(
      new ApiError({ status: 409, code: 'conflict', title: null, detail: '数据已被他人修改', fieldErrors: {} }),
    )
    await click('plan-content-save')
    expect(wrapper.emitted('stale')).toHaveLength(1)
  })
})
