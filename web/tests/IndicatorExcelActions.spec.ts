import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  downloadIndicatorTemplate: vi.fn(async () => undefined),
  exportIndicatorValues: vi.fn(async () => undefined),
}))

import * as indicatorApi from '@/api/indicator'
import IndicatorExcelActions from '@/views/indicator/IndicatorExcelActions.vue'
import { i18n } from '@/locales'
import { guizhou } from './indicatorFixtures'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function mountActions(canImport: boolean) {
  return mount(IndicatorExcelActions, {
    props: { edition: guizhou, regionCode: '152502', year: 2024, canImport },
    global: { plugins: [i18n, ElementPlus] },
    attachTo: document.body,
  })
}

function body(testId: string): HTMLElement {
  const element = document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
  if (!element) throw new Error(`no ${testId}`)
  return element
}

describe('Excel actions on the entry page', () => {
  it('offers 下载模板, 导入Excel and 导出Excel to the subject', () => {
    const wrapper = mountActions(true)
    expect(wrapper.get('[data-testid="excel-template"]').text()).toBe('下载模板')
    expect(wrapper.get('[data-testid="excel-import-open"]').text()).toBe('导入Excel')
    expect(wrapper.get('[data-testid="excel-export"]').text()).toBe('导出Excel')
  })

  it('hides the import from whoever does not enter the region’s values', () => {
    const wrapper = mountActions(false)
    expect(wrapper.find('[data-testid="excel-import-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="excel-template"]').exists()).toBe(true)
  })

  it('downloads the template of the region for the chosen year', async () => {
    const wrapper = mountActions(true)
    await wrapper.get('[data-testid="excel-template"]').trigger('click')
    await flushPromises()
    body('excel-download').click()
    await flushPromises()
    expect(indicatorApi.downloadIndicatorTemplate).toHaveBeenCalledWith({
      edition: 'GZ-2MI',
      regions: ['152502'],
      years: [2024],
    })
  })

  it('exports the values and evaluations of the region', async () => {
    const wrapper = mountActions(false)
    await wrapper.get('[data-testid="excel-export"]').trigger('click')
    await flushPromises()
    body('excel-download').click()
    await flushPromises()
    expect(indicatorApi.exportIndicatorValues).toHaveBeenCalledWith({ edition: 'GZ-2MI', regions: ['152502'], years: [2024] })
  })

  it('opens the import dialog with the upload', async () => {
    const wrapper = mountActions(true)
    await wrapper.get('[data-testid="excel-import-open"]').trigger('click')
    await flushPromises()
    expect(body('excel-import').textContent).toContain('.xlsx')
  })
})
