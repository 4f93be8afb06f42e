/** One option of a fieldset of checkboxes or radios. */
export interface ChoiceOption {
  value: string;
  label: string;
  /** Shown after the label in muted text, e.g. a count or what the option means. */
  note?: string;
  checked?: boolean;
  /** Extra data-* attributes the page script reads, e.g. { 'data-label': 'an API in Rust' }. */
  data?: Record<`data-${string}`, string>;
}

/** A fieldset: its input name and type, legend, hint after the legend, and options. */
export interface ChoiceGroupData {
  name: string;
  type: 'checkbox' | 'radio';
  legend: string;
  hint?: string;
  options: ChoiceOption[];
}
