/**
 * Query parameters of a filtered, sorted list (issue 14 §6), free of Vue: the same parameters go to
 * the list and to its Excel export, so what the user sees is what is exported.
 */

/** el-table's sort order of a column. */
export type SortOrder = 'ascending' | 'descending' | null

/**
 * The API's `sort` of a column sorted by the user: the column's key, with a leading `-` for
 * descending; undefined when the column is not sorted (the list's default order).
 */
export function sortParam(key: string | null | undefined, order: SortOrder | undefined): string | undefined {
  if (!key || !order) return undefined
  return order === 'descending' ? `-${key}` : key
}

/**
 * The parameters with a value: strings trimmed, empty strings, null and undefined left out, numbers
 * and booleans as text (axios would send them alike; the export builds its own query string).
 */
export function listParams(filter: Record<string, string | number | boolean | null | undefined>): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue
    const text = typeof value === 'string' ? value.trim() : String(value)
    if (text !== '') params[name] = text
  }
  return params
}
