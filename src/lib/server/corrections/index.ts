// People's corrections, edits and notes, all audited. See db/migrations/003_corrections.sql.
export {
  addCorrection,
  activeCorrections,
  correctedAnalysis,
  getCorrection,
  listCorrections
} from './corrections';
export type { CorrectedAnalysis, CorrectionRecord } from './corrections';
export { appendAudit, getAuditEntry, listAudit, listAuditForTarget, AUDIT_PAGE_MAX } from './auditLog';
export type { AuditAction, AuditEntry, Page } from './auditLog';
export { undoAuditEntry } from './undoAuditEntry';
export { editArticle, removeArticle, eventOfArticle } from './articleEdits';
export { editOutlet, mergeOutlets, getOutletDetails, listOutletDetails, eventsOfOutlet } from './outletEdits';
export type { OutletDetails } from './outletEdits';
export { addNote, listNotes } from './factNotes';
export type { FactNote } from './factNotes';
export { parseCorrection, parseClaimRef } from './parseCorrection';
export { validateAuthor } from './validateAuthor';
export { correctionFacts } from './correctionFacts';
