import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  startIndicatorImport: vi.fn(),
  getIndicatorImport: vi.fn(),
}))

import * as indicatorApi from '@/api/indicator'
import type { ImportJob } from '@/api/indicator'
import IndicatorExcelImport from '@/components/IndicatorExcelImport.vue'
import { i18n } from '@/locales'
import { ApiError } from '@/utils/apiError'
import { POLL_MS } from '@/views/indicator/excelImport'

enableAutoUnmount(afterEach)

function job(overrides: Partial<ImportJob>): ImportJob {
  return {
    jobId: 'job-1',
    edition: 'GZ-2MI',
    fileName: '指标数值.xlsx',
    state: 'RUNNING',
    phase: 'VALIDATING',
    totalRows: 1000,
    processedRows: 0,
    writtenRows: 0,
    saved: 0,
    unchanged: 0,
    errorCount: 0,
    errorsTruncated: false,
    errors: [],
    message: null,
    createdAt: '2026-11-24T02:00:00Z',
    finishedAt: null,
    ...overrides,
  }
}

function mountImport(): VueWrapper {
  return mount(IndicatorExcelImport, {
    props: { edition: 'GZ-2MI' },
    global: { plugins: [i18n, ElementPlus] },
    attachTo: document.body,
  })
}

async function choose(wrapper: VueWrapper, name: string, size = 2048): Promise<void> {
  const input = wrapper.get('[data-testid="excel-import-file"]')
  const file = new File([new Uint8Array(size)], name, { type: indicatorApi.XLSX_TYPE })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

async function tick(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await flushPromises()
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
  vi.clearAllMocks()
})

