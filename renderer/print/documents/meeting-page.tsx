/**
 * The meeting documents' page: GB/T 9704 margins and "— n —" page numbers. Rendered
 * as a <style> inside the document (not in the bundled CSS, which every document
 * shares); it comes after PrintRoute's @page rule in the page and so overrides it.
 * Chromium (≥ 131) prints @page margin boxes such as @bottom-center.
 */
const PAGE_CSS = `
@page {
  size: A4 portrait;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center {
    content: "— " counter(page) " —";
    font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif;
    font-size: 14pt;
  }
}
@media screen {
  .print-sheet { padding: 37mm 26mm 35mm 28mm; }
}`;

export function MeetingPageStyle() {
  return <style data-meeting-page>{PAGE_CSS}</style>;
}
