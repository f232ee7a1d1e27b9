import type { ImportJob } from '@/api/indicator'

/** The largest upload the server takes (ecozone.indicator.excel.max-upload-size). */
export const MAX_UPLOAD_MB = 20

/** How often a running import is polled. */
export const POLL_MS = 1000

/** Why a chosen file is refused before uploading, or null. The server checks the content again. */
export function fileProblem(file: { name: string; size: number }): 'notXlsx' | 'tooLarge' | null {
  if (!/\.xlsx$/i.test(file.name)) return 'notXlsx'
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) return 'tooLarge'
  return null
}

/**
 * The progress bar's percentage: reading 0–5, checking the rows 5–50, saving 50–99, done 100.
 * Checking and saving each move with their row counts.
 */
export function importPercent(job: ImportJob | null): number {
  if (!job) return 0
  if (job.state !== 'RUNNING' || job.phase === 'DONE') return 100
  const total = job.totalRows && job.totalRows > 0 ? job.totalRows : null
  switch (job.phase) {
    case 'QUEUED':
      return 0
    case 'READING':
      return 2
    case 'VALIDATING':
      return total ? 5 + Math.floor((45 * Math.min(job.processedRows, total)) / total) : 5
    case 'SAVING':
      return total ? 50 + Math.floor((49 * Math.min(job.writtenRows, total)) / total) : 50
    default:
      return 0
  }
}
