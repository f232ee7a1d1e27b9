import { describe, expect, it } from 'vitest'
import { fileNameOf, type ImportJob } from '@/api/indicator'
import { fileProblem, importPercent } from '@/views/indicator/excelImport'

const base: ImportJob = {
  jobId: 'j',
  edition: 'E',
  fileName: null,
  state: 'RUNNING',
  phase: 'QUEUED',
  totalRows: null,
  processedRows: 0,
  writtenRows: 0,
  saved: 0,
  unchanged: 0,
  errorCount: 0,
  errorsTruncated: false,
  errors: [],
  message: null,
  createdAt: null,
  finishedAt: null,
}

describe('Excel import helpers', () => {
  it('moves the progress through reading, checking and saving', () => {
    expect(importPercent(null)).toBe(0)
    expect(importPercent(base)).toBe(0)
    expect(importPercent({ ...base, phase: 'READING' })).toBe(2)
    expect(importPercent({ ...base, phase: 'VALIDATING', totalRows: 200, processedRows: 100 })).toBe(27)
    expect(importPercent({ ...base, phase: 'VALIDATING', totalRows: 200, processedRows: 200 })).toBe(50)
    expect(importPercent({ ...base, phase: 'SAVING', totalRows: 200, writtenRows: 200 })).toBe(99)
    expect(importPercent({ ...base, phase: 'VALIDATING', totalRows: 0 })).toBe(5)
    expect(importPercent({ ...base, state: 'SUCCEEDED', phase: 'DONE' })).toBe(100)
    expect(importPercent({ ...base, state: 'FAILED', phase: 'DONE' })).toBe(100)
  })

  it('refuses other files than .xlsx and files over 20 MB', () => {
    expect(fileProblem({ name: '模板.XLSX', size: 10 })).toBeNull()
    expect(fileProblem({ name: '模板.xls', size: 10 })).toBe('notXlsx')
    expect(fileProblem({ name: '模板.xlsx.pdf', size: 10 })).toBe('notXlsx')
    expect(fileProblem({ name: 'a.xlsx', size: 20 * 1024 * 1024 + 1 })).toBe('tooLarge')
  })

  it('reads the UTF-8 file name of a download', () => {
    expect(
      fileNameOf(
        "attachment; filename=\"=?UTF-8?Q?a.xlsx?=\"; filename*=UTF-8''%E6%8C%87%E6%A0%87%E5%A1%AB%E6%8A%A5%E6%A8%A1%E6%9D%BF.xlsx",
      ),
    ).toBe('指标填报模板.xlsx')
    expect(fileNameOf('attachment; filename="export.xlsx"')).toBe('export.xlsx')
    expect(fileNameOf('')).toBeNull()
  })
})
