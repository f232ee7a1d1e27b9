/**
 * Prints the page with the browser's print (the print stylesheet hides the menu, header and
 * buttons). The document title is set while printing, since browsers name a saved PDF and head each
 * page with it, and restored afterwards.
 */
export function printWithTitle(title: string, print: () => void = () => window.print()): void {
  const before = document.title
  document.title = title
  try {
    print()
  } finally {
    document.title = before
  }
}
