/** How a meeting's time reads on paper (DESIGN §4.6): 2026年11月20日上午9时00分至11时30分. */

/** '09:05' → { half: '上午', text: '9时05分' }; 12:00–23:59 is 下午. */
function clock(time: string): { half: '上午' | '下午'; text: string } {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const half = h < 12 ? '上午' : '下午';
  const hour12 = h > 12 ? h - 12 : h;
  return { half, text: `${hour12}时${String(m).padStart(2, '0')}分` };
}

export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function meetingTimeText(date: string, start: string, end: string): string {
  const day = chineseDate(date);
  if (!start) return day;
  const from = clock(start);
  if (!end) return `${day}${from.half}${from.text}`;
  const to = clock(end);
  return `${day}${from.half}${from.text}至${to.half === from.half ? '' : to.half}${to.text}`;
}
