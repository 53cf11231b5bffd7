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
import { homeApi } from './home/api';
import { fontApi } from './font/api';
import { meetingsApi } from './meetings/api';
import { membersApi } from './members/api';
import { operatorsApi, sessionApi } from './operators/api';
import { accessLabelsApi } from './operators/labels';
import { recycleApi } from './recycle/api';
import { reportingApi } from './reporting/api';
import { searchApi } from './search/api';
import { settingsApi } from './settings/api';
import { startupApi } from './startup/api';
import { studyApi } from './study/api';
import { systemApi } from './system/api';
import { yearbookApi } from './yearbook/api';

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
  search: searchApi,
  session: sessionApi,
  settings: settingsApi,
  startup: startupApi,
  study: studyApi,
  system: systemApi,
  yearbook: yearbookApi,
} satisfies ApiTableShape;

/** Plus home.* (the 首页, built from the modules above) and access.labels: who may call each method, for the screen to show only what she may do. */
const withHome = { ...modules, home: homeApi(modules) } satisfies ApiTableShape;
export const apiTable = { ...withHome, access: accessLabelsApi(withHome) } satisfies ApiTableShape;

export type ApiTable = typeof apiTable;
export type WindowApi = ApiBridge<ApiTable>;
export type Api = ApiClient<ApiTable>;
