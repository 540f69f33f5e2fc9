/**
 * The words a reader reads in a Markdown body: markup, link targets, code and
 * table rules removed. Headings, list items and table cells end a sentence, so
 * they are not run together into one long "sentence".
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, '')
    .replace(/\s*\|\s*/g, '. ')
    .replace(/^\s{0,3}#{1,6}\s+(.*)$/gm, '$1.')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*)$/gm, '$1.')
    .replace(/[*_`>~]/g, '')
    .replace(/([.!?:;])\.+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
