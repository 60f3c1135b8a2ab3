/** Moved to the state layer (persistence needs it); kept here for existing imports. */
export { useShareStore, type SharedView } from '../../../state/share-state';
