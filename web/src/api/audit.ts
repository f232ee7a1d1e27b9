import { http } from './http'
import { compactParams } from '@/utils/format'
import { downloadWorkbook } from './indicator'
import type { AuditQuery, AuditRecord, AuditVerification, Page } from './types'

/** Paged audit records, newest first. */
export async function listAuditRecords(query: AuditQuery = {}): Promise<Page<AuditRecord>> {
  const { data } = await http.get<Page<AuditRecord>>('/api/audit/records', { params: compactParams(query) })
  return data
}

/** Re-checks the hash chain of the whole audit log. */
export async function verifyAuditChain(): Promise<AuditVerification> {
  const { data } = await http.get<AuditVerification>('/api/audit/verify')
  return data
}

/** Every record the filters find (all pages) as an .xlsx workbook, with descriptions and raw requests. */
export async function exportAuditRecords(query: Omit<AuditQuery, 'page' | 'size'> = {}): Promise<void> {
  const params = compactParams(query) as Record<string, string>
  await downloadWorkbook('/api/audit/records/export', params, 'audit-log.xlsx')
}
