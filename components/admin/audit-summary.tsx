// An audit entry's summary, as short "field: value" pairs. Summaries never hold
// secrets (lib/audit.ts); values are shown as text, never as HTML.
const MAX_VALUE_LENGTH = 200;

function show(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

export function AuditSummary({ summary }: { summary: Record<string, unknown> }) {
  const entries = Object.entries(summary ?? {});
  if (entries.length === 0) return <span className="field-hint">—</span>;
  return (
    <dl className="audit-summary">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{show(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
