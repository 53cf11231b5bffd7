/** 更正记录 of a finalized meeting: the shared card (renderer/records/CorrectionsCard.tsx) storing through meetings.addCorrection. */
import type { Correction } from '../../core/records/corrections';
import { api } from '../api';
import { CorrectionsCard as SharedCorrectionsCard } from '../records/CorrectionsCard';

export function CorrectionsCard({ meetingId, corrections, onAdded }: { meetingId: number; corrections: Correction[]; onAdded(): void }) {
  return <SharedCorrectionsCard corrections={corrections} add={(c) => api.meetings.addCorrection({ id: meetingId, ...c })} onAdded={onAdded} />;
}
