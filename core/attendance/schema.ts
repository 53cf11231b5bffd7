/**
 * The attendee a record's API accepts (zod, Chinese messages naming the person), and
 * the checks on the whole list. A module builds its schema with its own word for the
 * people (参会人员, 参加人员) and calls `checkAttendees` from its superRefine:
 *
 *   attendees: z.array(attendeeSchema('参会人员')).max(500).default([]),
 *   …superRefine((m, ctx) => { checkAttendees(m.attendees, ctx, { who: '参会人员' }); … })
 */
import { z } from 'zod';
import { ATTENDANCE, type Attendance } from './attendance';

const memberId = z.number({ error: '缺少成员编号' }).int().positive();

export const attendeeSchema = (who: string) =>
  z.object({
    memberId: memberId.nullable().default(null),
    name: z.string().trim().min(1, { error: `请填写${who}姓名` }).max(30, { error: `${who}姓名不超过30字` }),
    attendance: z.enum(ATTENDANCE, { error: '出席情况应为 出席/缺席/请假/列席' }),
    reason: z.string().trim().max(100, { error: '缺席/请假原因不超过100字' }).default(''),
  });
export type AttendeeInput = z.output<ReturnType<typeof attendeeSchema>>;

export interface AttendeeRules {
  /** 参会人员, 参加人员: names the people in messages. */
  who: string;
  /** Which kinds must say why; 请假 always does (a 请假 is asked for, with a reason). */
  reasonRequired?: readonly Attendance[];
  /** Where the list sits in the input, for the error path. */
  path?: ReadonlyArray<string | number>;
}

/** The same person twice, and a 请假 (or whatever `reasonRequired` lists) without a reason, each named. */
export function checkAttendees(attendees: readonly AttendeeInput[], ctx: z.RefinementCtx, rules: AttendeeRules): void {
  const path = rules.path ?? ['attendees'];
  const needReason = new Set<Attendance>(rules.reasonRequired ?? ['请假']);
  const seen = new Set<string>();
  attendees.forEach((a, i) => {
    const key = a.memberId ? `#${a.memberId}` : a.name;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [...path, i, 'name'], message: `${rules.who}“${a.name}”重复` });
    seen.add(key);
    if (needReason.has(a.attendance) && !a.reason) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'reason'], message: `${a.name}${a.attendance}，请填写${a.attendance}原因` });
    }
  });
}
