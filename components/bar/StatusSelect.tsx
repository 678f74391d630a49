import { READING_STATUSES, ReadingStatusSchema, STATUS_LABELS, type ReadingStatus } from '../../lib/paper';

interface StatusSelectProps {
  value: ReadingStatus;
  onChange(status: ReadingStatus): void;
  className?: string;
}

/** Renders the `Reading status` select with the three statuses, shared by the bar and the library list. */
export function StatusSelect({ value, onChange, className }: StatusSelectProps) {
  return (
    <select
      className={className}
      aria-label="Reading status"
      value={value}
      onChange={(event) => onChange(ReadingStatusSchema.parse(event.target.value))}
    >
      {READING_STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_LABELS[status]}
        </option>
      ))}
    </select>
  );
}
