/**
 * Files between the officer's computer and the core, as base64 through the API:
 * reading one the officer chose (import, attachments), and saving one the core
 * produced (e.g. an .xlsx). In the desktop app the main process shows a save
 * dialog; in the browser harness the file is downloaded.
 */
import type { SaveResult } from '../core/platform/desktop';
import { desktop } from './desktop';

export async function saveFile(fileName: string, base64: string): Promise<SaveResult> {
  const bridge = desktop();
  if (bridge) return bridge.saveFile(fileName, base64);
  downloadInBrowser(fileName, base64);
  return { saved: true };
}

function downloadInBrowser(fileName: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes]));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file chosen in an <input type=file> / antd Upload, as base64 for the API. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('无法读取这个文件，请确认文件没有被其他程序占用'));
    reader.readAsDataURL(file);
  });
}
