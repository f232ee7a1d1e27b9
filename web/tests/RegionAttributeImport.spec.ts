import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'

vi.mock('@/api/region', () => ({ downloadAttributeTemplate: vi.fn(async () => undefined), importAttributes: vi.fn() }))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as regionApi from '@/api/region'
import * as message from '@/utils/message'
import { ApiError } from '@/api/http'
import RegionAttributeImport from '@/views/region/RegionAttributeImport.vue'
import { createTestApp, makeMe } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

function mountImport() {
  const app = createTestApp(makeMe('PROVINCE_STAFF', { region: { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' } }))
  // no router: the form navigates nowhere
  return mount(RegionAttributeImport, { global: { plugins: app.plugins.filter((p) => p !== app.router) } })
}

async function choose(wrapper: ReturnType<typeof mountImport>, reason: string) {
  const input = wrapper.get('[data-testid="region-import-file"]')
  const file = new File(['x'], '地区属性表.xlsx')
  Object.defineProperty(input.element, 'files', { value: [file] })
  await input.trigger('change')
  await wrapper.get('textarea[data-testid="region-import-reason"]').setValue(reason)
  return file
}

describe('region attributes import', () => {
  it('imports only with a file and a reason, and says what changed', async () => {
    vi.mocked(regionApi.importAttributes).mockResolvedValue({ rows: 2, changed: 1 })
    const wrapper = mountImport()
    expect(wrapper.get('[data-testid="region-import-submit"]').attributes('disabled')).toBeDefined()

    const file = await choose(wrapper, '依据地形普查结果')
    await wrapper.get('[data-testid="region-import-submit"]').trigger('click')
    await flushPromises()

    expect(regionApi.importAttributes).toHaveBeenCalledWith(file, '依据地形普查结果')
    expect(message.showSuccess).toHaveBeenCalledWith('已导入 2 行，1 个地区的属性有变更')
    expect(wrapper.emitted('imported')).toHaveLength(1)
  })

  it('lists every error of a refused workbook', async () => {
    vi.mocked(regionApi.importAttributes).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '地区属性表有 2 处错误',
        fieldErrors: {},
        errors: [
          { field: 'rows[3].terrain', message: '第 3 行：地形“高原”无法识别' },
          { field: 'rows[4].code', message: '第 4 行：行政区划代码“15082”格式不正确' },
        ],
      }),
    )
    const wrapper = mountImport()
    await choose(wrapper, '普查')
    await wrapper.get('[data-testid="region-import-submit"]').trigger('click')
    await flushPromises()

    const errors = wrapper.get('[data-testid="region-import-errors"]').text()
    expect(errors).toContain('共 2 处错误')
    expect(errors).toContain('高原')
    expect(errors).toContain('15082')
    expect(wrapper.emitted('imported')).toBeUndefined()
  })

  it('shows a refused file once, beside the file field, and no toast too (review s15 #11)', async () => {
    vi.mocked(regionApi.importAttributes).mockRejectedValue(
      new ApiError({
        status: 415,
        code: 'unsupported-file',
        title: null,
        detail: '文件不是有效的 Excel（.xlsx）工作簿',
        fieldErrors: { file: '文件不是有效的 Excel（.xlsx）工作簿' },
        errors: [{ field: 'file', message: '文件不是有效的 Excel（.xlsx）工作簿' }],
      }),
    )
    const wrapper = mountImport()
    await choose(wrapper, '普查')
    await wrapper.get('[data-testid="region-import-submit"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="region-import-file-error"]').text()).toBe('文件不是有效的 Excel（.xlsx）工作簿')
    expect(wrapper.find('[data-testid="region-import-errors"]').exists()).toBe(false)
    expect(message.showError).not.toHaveBeenCalled()
  })

  it('downloads the template', async () => {
    const wrapper = mountImport()
    await wrapper.get('[data-testid="region-import-template"]').trigger('click')
    expect(regionApi.downloadAttributeTemplate).toHaveBeenCalled()
  })
})
