/**
 * THE API TABLE. Every method the UI can call is listed here once, by module;
 * each module's file gives its zod input schema and handler. The IPC wiring,
 * the preload's `window.api`, the browser harness and the renderer's types are
 * all derived from this object: adding a method is one edit in a module's api.ts.
 */
import { z } from 'zod';
import type { ApiTableShape } from './api/define';
import { archiveApi } from './archive/api';
import { attachmentsApi } from './attachments/api';
import { auditApi } from './audit/api';
import type { ApiBridge, ApiClient } from './api/types';
import { backupApi } from './backup/api';
import { deliberationApi } from './deliberation/api';
import { fontApi } from './font/api';
import { meetingsApi } from './meetings/api';
import { membersApi } from './members/api';
import { operatorsApi, sessionApi } from './operators/api';
import { accessLabelsApi } from './operators/labels';
import { recycleApi } from './recycle/api';
import { reportingApi } from './reporting/api';
import { settingsApi } from './settings/api';
import { startupApi } from './startup/api';
import { studyApi } from './study/api';
import { systemApi } from './system/api';

z.config(z.locales.zhCN());

const modules = {
  archive: archiveApi,
  attachments: attachmentsApi,
  audit: auditApi,
  backup: backupApi,
  deliberation: deliberationApi,
  font: fontApi,
  meetings: meetingsApi,
  members: membersApi,
  operators: operatorsApi,
  recycle: recycleApi,
  reporting: reportingApi,
  session: sessionApi,
  settings: settingsApi,
  startup: startupApi,
  study: studyApi,
  system: systemApi,
} satisfies ApiTableShape;

/** Plus access.labels: who may call each method above, for the screen to show only what she may do. */
export const apiTable = { ...modules, access: accessLabelsApi(modules) } satisfies ApiTableShape;

export type ApiTable = typeof apiTable;
export type WindowApi = ApiBridge<ApiTable>;
export type Api = ApiClient<ApiTable>;
