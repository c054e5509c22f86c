import type { VideoReportTask } from '../../content';
import type { VideoReportState } from '../../engine/steps/tasks/videoReport';
import { arrowKeyNavigation, h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { reportReasonPicker } from './reportReasonPicker';
import { PRACTICE_HEADING, type TaskView } from './taskView';
import playIcon from 'virtual:icon/lucide/play';
import pauseIcon from 'virtual:icon/lucide/pause';
import moreIcon from 'virtual:icon/lucide/ellipsis-vertical';
import shareIcon from 'virtual:icon/lucide/share-2';
import hideIcon from 'virtual:icon/lucide/eye-off';
import flagIcon from 'virtual:icon/lucide/flag';
import nextIcon from 'virtual:icon/lucide/skip-forward';
import goneIcon from 'virtual:icon/lucide/circle-check';
import './videoReportView.css';

/**
 * A pretend video app with an upsetting video playing: never the video
 * itself, only a screen the child can pause, a menu (⋯) with "Don't show me
 * this" and Report, an "Up next" and a Share button, as in a real app. Once
 * the video is hidden or reported, it is gone from the screen.
 */
export const videoReportView: TaskView<VideoReportTask, VideoReportState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const channel = t(task.channel);
    const friend = t(task.share.friend);
    const playingOut = lessSafe !== null;
    const menuOpen = state.stage === 'menu' && !playingOut;
    const still = playingOut || state.stage !== 'video';

    return h(
      'section',
      { className: 'situation pretend-app vr-app', 'aria-label': t('practiceContent.videoApp') },
      h(
        'div',
        { className: 'app-bar' },
        iconElement(playIcon, 'vr-bar-icon'),
        h('p', { className: 'app-contact' }, t('practiceContent.videoApp')),
      ),
      state.stage === 'gone' ? gone() : player(),
      menuOpen && menu(),
      state.stage === 'report' && !playingOut && reportSheet(),
      lessSafe === task.upNext.id &&
        h('p', { className: 'vr-next-playing app-sheet' }, t('practiceContent.nowPlaying', { title: t(task.upNext.title) })),
      lessSafe === task.share.id &&
        h(
          'ol',
          { className: 'chat-log' },
          h(
            'li',
            { className: 'chat-bubble me' },
            h('p', { className: 'chat-from' }, t('practice.you')),
            h('p', { className: 'chat-text' }, t('practiceContent.sentVideo', { title: t(task.title) })),
          ),
          h(
            'li',
            { className: 'chat-bubble arriving' },
            h('p', { className: 'chat-from' }, friend),
            h('p', { className: 'chat-text' }, t(task.share.answer)),
          ),
        ),
      state.stage !== 'gone' && !playingOut && upNext(),
    );

    function player(): HTMLElement {
      const playing = state.playing && !playingOut;
      return h(
        'div',
        { className: 'vr-player' },
        h(
          'div',
          { className: `vr-screen${playing ? ' vr-playing' : ''}` },
          h(
            'button',
            {
              type: 'button',
              className: 'vr-play',
              'data-focus-id': 'vr-play',
              'aria-label': t(state.playing ? 'practiceContent.pause' : 'practiceContent.play'),
              disabled: still,
              onclick: () => act({ type: state.playing ? 'pause' : 'play' }, 'vr-play'),
            },
            iconElement(state.playing ? pauseIcon : playIcon, 'icon'),
          ),
          h('span', { className: 'vr-progress', 'aria-hidden': 'true' }),
        ),
        h(
          'div',
          { className: 'vr-info' },
          h(
            'div',
            { className: 'vr-titles' },
            h('p', { className: 'vr-title' }, t(task.title)),
            h('p', { className: 'vr-channel' }, channel),
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'vr-icon-button',
              'data-focus-id': 'vr-share',
              disabled: still,
              onclick: () => act({ type: 'share' }, PRACTICE_HEADING),
            },
            iconElement(shareIcon, 'icon'),
            h('span', {}, t('practiceContent.sendTo', { name: friend })),
          ),
          h(
            'button',
            {
              type: 'button',
              className: 'vr-icon-button vr-more',
              'data-focus-id': 'vr-menu',
              'aria-label': t('practiceContent.moreOptions'),
              'aria-haspopup': 'menu',
              'aria-expanded': String(menuOpen),
              'aria-controls': menuOpen ? 'vr-menu-list' : null,
              disabled: playingOut || state.stage === 'report',
              onclick: () => (menuOpen ? act({ type: 'closeMenu' }, 'vr-menu') : act({ type: 'openMenu' }, 'vr-menu-hide')),
            },
            iconElement(moreIcon, 'icon'),
          ),
        ),
        h(
          'p',
          { role: 'status', className: 'vr-state' },
          t(state.playing && !still ? 'practiceContent.playing' : 'practiceContent.paused'),
        ),
      );
    }

    function menu(): HTMLElement {
      const item = (focusId: string, icon: string, label: string, onclick: () => void) =>
        h(
          'button',
          { type: 'button', role: 'menuitem', className: 'app-menu-item vr-menu-item', 'data-focus-id': focusId, onclick },
          iconElement(icon, 'icon'),
          h('span', {}, label),
        );
      const list = h(
        'div',
        {
          className: 'app-menu vr-menu',
          role: 'menu',
          id: 'vr-menu-list',
          'aria-label': t('practiceContent.moreOptions'),
          onkeydown: (event: Event) => {
            if ((event as KeyboardEvent).key !== 'Escape') return;
            event.stopPropagation();
            act({ type: 'closeMenu' }, 'vr-menu');
          },
        },
        item('vr-menu-hide', hideIcon, t('practiceContent.dontShow'), () => act({ type: 'hide' }, PRACTICE_HEADING)),
        item('vr-menu-report', flagIcon, t('practiceContent.reportVideo'), () =>
          act({ type: 'report' }, `vr-reason-${task.reasons[0]?.id}`),
        ),
        h(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            className: 'app-menu-item',
            'data-focus-id': 'vr-menu-cancel',
            onclick: () => act({ type: 'closeMenu' }, 'vr-menu'),
          },
          t('practice.cancel'),
        ),
      );
      arrowKeyNavigation(list);
      return list;
    }

    function reportSheet(): HTMLElement {
      return reportReasonPicker(t, {
        ids: { title: 'vr-sheet-title', radioName: 'vr-report-reason', reasonFocus: 'vr-reason-', cancel: 'vr-cancel', send: 'vr-send' },
        heading: t('practiceContent.reportVideo'),
        reasons: task.reasons,
        picked: state.reason,
        pick: (reasonId, focusId) => act({ type: 'pickReason', reasonId }, focusId),
        cancel: () => act({ type: 'cancelReport' }, 'vr-menu'),
        send: () => act({ type: 'sendReport' }, PRACTICE_HEADING),
      });
    }

    function gone(): HTMLElement {
      return h(
        'div',
        { className: 'vr-gone', role: 'status' },
        iconElement(goneIcon, 'icon'),
        h('p', {}, t(state.gone === 'reported' ? 'practiceContent.videoReported' : 'practiceContent.videoHidden')),
      );
    }

    function upNext(): HTMLElement {
      return h(
        'div',
        { className: 'vr-up-next' },
        h('p', { className: 'vr-up-next-label' }, t('practiceContent.upNext')),
        h(
          'button',
          {
            type: 'button',
            className: 'vr-next',
            'data-focus-id': 'vr-next',
            disabled: state.stage !== 'video',
            onclick: () => act({ type: 'playNext' }, PRACTICE_HEADING),
          },
          iconElement(nextIcon, 'icon'),
          h('span', {}, t(task.upNext.title)),
        ),
      );
    }
  },
};
