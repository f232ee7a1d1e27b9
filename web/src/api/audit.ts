import { http } from './http'
import { compactParams } from '@/utils/format'
import { downloadWorkbook } from './indicator'
import type { components } from './schema'
import type { Page, PageQuery } from './types'

type Schemas = components['schemas']

/** One field's value before and after a change, in the reader's language where it is a coded state or kind. */
export type FieldChange = Schemas['cn.ecozone.shared.AuditedChange.FieldChange']

/**
 * One record of the audit log (`audit.AuditEntry`): `description` says what it did in the reader's
 * words (提交规划《…》), `requestPath` the concrete path; both null where none applies.
 */
export type AuditRecord = Schemas['cn.ecozone.audit.AuditEntry']

/** The chain's verification with the checkpoint it trusted, in the reader's words (`message`). */
export type AuditVerification = Schemas['cn.ecozone.audit.web.AuditController.VerifyResponse']

/** What the list and its export ask for (client side): `q` free text found literally in the user, organization, request, path, target or reason. */
export type AuditQuery = PageQuery & {
  username?: string
  action?: string
  q?: string
  from?: string
  to?: string
}

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
