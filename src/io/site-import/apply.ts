// Applying a batch is a pure workspace operation (the store uses it): it lives in the domain.
export { applyImport, type ApplyResult } from '../../domain/workspace/apply-site-batch';
