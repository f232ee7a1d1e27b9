import { http } from './http'
import { compactParams } from '@/utils/format'
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
