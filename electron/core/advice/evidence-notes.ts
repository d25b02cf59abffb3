// Reads the evidence notes' markdown (resources/advice/source/evidence.md): the claims table, the
// red-flags section and the notice. Used by the content checks, so content and notes cannot drift.

export interface EvidenceRow {
  claim: string;
  grade: string;
  note: string;
  /** Source names as cited in the table; empty for "—". */
  sources: string[];
}

export function parseEvidenceTable(markdown: string): EvidenceRow[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| seed claim') && !line.startsWith('|---'))
    .map((line) => {
      const [claim = '', grade = '', note = '', source = ''] = line.slice(1, -1).split('|').map((cell) => cell.trim());
      return { claim, grade, note, sources: source === '—' ? [] : source.split(';').map((s) => s.trim()) };
    });
}

export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const end = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The "Sources" list: short name → full citation, joined across wrapped lines. */
export function parseSourceList(markdown: string): Map<string, string> {
  const block = markdown.slice(markdown.indexOf('Sources ('), markdown.indexOf('| seed claim'));
  return new Map(
    block
      .split(/\n- /)
      .slice(1)
      .map((entry) => {
        const [name = '', citation = ''] = entry.split(' — ');
        return [name.trim(), citation.replace(/\s+/g, ' ').trim().replace(/\.$/, '')] as const;
      }),
  );
}
