/**
 * Every module of the app, in menu order. Adding a module = one import and one entry here;
 * the navigation and the routes (renderer/AppShell.tsx) are derived from this list.
 */
import { archiveModule } from '../archive/module';
import { deliberationModule } from '../deliberation/module';
import { helpModule } from '../help/module';
import { homeModule } from '../home/module';
import { meetingsModule } from '../meetings/module';
import { membersModule } from '../members/module';
import { reportingModule } from '../reporting/module';
import { settingsModule } from '../settings/module';
import { studyModule } from '../study/module';
import { yearbookModule } from '../yearbook/module';
import type { UiModule } from './types';

export const uiModules: UiModule[] = [
  homeModule,
  membersModule,
  meetingsModule,
  studyModule,
  deliberationModule,
  archiveModule,
  yearbookModule,
  reportingModule,
  settingsModule,
  helpModule,
];
