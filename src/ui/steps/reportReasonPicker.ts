import type { ReportReason } from '../../content';
import { h } from '../widgets/dom';

/** The ids one app gives its report sheet's parts, so each app keeps its own focus ids. */
export interface ReportSheetIds {
  /** The id of the sheet's heading, which names the sheet. */
  title: string;
  /** The radio group's name. */
  radioName: string;
  /** The prefix of each reason's focus id (the reason's id follows it). */
  reasonFocus: string;
  cancel: string;
  send: string;
}

export interface ReportSheet {
  ids: ReportSheetIds;
  /** The sheet's heading, already in the child's language. */
  heading: string;
  reasons: readonly ReportReason[];
  picked: string | null;
  pick: (reasonId: string, focusId: string) => void;
  cancel: () => void;
  send: () => void;
}

/**
 * A pretend app's "Report" sheet: a heading, a reason to pick (radio buttons),
 * then Cancel or Send, which waits for a reason. The chat, the voice chat and
 * the video app all report this way.
 */
export function reportReasonPicker(t: (key: string) => string, sheet: ReportSheet): HTMLElement {
  const { ids } = sheet;
  return h(
    'div',
    { className: 'app-sheet', role: 'group', 'aria-labelledby': ids.title },
    h('h3', { id: ids.title, className: 'app-sheet-title' }, sheet.heading),
    h(
      'fieldset',
      { className: 'app-reasons' },
      h('legend', {}, t('practice.reasonPrompt')),
      sheet.reasons.map((reason) => {
        const focusId = `${ids.reasonFocus}${reason.id}`;
        return h(
          'label',
          { className: 'app-reason' },
          h('input', {
            type: 'radio',
            name: ids.radioName,
            value: reason.id,
            checked: sheet.picked === reason.id,
            'data-focus-id': focusId,
            onchange: () => sheet.pick(reason.id, focusId),
          }),
          h('span', {}, t(reason.label)),
        );
      }),
    ),
    h(
      'div',
      { className: 'app-actions' },
      h('button', { type: 'button', className: 'secondary', 'data-focus-id': ids.cancel, onclick: sheet.cancel }, t('practice.cancel')),
      h(
        'button',
        { type: 'button', className: 'danger', 'data-focus-id': ids.send, disabled: !sheet.picked, onclick: sheet.send },
        t('practice.sendReport'),
      ),
    ),
  );
}
