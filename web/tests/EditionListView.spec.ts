import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/edition', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/edition')>()),
  listEditionDrafts: vi.fn(),
  createEdition: vi.fn(),
  deleteEdition: vi.fn(),
  importEditionWorkbook: vi.fn(),
  downloadEditionTemplate: vi.fn(),
  downloadEditionWorkbook: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as editionApi from '@/api/edition'
import { XLSX_TYPE } from '@/api/indicator'
import { ApiError } from '@/utils/apiError'
import EditionListView from '@/views/indicator/EditionListView.vue'
import { editionView, header, publishedCity } from './editionFixtures'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const draft = editionView({ header: header({ code: 'GZ-COUNTY-2024' }) })

async function mountList() {
  vi.mocked(editionApi.listEditionDrafts).mockResolvedValue([publishedCity, draft])
  const app = createTestApp(makeMe('PROVINCE_STAFF', { region: { code: '520000', name: '贵州省', level: 'PROVINCE' } }))
  await app.router.push({ name: 'indicator-editions' })
  const wrapper = mount(EditionListView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return { wrapper, router: app.router }
}

/** An element anywhere in the page, dialogs (teleported to body) included. */
function byTestId(id: string): DOMWrapper<Element> {
  const element = document.body.querySelector(`[data-testid="${id}"]`)
  if (!element) throw new Error(`no element ${id}`)
  return new DOMWrapper(element)
}

async function chooseAndImport(name: string): Promise<void> {
  await byTestId('edition-import-open').trigger('click')
  await flushPromises()
  const input = byTestId('edition-import-file')
  const file = new File([new Uint8Array(64)], name, { type: XLSX_TYPE })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await byTestId('edition-import-start').trigger('click')
  await flushPromises()
}

describe('edition list', () => {
  it('shows each edition with its status, 版次, levels and years', async () => {
    const { wrapper } = await mountList()
    expect(wrapper.get('[data-testid="edition-status-ECOCIV-CITY-2024"]').text()).toBe('已发布')
    expect(wrapper.get('[data-testid="edition-status-GZ-COUNTY-2024"]').text()).toBe('草稿')
    const rows = wrapper.findAll('[data-testid="edition-table"] .el-table__body tr')
    expect(rows).toHaveLength(2)
    const city = rows[0]!.text()
    expect(city).toContain('生态文明建设示范市指标（2024年，部分）')
    expect(city).toContain('不完整')
    expect(city).toContain('系统内置')
    expect(city).toContain('第2版')
    expect(city).toContain('地级')
    expect(city).toContain('2024—2035年')
    expect(city).toContain('随系统发布')
  })

  it('offers editing and deleting only for the province own drafts', async () => {
    const { wrapper } = await mountList()
    expect(wrapper.get('[data-testid="edition-open-GZ-COUNTY-2024"]').text()).toBe('编辑')
    expect(wrapper.get('[data-testid="edition-open-ECOCIV-CITY-2024"]').text()).toBe('查看')
    expect(wrapper.find('[data-testid="edition-delete-GZ-COUNTY-2024"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="edition-delete-ECOCIV-CITY-2024"]').exists()).toBe(false)
  })

  it('copies a published edition as a new draft with its header and the next 版次', async () => {
    const { wrapper, router } = await mountList()
    vi.mocked(editionApi.createEdition).mockResolvedValue(
      editionView({ header: header({ code: 'GZ-CITY-2024', levels: ['PREFECTURE'] }) }),
    )
    await wrapper.get('[data-testid="edition-copy-ECOCIV-CITY-2024"]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('将复制“生态文明建设示范市指标（2024年，部分）”（ECOCIV-CITY-2024）的全部指标')
    const code = byTestId('edition-code')
    expect((code.element as HTMLInputElement).value).toBe('')
    await code.setValue('gz-city-2024')
    await byTestId('edition-create-submit').trigger('click')
    await settle()
    await flushPromises()

    expect(editionApi.createEdition).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'GZ-CITY-2024', version: 3, levels: ['PREFECTURE'], lastYear: 2035 }),
      'ECOCIV-CITY-2024',
    )
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('indicator-edition'))
    expect(router.currentRoute.value.params).toEqual({ code: 'GZ-CITY-2024' })
  })

  it('lists every problem of a refused workbook with its sheet, row and column', async () => {
    await mountList()
    vi.mocked(editionApi.importEditionWorkbook).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '版本定义有 3 处错误，第一处：…',
        fieldErrors: {},
        errors: [
          { field: '指标!2!值类型', message: '「指标」第 2 行「值类型」：应为以下之一：数值、百分比、是/否、等级' },
          { field: '指标!3!目标类型', message: '「指标」第 3 行「目标类型」：未知的目标类型 AT_BEST' },
          { field: '版本信息!9!截止年度', message: '「版本信息」第 9 行「截止年度」：截止年度不能早于起始年度' },
        ],
      }),
    )
    await chooseAndImport('指标体系.xlsx')

    expect(byTestId('edition-import-failed').text()).toContain('导入失败，未创建草稿')
    expect(byTestId('edition-import-failed').text()).toContain('发现 3 处错误')
    const rows = byTestId('edition-import-errors').findAll('.el-table__body tr')
    expect(rows.map((row) => row.findAll('td').map((td) => td.text()))).toEqual([
      ['1', '指标', '2', '值类型', '「指标」第 2 行「值类型」：应为以下之一：数值、百分比、是/否、等级'],
      ['2', '指标', '3', '目标类型', '「指标」第 3 行「目标类型」：未知的目标类型 AT_BEST'],
      ['3', '版本信息', '9', '截止年度', '「版本信息」第 9 行「截止年度」：截止年度不能早于起始年度'],
    ])
  })

  it('shows the reason of a file that is not a workbook', async () => {
    await mountList()
    vi.mocked(editionApi.importEditionWorkbook).mockRejectedValue(
      new ApiError({ status: 415, code: 'unsupported-file', title: null, detail: '文件不是有效的 Excel 工作簿', fieldErrors: {} }),
    )
    await chooseAndImport('假的.xlsx')
    expect(byTestId('edition-import-failed').text()).toContain('文件不是有效的 Excel 工作簿')
    expect(document.body.querySelector('[data-testid="edition-import-errors"]')).toBeNull()
  })

  it('opens the imported draft', async () => {
    const { router } = await mountList()
    vi.mocked(editionApi.importEditionWorkbook).mockResolvedValue(editionView({ header: header({ code: 'GZ-IMPORTED' }) }))
    await chooseAndImport('指标体系.xlsx')
    await vi.waitFor(() => expect(router.currentRoute.value.params).toEqual({ code: 'GZ-IMPORTED' }))
  })
})
