// People's corrections, edits and notes, all audited. See db/migrations/003_corrections.sql.
export {
  addCorrection,
  activeCorrections,
  correctedAnalysis,
  getCorrection,
  listCorrections
} from '../store/sqlite/corrections';
export type { CorrectedAnalysis, CorrectionRecord } from '../store/sqlite/corrections';
export {
  appendAudit,
  getAuditEntry,
  listAudit,
  listAuditForTarget,
  AUDIT_PAGE_MAX
} from '../store/sqlite/auditLog';
export type { AuditAction, AuditEntry, Page } from '../store/sqlite/auditLog';
export { undoAuditEntry } from '../store/sqlite/undoAuditEntry';
export { editArticle, removeArticle, eventOfArticle } from '../store/sqlite/articleEdits';
export {
  editOutlet,
  mergeOutlets,
  getOutletDetails,
  listOutletDetails,
  eventsOfOutlet
} from '../store/sqlite/outletEdits';
export type { OutletDetails } from '../store/sqlite/outletEdits';
export { addNote, listNotes } from '../store/sqlite/factNotes';
export type { FactNote } from '../store/sqlite/factNotes';
export { parseCorrection, parseClaimRef } from './parseCorrection';
export { validateAuthor } from './validateAuthor';
export { correctionFacts } from './correctionFacts';
