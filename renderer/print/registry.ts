/**
 * Every printable document, by the name used in its route `#/print/<name>?…`.
 * Adding a document = one import and one line here (see types.ts for the contract).
 */
import { membersStatsDocument } from '../members/stats-print';
import { archiveBoxNotesDocument } from './documents/archive-box-notes';
import { archiveCatalogDocument } from './documents/archive-catalog';
import { archiveSpinesDocument } from './documents/archive-spines';
import { archiveStampsDocument } from './documents/archive-stamps';
import { membersRosterDocument } from './documents/members-roster';
import { meetingDocument } from './documents/meeting';
import { meetingSignInDocument } from './documents/meeting-signin';
import { studyLedgerDocument } from './documents/study-ledger';
import { studyPersonDocument } from './documents/study-person';
import { studySessionDocument } from './documents/study-session';
import { studySignInDocument } from './documents/study-signin';
import type { PrintDocument } from './types';
import { deliberationAgendaDocument } from './documents/deliberation-agenda';
import { deliberationFeedbackDocument } from './documents/deliberation-feedback';
import { deliberationFiguresDocument } from './documents/deliberation-figures';
import { deliberationGongshiDocument } from './documents/deliberation-gongshi';
import { deliberationLedgerDocument } from './documents/deliberation-ledger';
import { deliberationOpinionsDocument } from './documents/deliberation-opinions';
import { districtMergedDocument, districtSummaryDocument } from '../reporting/district-print';
import { yearbookDocument } from '../yearbook/print';

export const printDocuments: Record<string, PrintDocument<unknown>> = {
  meeting: meetingDocument,
  'meeting-signin': meetingSignInDocument,
  'members-stats': membersStatsDocument,
  'members-roster': membersRosterDocument,
  'study-session': studySessionDocument,
  'study-signin': studySignInDocument,
  'study-person': studyPersonDocument,
  'study-ledger': studyLedgerDocument,
  'district-merged': districtMergedDocument,
  'district-summary': districtSummaryDocument,
  'deliberation-agenda': deliberationAgendaDocument,
  'deliberation-gongshi': deliberationGongshiDocument,
  'deliberation-feedback': deliberationFeedbackDocument,
  'deliberation-opinions': deliberationOpinionsDocument,
  'deliberation-ledger': deliberationLedgerDocument,
  'deliberation-figures': deliberationFiguresDocument,
  'archive-catalog': archiveCatalogDocument,
  'archive-stamps': archiveStampsDocument,
  'archive-spines': archiveSpinesDocument,
  'archive-box-notes': archiveBoxNotesDocument,
  yearbook: yearbookDocument,
};

export function printRoute(name: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `/print/${name}${query ? `?${query}` : ''}`;
}
