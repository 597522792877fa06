import { styleText } from 'node:util';
import { formatDate } from '../ui/format';
import { sourceView } from '../ui/source-view';
import type { FileCheck } from './check-file';
import { describePosition } from './positions';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The `--json` shape: one object, stable for other tools. */
export function jsonReport({ result, positions, all }: FileCheck): string {
  return JSON.stringify(
    {
      relevant: result.relevant,
      ...(all ? { gate: 'skipped (--all)' } : {}),
      topic: { score: result.topic.score, evidence: result.topic.evidence },
      flags: result.flags.map((flag, i) => ({
        sentence: oneLine(flag.sentence),
        position: positions[i],
        verdict: flag.verdict,
        claimId: flag.claimId,
        claim: flag.claimText,
        facts: flag.facts,
        reason: flag.reason,
        confidence: flag.confidence,
        ...(flag.asOf ? { asOf: flag.asOf } : {}),
        sources: flag.sources.map((source) => ({
          url: source.url,
          title: source.title,
          publisher: source.publisher,
          ...(source.date ? { date: source.date } : {}),
        })),
      })),
    },
    null,
    2,
  );
}

export function humanReport(check: FileCheck, file: string, colour: boolean): string {
  const { result, positions, all } = check;
  const paint = (style: Parameters<typeof styleText>[0], text: string): string =>
    colour ? styleText(style, text) : text;
  const lines: string[] = [];
  lines.push(paint('bold', `Bhutan Fact Flags — ${file}`));
  lines.push(
    all
      ? 'Topic gate skipped (--all): every sentence checked.'
      : `Topic: ${result.relevant ? 'about' : 'not about'} Bhutan's foreign relations (score ${result.topic.score.toFixed(2)})`,
  );
  if (!result.relevant) {
    lines.push(paint('dim', `  ${result.topic.evidence.join('; ') || 'no evidence'}`));
    lines.push('No sentences checked (--all checks a snippet anyway).');
    return lines.join('\n');
  }
  if (!result.flags.length) {
    lines.push('No sentence matches a vetted claim.');
    return lines.join('\n');
  }
  const supported = result.flags.filter((flag) => flag.verdict === 'supported').length;
  lines.push(
    `${result.flags.length} flag(s): ${supported} supported, ${result.flags.length - supported} contradicted`,
  );
  result.flags.forEach((flag, i) => {
    const verdict =
      flag.verdict === 'supported' ? paint('green', '✔ SUPPORTED') : paint('red', '✘ CONTRADICTED');
    const position = positions[i];
    lines.push('');
    lines.push(
      `${i + 1}. ${verdict}  ${position ? `${describePosition(position)}  ` : ''}${paint('dim', `(${flag.claimId}, confidence ${flag.confidence.toFixed(2)})`)}`,
    );
    lines.push(`   “${oneLine(flag.sentence)}”`);
    lines.push(`   ${paint('bold', flag.reason)}`);
    lines.push(`   Vetted claim: ${flag.claimText}`);
    for (const source of flag.sources) {
      const view = sourceView(source);
      const who = `${view.publisher}${view.official ? ' (official)' : ''}`;
      const when = view.date ? formatDate(view.date) : 'undated';
      lines.push(paint('dim', `   - ${who}, ${when}: ${view.label} <${view.url}>`));
    }
  });
  return lines.join('\n');
}
