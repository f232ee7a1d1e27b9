import { downloadWorkbook } from './indicator'

/**
 * The candidacy archive (创建工作档案, issue 13 §6, `cn.ecozone.archive`): one ZIP with `index.html`, for
 * the province's staff and the subject itself.
 */
export const ARCHIVE_ROLES = ['PROVINCE_STAFF', 'COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT'] as const

export async function downloadArchive(candidacyId: number): Promise<void> {
  await downloadWorkbook(`/api/candidacies/${candidacyId}/archive`, {}, `archive-${candidacyId}.zip`)
}
