import type { Db } from './db';
import { countEvents, createEvent, getEvent, listEvents, outletNamesByEvent } from './events';
import { addArticle, addArticles, articleTexts, countArticles, getArticle, listArticles } from './articles';
import { suggestEvent } from './suggestEvent';
import { importEvent } from './importEvent';
import { eventExport } from '../../corrections/eventExport';
import { runAnalysis } from '../../analysis/runAnalysis';
import { derivedCopyReport } from '../../derivedCopyReport';
import { analysisStatus } from './analysisStatus';
import { cachedDashboards } from './dashboardCache';
import { databaseRevision } from './databaseRevision';
import { loadEventDashboard } from '../../analysis/loadEventDashboard';
import { addCorrection, correctedAnalysis, getCorrection, listCorrections } from './corrections';
import { correctionFacts } from '../../corrections/correctionFacts';
import { editArticle, removeArticle } from './articleEdits';
import {
  editOutlet,
  eventsOfOutlet,
  getOutletDetails,
  listOutletDetails,
  listOwners,
  mergeOutlets,
  outletsOfOwner
} from './outletEdits';
import { getAuditEntry, listAudit, listAuditForTarget } from './auditLog';
import { undoAuditEntry, undoBlockers } from './undoAuditEntry';
import { addNote, listNotes } from './factNotes';
import type { Store } from '../Store';

/** Binds a query module's function to the connection. */
function on<A extends unknown[], R>(db: Db, fn: (db: Db, ...args: A) => R): (...args: A) => R {
  return (...args) => fn(db, ...args);
}

/**
 * The SQLite store over one better-sqlite3 connection: the repositories' methods are the query modules'
 * functions (events.ts, articles.ts, corrections/…, each with its named prepared statements) bound to it.
 * `schedule` is the analysis queue's.
 */
export function createSqliteStore(db: Db, schedule: (eventId: number) => void): Store {
  const revision = databaseRevision(db);
  return {
    revision,
    events: {
      get: on(db, getEvent),
      list: on(db, listEvents),
      count: on(db, countEvents),
      create: on(db, createEvent),
      outletNames: on(db, outletNamesByEvent),
      suggest: on(db, suggestEvent),
      import: on(db, importEvent),
      export: on(db, eventExport)
    },
    articles: {
      get: on(db, getArticle),
      list: on(db, listArticles),
      count: on(db, countArticles),
      texts: on(db, articleTexts),
      add: on(db, addArticle),
      addMany: on(db, addArticles),
      edit: on(db, editArticle),
      remove: on(db, removeArticle),
      derivedCopies: on(db, derivedCopyReport)
    },
    outlets: {
      get: on(db, getOutletDetails),
      list: on(db, listOutletDetails),
      owners: on(db, listOwners),
      ofOwner: on(db, outletsOfOwner),
      events: on(db, eventsOfOutlet),
      edit: on(db, editOutlet),
      merge: on(db, mergeOutlets)
    },
    analysis: {
      status: on(db, analysisStatus),
      corrected: on(db, correctedAnalysis),
      dashboard: cachedDashboards(db, loadEventDashboard, revision),
      schedule,
      runNow: (eventId) => runAnalysis(db, eventId)
    },
    corrections: {
      get: on(db, getCorrection),
      list: on(db, listCorrections),
      add: on(db, addCorrection),
      facts: on(db, correctionFacts),
      notes: on(db, listNotes),
      addNote: on(db, addNote),
      audit: on(db, listAudit),
      auditFor: on(db, listAuditForTarget),
      auditEntry: on(db, getAuditEntry),
      undo: on(db, undoAuditEntry),
      undoBlockers: on(db, undoBlockers)
    }
  };
}
