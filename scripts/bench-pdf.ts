/**
 * `npm run bench -- --only pdf`: the PDF service and the BagIt package (issue 14).
 * The PDF figures go the CLI's way (core/platform/pdf-in-process.ts: the in-process
 * server and headless Chromium, both started on first use): the first-use start,
 * then the per-PDF time of the fixture meeting record, beside a blank page that
 * signals ready at once, printed by the same kind of service in the same run.
 * Then a package of 300 items (the meeting PDF, each made distinct) written and
 * verified. Needs the built renderer (`vite build`) and Debian's Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBag, writeBag, type BagPayloadFile } from '../core/archive/bagit';
import type { AppContext } from '../core/context';
import { createFixtureMeeting } from '../core/meetings/fixture';
import { countPdfPages } from '../core/platform/pdf';
import { createChromiumPdfRenderer } from '../core/platform/pdf-chromium';
import { createInProcessPdfRenderer } from '../core/platform/pdf-in-process';
import { startWebServer } from '../core/platform/web-server';
import { openDatabase } from '../db/open';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r = (x: number) => Math.round(x);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/** A renderer folder whose page signals ready as soon as it loads: what printing costs by itself. */
function blankRenderer(dir: string): string {
  const root = join(dir, 'blank-renderer');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><script src="./ready.js"></script></head><body></body></html>');
  writeFileSync(join(root, 'ready.js'), "document.documentElement.dataset.printReady = 'true';");
  return root;
}

export async function pdfFigures(dir: string, { runs = 10, items = 300 } = {}) {
  const opened = await openDatabase(join(dir, 'pdf.sqlite'));
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date('2026-11-29T08:00:00+08:00') };
  let browserLaunchMs = 0;
  const pdf = createInProcessPdfRenderer(ctx, { onLaunch: (ms) => (browserLaunchMs = ms) });
  const blankServer = await startWebServer({ ctx, rendererDir: blankRenderer(dir) });
  const blank = createChromiumPdfRenderer({ origin: () => blankServer.url });
  try {
    const { id } = await createFixtureMeeting(ctx);
    const route = `/print/meeting?id=${id}`;
    const [first, firstUseMs] = await timed(() => pdf.render(route));
    const meetingMs: number[] = [];
    for (let i = 0; i < runs; i++) meetingMs.push((await timed(() => pdf.render(route)))[1]);
    await blank.render('/print/blank');
    const blankMs: number[] = [];
    for (let i = 0; i < runs; i++) blankMs.push((await timed(() => blank.render('/print/blank')))[1]);

    // 300 items of the size a meeting record's snapshot really has, each distinct (its own hash).
    const files: BagPayloadFile[] = Array.from({ length: items }, (_, i) => ({
      path: `0194-WS·2016-D30-${String(i + 1).padStart(4, '0')}.pdf`,
      bytes: Buffer.concat([first, Buffer.from(`\n% 件号 ${i + 1}\n`)]),
    }));
    const target = join(dir, 'package', '档案包2016');
    const [written, writeMs] = await timed(() =>
      writeBag({ target, files, sourceOrganization: '幸福里社区妇联', fields: [['全宗号', '0194'], ['年度', '2016']] }),
    );
    const [report, verifyMs] = await timed(() => verifyBag(target));
    return {
      pdf: {
        route,
        pages: await countPdfPages(first),
        meetingPdfKB: r(first.length / 1024),
        firstUseMs: r(firstUseMs),
        browserLaunchMs: r(browserLaunchMs),
        meetingPdfMs: r(median(meetingMs)),
        blankPdfMs: r(median(blankMs)),
        ratioToBlank: Math.round((median(meetingMs) / median(blankMs)) * 10) / 10,
        runs,
      },
      bagit: {
        items,
        payloadMB: Math.round((written.bytes / 1024 / 1024) * 10) / 10,
        writeMs: r(writeMs),
        verifyMs: r(verifyMs),
        verifiedOk: report.ok,
      },
    };
  } finally {
    await blank.close();
    await blankServer.close();
    await pdf.close();
    await opened.close();
  }
}
