import { z } from 'zod';

// Every zod message that reaches a user is Dutch; the nl locale covers the cases we do not word ourselves.
z.config(z.locales.nl());

function pathLabel(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'invoer' : path.map(String).join('.');
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'niets';
  if (typeof input === 'string') return `"${input}"`;
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return Array.isArray(input) ? 'een lijst' : 'een object';
}

/** One readable Dutch line per problem, each naming the field it is about. */
export function dutchIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = pathLabel(issue.path);
    switch (issue.code) {
      // Numbers get our wording; for text and lists the schema's own message says it better.
      case 'too_big':
        return issue.origin === 'number' ? `${where}: de waarde is te groot (hoogstens ${String(issue.maximum)}).` : `${where}: ${issue.message}`;
      case 'too_small':
        return issue.origin === 'number' ? `${where}: de waarde is te klein (minstens ${String(issue.minimum)}).` : `${where}: ${issue.message}`;
      case 'invalid_type':
        // A broken number (2,5 where a whole one belongs) comes without its input: say what is expected, not "gekregen niets".
        if (issue.expected === 'int' && issue.input === undefined) return `${where}: verwacht ${dutchType('int')}.`;
        return `${where}: verwacht ${dutchType(issue.expected)}, gekregen ${describeValue(issue.input)}.`;
      case 'invalid_value':
        return `${where}: kies uit ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
      case 'unrecognized_keys':
        return `${where}: onbekende instelling${issue.keys.length > 1 ? 'en' : ''} ${issue.keys.join(', ')}.`;
      default:
        return `${where}: ${issue.message}`;
    }
  });
}

function dutchType(expected: string): string {
  const names: Record<string, string> = {
    number: 'een getal',
    string: 'tekst',
    boolean: 'ja/nee (true of false)',
    object: 'een object',
    array: 'een lijst',
    int: 'een geheel getal',
  };
  return names[expected] ?? expected;
}

export function dutchIssueText(error: z.ZodError): string {
  return dutchIssues(error).join('\n');
}