describe('Excel import: upload, progress, result', () => {
  it('refuses a file that is not .xlsx before uploading', async () => {
    const wrapper = mountImport()
    await choose(wrapper, '数据.xls')
    expect(wrapper.get('[data-testid="excel-import-file-error"]').text()).toBe('请选择 .xlsx 格式的 Excel 文件')
    expect(wrapper.get('[data-testid="excel-import-start"]').attributes('disabled')).toBeDefined()
    expect(indicatorApi.startIndicatorImport).not.toHaveBeenCalled()
  })

  it('refuses a file over the size limit before uploading', async () => {
    const wrapper = mountImport()
    await choose(wrapper, '数据.xlsx', 21 * 1024 * 1024)
    expect(wrapper.get('[data-testid="excel-import-file-error"]').text()).toBe('文件不能超过 20 MB')
  })

  it('uploads, shows the progress while the job runs and reports the success', async () => {
    vi.mocked(indicatorApi.startIndicatorImport).mockResolvedValue({ jobId: 'job-1' })
    vi.mocked(indicatorApi.getIndicatorImport)
      .mockResolvedValueOnce(job({ phase: 'VALIDATING', processedRows: 500 }))
      .mockResolvedValueOnce(job({ phase: 'SAVING', processedRows: 1000, writtenRows: 400 }))
      .mockResolvedValueOnce(
        job({ state: 'SUCCEEDED', phase: 'DONE', processedRows: 1000, writtenRows: 1000, saved: 990, unchanged: 10 }),
      )
    const wrapper = mountImport()
    await choose(wrapper, '指标数值.xlsx')
    expect(wrapper.get('[data-testid="excel-import-file-name"]').text()).toBe('指标数值.xlsx')

    await wrapper.get('[data-testid="excel-import-start"]').trigger('click')
    await flushPromises()
    expect(indicatorApi.startIndicatorImport).toHaveBeenCalledWith('GZ-2MI', expect.any(File), expect.any(Function))
    expect(wrapper.get('[data-testid="excel-import-progress-text"]').text()).toBe('正在逐行检查：已检查 500 / 1000 行')
    expect(wrapper.get('.el-progress').attributes('aria-valuenow')).toBe('27')

    await tick(POLL_MS)
    expect(wrapper.get('[data-testid="excel-import-progress-text"]').text()).toBe('正在保存：已写入 400 / 1000 行')
    expect(wrapper.get('.el-progress').attributes('aria-valuenow')).toBe('69')

    await tick(POLL_MS)
    expect(wrapper.find('[data-testid="excel-import-progress"]').exists()).toBe(false)
    const success = wrapper.get('[data-testid="excel-import-success"]').text()
    expect(success).toContain('导入成功')
    expect(success).toContain('共 1000 行：保存 990 个数值，10 行与已有数据相同')
    expect(wrapper.emitted('imported')).toHaveLength(1)
    expect(indicatorApi.getIndicatorImport).toHaveBeenCalledTimes(3)

    await tick(POLL_MS * 5)
    expect(indicatorApi.getIndicatorImport).toHaveBeenCalledTimes(3)
  })

  it('lists every error with sheet, row, column and reason when the import fails', async () => {
    vi.mocked(indicatorApi.startIndicatorImport).mockResolvedValue({ jobId: 'job-2' })
    vi.mocked(indicatorApi.getIndicatorImport).mockResolvedValue(
      job({
        jobId: 'job-2',
        state: 'FAILED',
        phase: 'DONE',
        processedRows: 3,
        errorCount: 2,
        errors: [
          { sheet: '指标数值', row: 3, column: 'H', columnName: '数值', reason: '百分比不能超过100（填写的是 150）' },
          { sheet: '指标数值', row: 8, column: null, columnName: null, reason: '与第 2 行重复' },
        ],
      }),
    )
    const wrapper = mountImport()
    await choose(wrapper, '指标数值.xlsx')
    await wrapper.get('[data-testid="excel-import-start"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="excel-import-failed"]').text()).toContain('导入失败，未保存任何数据')
    expect(wrapper.get('[data-testid="excel-import-failed"]').text()).toContain('发现 2 处错误')
    const rows = wrapper.findAll('[data-testid="excel-import-errors"] .el-table__body tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.findAll('td').map((td) => td.text())).toEqual([
      '指标数值',
      '3',
      'H（数值）',
      '百分比不能超过100（填写的是 150）',
    ])
    expect(rows[1]!.findAll('td').map((td) => td.text())).toEqual(['指标数值', '8', '整行', '与第 2 行重复'])
    expect(wrapper.emitted('imported')).toBeUndefined()
    expect(wrapper.get('[data-testid="excel-import-start"]').text()).toBe('重新导入')
  })

  it('shows the general reason of a failure without row errors', async () => {
    vi.mocked(indicatorApi.startIndicatorImport).mockResolvedValue({ jobId: 'job-3' })
    vi.mocked(indicatorApi.getIndicatorImport).mockResolvedValue(
      job({ state: 'FAILED', phase: 'DONE', message: '导入任务中断（服务器重启或故障），未保存任何数据，请重新上传' }),
    )
    const wrapper = mountImport()
    await choose(wrapper, 'a.xlsx')
    await wrapper.get('[data-testid="excel-import-start"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="excel-import-failed"]').text()).toContain('导入任务中断')
    expect(wrapper.find('[data-testid="excel-import-errors"]').exists()).toBe(false)
  })

  it('leaves the start button usable again when the server refuses the file', async () => {
    vi.mocked(indicatorApi.startIndicatorImport).mockRejectedValue(
      new ApiError({ status: 415, code: 'unsupported-file', title: null, detail: '文件不是有效的 Excel 工作簿', fieldErrors: {} }),
    )
    const wrapper = mountImport()
    await choose(wrapper, 'fake.xlsx')
    await wrapper.get('[data-testid="excel-import-start"]').trigger('click')
    await flushPromises()
    expect(indicatorApi.getIndicatorImport).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="excel-import-progress"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="excel-import-start"]').attributes('disabled')).toBeUndefined()
  })

  it('stops polling when it is closed', async () => {
    vi.mocked(indicatorApi.startIndicatorImport).mockResolvedValue({ jobId: 'job-4' })
    vi.mocked(indicatorApi.getIndicatorImport).mockResolvedValue(job({ phase: 'READING', totalRows: null }))
    const wrapper = mountImport()
    await choose(wrapper, 'a.xlsx')
    await wrapper.get('[data-testid="excel-import-start"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="excel-import-progress-text"]').text()).toBe('正在读取工作簿')
    wrapper.unmount()
    await tick(POLL_MS * 3)
    expect(indicatorApi.getIndicatorImport).toHaveBeenCalledTimes(1)
  })
})
