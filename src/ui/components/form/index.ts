// Shared form controls: every screen edits stored values through these (issue 17).
export { CommitField, type CommitFieldProps } from './CommitField';
export { FileButton } from './FileButton';
export { NumberField, NOT_A_NUMBER, type NumberFieldProps } from './NumberField';
export { OptionList, OptionSelect } from './OptionSelect';
export { ShareLinkField } from './ShareLinkField';
export { optionsFrom, SelectField, type SelectOption } from './SelectField';
export { formatDecimalInput, numberMarks, parseDecimal } from './parse-decimal';
