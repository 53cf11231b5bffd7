/**
 * For tests (vitest and e2e): small real files of every accepted kind, and some
 * that must be refused. The images are real (rendered by pdftoppm); the PDF is
 * built with a correct cross-reference table; the .docx comes from the docx package.
 */
import { Document, Packer, Paragraph } from 'docx';

const JPG_BASE64 = '/9j/4AAQSkZJRgABAQEABAAEAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAsACIDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD34nCkgEkdh3rPd9UYv5YRBu+XfAGwPfEoz+n0q7M8iLmNYz6732j+Rpq7LuBlcRuh4IRtw/OgCismr+WuRGXGNxFuAD1zgedx2q3avckFblfm6hggUf8AoTUsVhawOrxwqrLnB9M9asUAFFFFADJc+WdoBPoRmqWbjjfDE3qBERn9auTjML5GeOm3P6VS2DtGv/fg/wDxNAE4bdx9kHtkY/pUse4PjyQgx1BFVY0GAMbfpbn/AAqzDlXIJzn/AKZlf1oAmooooAa6h1KnoahFnGOAWA/CrFFAEX2eL+7+ppUhjRsquDUlFABRRRQB/9k=';
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAACIAAAAsCAIAAACPL/3lAAAACXBIWXMAAACdAAAAnQGPcuduAAADeElEQVRYw+2XTUvrTBTHM6+ZpA3pUBQKooUuimvBle78oK79Li7cFVdiBYvFtrFN2nk7uYvD06dIb6tcrxee557FEGYyOXP+5zdnJqSu6+j3G42+xT7hpv7HAGCz8yNz+Y6xm5ub6XTabDa73e5gMCiKoiiK4XB4dXUlhHDOnZ2dXV9f9/v9NE0Xi0Wr1WKMXVxctNvtd58i35Ob7dHc3d1Za9/e3uI4ruu62+0Oh0POudZ6NBoBQJ7n4/GYMaa1ttZOp9ODgwNjTLPZpJRWVXV+fr5d8Z+ZMWb94Jzb7PnZy7PZ7F3/HxVtqw0Gg5eXF865915rHcfx09MTY+zy8pJS+mVujo6OCCGEEErparXKsqzT6XQ6nb0+vo+0b6oC/4pWVdV8Pr+9vT0+Pn54eOj1egCglOr1er/u5r8q2tpeX1+ttePxGADiOD49Pf0tok0mE8459ltrAYAxBgBlWSqlKKXOuTzPvffGGM55FEXGGMZYlmVlWYYQ2u22lPJrcgMA6x2z+fwnEdiem7Is7+/vtdZa68ViQSkNISil+v3+V+aGEAIA3ntKKQAIIbD6GmMwK9Za732e51EUee/ruk6SZD6fp2mKQ1rrJEl2Ad1oNAAAANI0RdistYwxHMWwCCFZljHGnHPOOcaYtVYIsV6cEGKPaNZaSqlSCuWq6xqD45zjYYznsffeObdcLk9OTjanhxDWa/o0As65zQXuRWs/AqPRaDKZSCmNMVJKxlhd19ZaKSXnfDabtVot5xwhBPMkhPDeJ0mCchFCkiTZv2/wfrRjsRjKp/bNlmjKsjTGUEoRoTiOvffoO4QQxzG2uPkJIYhAmqZFUTDGlFKtVmt/6WSMEUJCCEIIxAw/Wtc1KmmMwYMDX0Mx5/M5pTRN06qqnp+f9yNQFEVVVWmaOucQGwBA3lAZAJBSUkrxuvRON+89FrovKDZfQNrj4+N0OsUVcc6Xy2Wz2UTp8BqGuVFK4c1Nay2E4Jw758qyROSyLMMasSsa1AqFCiEgph+MAGdhuyuayWTivS/LUkophJBShhDQBxYFxG+1WmFBwnpDKcW9BQDo5vDwcBdpWJHyPEfkoijCFv8CMLLFYoH9zjnk3hjTaDQwXErpu5+CLaJVVbVcLtdFGq+ZuI2UUo1GA/n+FCD7SdtN6v/yAvXXzUfMe/8XgV+0H/Zg0+HWR/yKAAAAAElFTkSuQmCC';

export const sampleJpg = () => Buffer.from(JPG_BASE64, 'base64');
export const samplePng = () => Buffer.from(PNG_BASE64, 'base64');

/** A one-page PDF saying `text` (ASCII); different text gives a different file. */
export function samplePdf(text = 'Notice 2026'): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export async function sampleDocx(text = '关于开展冬季关爱走访的通知'): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

/** The start of a Windows program (MZ header), to be renamed 通知.pdf and refused. */
export function sampleExe(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}
