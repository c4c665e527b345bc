import YAML from 'yaml';
import { frontmatterSchema, type Frontmatter } from './schema.ts';
import type { LocalProblem } from './quizRules.ts';

/** Line (1-based, in the file) of a top-level key in the frontmatter, or of the opening fence. */
function lineOfField(yamlText: string, firstLine: number, field: string): number {
  const index = yamlText.split('\n').findIndex((l) => l.startsWith(`${field}:`));
  return index < 0 ? firstLine - 1 : firstLine + index;
}

/** The YAML parser's reason without its own position, which counts from the fence rather than the file. */
function yamlReason(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The message for the commonest YAML mistake, a colon inside an unquoted value (`title: Attention: the idea`), which
 * YAML reads as a second key ("Nested mappings are not allowed in compact mappings"); null for any other line.
 */
function unquotedColon(line: string): string | null {
  const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+([^'"\s].*:\s.*)$/.exec(line);
  if (!match) return null;
  const [, lead, key, value] = match;
  return `frontmatter: the value of "${key}" holds a colon, which YAML reads as a new key; quote the value: ${lead.trim() ? lead : ''}${key}: "${value.trim().replace(/"/g, '\\"')}"`;
}

/**
 * Parses and validates frontmatter. `firstLine` is the file line of the first YAML line (after `---`).
 * Every problem names the field, so an author can fix them all in one pass.
 */
export function checkFrontmatter(yamlText: string | null, firstLine: number): { data: Frontmatter | null; problems: LocalProblem[] } {
  if (yamlText === null) {
    return { data: null, problems: [{ line: 1, column: 1, message: 'frontmatter is missing (start the file with --- title: … ---)' }] };
  }
  let raw: unknown;
  try {
    raw = YAML.parse(yamlText, { prettyErrors: true });
  } catch (error) {
    const e = error as { message: string; linePos?: [{ line: number; col: number }] };
    const pos = e.linePos?.[0];
    const text = pos ? (yamlText.split('\n')[pos.line - 1] ?? '') : '';
    return {
      data: null,
      problems: [{ line: firstLine + (pos ? pos.line - 1 : 0), column: pos?.col ?? 1, message: unquotedColon(text) ?? `frontmatter is not valid YAML: ${yamlReason(e.message)}` }],
    };
  }
  const result = frontmatterSchema.safeParse(raw ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): LocalProblem => {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      return { line: lineOfField(yamlText, firstLine, key), column: 1, message: `frontmatter: unknown field "${issue.keys.join('", "')}" (allowed: title, summary, order, objectives, minutes)` };
    }
    const field = String(issue.path[0] ?? '');
    const where = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && issue.path.length === 1 && (raw as Record<string, unknown> | null)?.[field] === undefined;
    return {
      line: lineOfField(yamlText, firstLine, field),
      column: 1,
      message: missing ? `frontmatter: field "${where}" is missing` : `frontmatter: field "${where}" ${issue.message}`,
    };
  });
  return { data: null, problems };
}
