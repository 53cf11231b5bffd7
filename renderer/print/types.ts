/**
 * What a print document is: a loader (through `api`) and a component that renders
 * what it loaded. Register one in registry.ts to make `#/print/<name>?…` print it.
 */
import type { ComponentType } from 'react';
import type { BranchInfo } from '../branch';

export type PrintOrientation = 'portrait' | 'landscape';

export interface PrintDocumentProps<T> {
  data: T;
  params: URLSearchParams;
  /** 基本信息 (name of the 社区妇联 …), loaded before the document renders. */
  branch: BranchInfo;
}

export interface PrintDocument<T> {
  /** Window title, and the suggested PDF file name (without .pdf). */
  title(params: URLSearchParams, data: T): string;
  orientation: PrintOrientation;
  /** Loads everything the document shows; throw (e.g. ApiError) with a Chinese message on failure. */
  load(params: URLSearchParams): Promise<T>;
  Component: ComponentType<PrintDocumentProps<T>>;
  /** How many people the document lists, for the 操作日志 line (“… 2,600 人”). */
  count?(data: T): number;
}

/** Keeps the data type checked inside one document while the registry holds documents of any type. */
export function definePrintDocument<T>(doc: PrintDocument<T>): PrintDocument<unknown> {
  return doc as unknown as PrintDocument<unknown>;
}
