// The wording lives in the domain (the store's edit checks use it too); re-exported for importers.
export { friendlyIssueMessage } from '../../domain/friendly-issue';
