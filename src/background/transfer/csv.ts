/**
 * Contacts as CSV (RFC 4180: CRLF lines, fields quoted when needed, quotes doubled). A cell that starts
 * with = + - @ (or a tab or carriage return) is prefixed with ' so a spreadsheet shows it instead of
 * running it as a formula.
 */
import type { Contact } from '../../shared/schema/stored';

const COLUMNS = [
  'slug',
  'name',
  'howWeMet',
  'where',
  'when',
  'why',
  'notes',
  'tags',
  'afterAcceptNote',
  'updatedAt',
] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellsOf(contact: Contact): string[] {
  return COLUMNS.map((column) => {
    if (column === 'tags') return contact.tags.join('; ');
    if (column === 'updatedAt') return new Date(contact.updatedAt).toISOString();
    return contact[column];
  });
}

export function contactsToCsv(contacts: readonly Contact[]): string {
  const lines = [[...COLUMNS], ...contacts.map(cellsOf)].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
