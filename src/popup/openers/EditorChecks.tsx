/** The editor's live feedback: counter, worst case, preview, findings or the syntax error. */
import type { ComponentChildren } from 'preact';
import type { Finding } from '../../shared/rules';
import { strings } from '../../ui/strings';
import { FREE_LIMIT, type OpenerAnalysis, PREMIUM_LIMIT, type SyntaxProblem } from './analysis';

interface EditorChecksProps {
  analysis: OpenerAnalysis;
  /** Prefix for ids; `${id}-summary` is what the body textarea is described by. */
  id: string;
  /** The "Preview for" choice, shown above the preview. */
  subjectField?: ComponentChildren;
}

function SyntaxProblemView({ problem, id }: { problem: SyntaxProblem; id: string }) {
  // Tabs would throw the caret off, so each becomes one space in the excerpt.
  const lineText = problem.lineText.replace(/\t/g, ' ');
  const caret = `${' '.repeat(problem.column - 1)}^`;
  return (
    <div class="syntax-error">
      <p id={`${id}-summary`} class="syntax-error__message">
        {strings.editor.syntaxError(problem.line, problem.column, problem.message)}
      </p>
      <pre class="syntax-error__excerpt" aria-hidden="true">
        {lineText}
        {'\n'}
        <span class="syntax-error__caret">{caret}</span>
      </pre>
    </div>
  );
}

function counterClass(length: number): string {
  if (length > PREMIUM_LIMIT) return 'counter counter--block';
  return length > FREE_LIMIT ? 'counter counter--warn' : 'counter';
}

function FindingItem({ finding, text }: { finding: Finding; text: string }) {
  const excerpt = finding.span ? text.slice(finding.span.start, finding.span.end).trim() : '';
  return (
    <li class={`finding finding--${finding.severity}`} data-finding={finding.id}>
      <span class="finding__severity">{strings.editor.severity[finding.severity]}</span>{' '}
      <span class="finding__message">{finding.message}</span>
      {excerpt && <q class="finding__excerpt">{excerpt}</q>}
    </li>
  );
}

export function EditorChecks({ analysis, id, subjectField }: EditorChecksProps) {
  if (!analysis.ok) return <SyntaxProblemView problem={analysis.problem} id={id} />;
  const { report, preview, missing, longest } = analysis;
  return (
    <div class="checks">
      <p id={`${id}-summary`} class={counterClass(report.length)}>
        <span class="visually-hidden">{strings.editor.counterLabel}: </span>
        {strings.editor.counter(report.length)}
      </p>
      {longest > report.length && (
        <p class={longest > FREE_LIMIT ? 'worst-case worst-case--over' : 'worst-case'}>
          {longest > FREE_LIMIT ? strings.editor.worstCaseOver(longest) : strings.editor.worstCase(longest)}
        </p>
      )}
      <h3 class="checks__heading">{strings.editor.previewHeading}</h3>
      {subjectField}
      <p class="preview">{preview}</p>
      {missing.length > 0 && <p class="checks__missing">{strings.editor.missing(missing.join(', '))}</p>}
      <h3 class="checks__heading">{strings.editor.findingsHeading}</h3>
      {report.findings.length === 0 ? (
        <p class="findings__none">{strings.editor.noFindings}</p>
      ) : (
        <ul class="findings">
          {report.findings.map((finding) => (
            <FindingItem key={`${finding.id}-${finding.span?.start ?? 0}`} finding={finding} text={preview} />
          ))}
        </ul>
      )}
    </div>
  );
}
