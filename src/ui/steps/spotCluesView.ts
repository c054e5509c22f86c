import type { CluePart, SpotCluesTask } from '../../content';
import { allCluesFound, cluesToFind, type SpotCluesState } from '../../engine/steps/tasks/spotClues';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { PRACTICE_HEADING, type TaskView } from './taskView';
import chatIcon from 'virtual:icon/lucide/message-circle';
import videoIcon from 'virtual:icon/lucide/play';
import foundIcon from 'virtual:icon/lucide/search';
import lockIcon from 'virtual:icon/lucide/lock';
import doneIcon from 'virtual:icon/lucide/circle-check';
import './spotCluesView.css';

/**
 * A post in a group chat, or a video page, whose parts are buttons: the child
 * taps what looks odd, and each tap says what it tells (or that it looks
 * fine). The safe way out is locked until every clue is found, while the
 * tempting ones are always there, as in a real app.
 */
export const spotCluesView: TaskView<SpotCluesTask, SpotCluesState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const playingOut = task.decisions.find((d) => d.id === lessSafe);
    const safe = task.decisions.find((d) => d.kind === 'safe');
    const unlocked = allCluesFound(task, state);
    const total = cluesToFind(task).length;
    const looked = task.parts.find((p) => p.id === state.looked);

    const part = (p: CluePart) => {
      const found = state.found.includes(p.id);
      return h(
        'button',
        {
          type: 'button',
          className: `cc-part${found ? ' cc-found' : ''}${state.looked === p.id ? ' cc-looked' : ''}`,
          'data-focus-id': `part-${p.id}`,
          'aria-pressed': String(found),
          disabled: !!playingOut || state.decided,
          onclick: () => {
            const last = p.clue !== undefined && !found && state.found.length === total - 1;
            // The last clue unlocks the safe way: focus moves on to it.
            act({ type: 'tapPart', partId: p.id }, last && safe ? `decide-${safe.id}` : `part-${p.id}`);
          },
        },
        found && iconElement(foundIcon, 'cc-part-icon'),
        h('span', {}, t(p.text)),
      );
    };

    return h(
      'section',
      { className: `situation pretend-app cc-app cc-${task.app}`, 'aria-label': t(`practiceContent.${task.app}App`) },
      h(
        'div',
        { className: 'app-bar' },
        iconElement(task.app === 'video' ? videoIcon : chatIcon, 'cc-bar-icon'),
        h('p', { className: 'app-contact' }, t(task.place)),
      ),
      h(
        'article',
        { className: 'cc-post' + (state.decided ? ' cc-settled' : '') },
        task.app === 'video' && h('div', { className: 'cc-screen', 'aria-hidden': 'true' }, iconElement(videoIcon, 'icon')),
        task.parts.filter((p) => p.place === 'top').map(part),
        h('p', { className: 'cc-headline' }, t(task.headline)),
        task.parts.filter((p) => p.place === 'bottom').map(part),
      ),
      playingOut?.kind === 'less-safe' &&
        h(
          'ol',
          { className: 'chat-log cc-playout' },
          playingOut.playout.map((key) => h('li', { className: 'chat-bubble arriving' }, h('p', { className: 'chat-text' }, t(key)))),
        ),
      h(
        'div',
        { className: 'app-footer' },
        h(
          'div',
          { role: 'status', className: 'app-status cc-status' },
          state.decided && safe
            ? h('p', { className: 'app-notice' }, iconElement(doneIcon, 'icon'), ' ', t(safe.result))
            : looked &&
                h('p', { className: looked.clue ? 'cc-note cc-clue-note' : 'cc-note' }, t(looked.clue ?? 'practiceContent.looksFine')),
          !state.decided && h('p', { className: 'cc-count' }, t('practiceContent.cluesFound', { found: state.found.length, total })),
        ),
        !state.decided &&
          !playingOut &&
          h(
            'div',
            { className: 'cc-decisions' },
            task.decisions.map((d) => {
              const locked = d.kind === 'safe' && !unlocked;
              return h(
                'button',
                {
                  type: 'button',
                  className: `cc-decision${locked ? ' cc-locked' : ''}`,
                  'data-focus-id': `decide-${d.id}`,
                  'aria-disabled': locked ? 'true' : null,
                  'aria-describedby': locked ? 'cc-locked-hint' : null,
                  onclick: () => {
                    if (!locked) act({ type: 'decide', decisionId: d.id }, PRACTICE_HEADING);
                  },
                },
                locked && iconElement(lockIcon, 'icon'),
                h('span', {}, t(d.label)),
              );
            }),
            !unlocked && h('p', { id: 'cc-locked-hint', className: 'cc-hint' }, t('practiceContent.findFirst')),
          ),
      ),
    );
  },
};
