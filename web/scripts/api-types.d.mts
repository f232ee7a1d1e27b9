/** The path of the committed API description, src/api/openapi.json. */
export const DESCRIPTION: string
/** The path of the generated types, src/api/schema.d.ts. */
export const TYPES: string
/** The text of schema.d.ts for the description at `path` (the committed one by default). */
export function generate(path?: string): Promise<string>
