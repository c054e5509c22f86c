import globe from 'virtual:icon/lucide/globe';
import image from 'virtual:icon/lucide/image';
import lock from 'virtual:icon/lucide/lock';
import messageCircle from 'virtual:icon/lucide/message-circle';
import trash from 'virtual:icon/lucide/trash-2';
import users from 'virtual:icon/lucide/users';
import send from 'virtual:icon/lucide/send';
import photo from 'virtual:icon/fluent-emoji-flat/face-with-tongue';
import type { PostDraftTask } from '../../content';
import type { PostDraftState } from '../../engine/steps/tasks/postDraft';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { appBar, appStatus, bubble, iconTextButton } from './conductApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/** An icon for an audience by how far it reaches: the last is the most private. */
const AUDIENCE_ICONS = [globe, users, lock];

/**
 * A pretend photo app's "new post" screen: the friend's answer above, the
 * draft with its caption, who can see it, Post and Delete draft. Posting wide
 * plays out: comments and shares arrive under the photo.
 */
export const postDraftView: TaskView<PostDraftTask, PostDraftState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const friend = t(task.friend);
    const beat = task.lessSafe.find((a) => a.id === lessSafe);
    const locked = lessSafe !== null || state.outcome !== 'draft';
    const audience = task.audiences.find((a) => a.id === state.audience);

    return h(
      'section',
      { className: 'situation pretend-app cx-app cx-post', 'aria-label': t('practiceConduct.photoApp') },
      appBar(image, t(beat ? 'practiceConduct.posted' : 'practiceConduct.newPost')),
      h('ol', { className: 'chat-log cx-reply' }, bubble(friend, t(task.reply), 'them')),
      state.outcome === 'deleted'
        ? h('p', { className: 'cx-empty' }, t('practiceConduct.draftDeleted'))
        : h(
            'figure',
            { className: 'cx-photo' },
            h(
              'span',
              { className: 'cx-photo-picture', role: 'img', 'aria-label': t('practiceConduct.photoOf', { name: friend }) },
              iconElement(photo),
            ),
            h('figcaption', {}, t(task.caption)),
          ),
      beat &&
        h(
          'ul',
          { className: 'cx-reactions', 'aria-label': t('practiceConduct.reactions') },
          beat.reactions.map((key) =>
            h('li', { className: 'arriving' }, h('span', { 'aria-hidden': 'true' }, iconElement(messageCircle)), t(key)),
          ),
        ),
      !locked &&
        h(
          'fieldset',
          { className: 'app-reasons cx-audiences' },
          h('legend', {}, t('practiceConduct.whoCanSee')),
          task.audiences.map((a, i) =>
            h(
              'label',
              { className: 'app-reason' },
              h('input', {
                type: 'radio',
                name: 'cx-audience',
                value: a.id,
                checked: a.id === state.audience,
                'data-focus-id': `audience-${a.id}`,
                onchange: () => act({ type: 'audience', audienceId: a.id }, `audience-${a.id}`),
              }),
              h('span', { className: 'cx-button-icon', 'aria-hidden': 'true' }, iconElement(AUDIENCE_ICONS[Math.min(i, 2)]!)),
              h('span', {}, t(a.label)),
            ),
          ),
        ),
      !locked &&
        h(
          'div',
          { className: 'app-actions' },
          iconTextButton(trash, t('practiceConduct.deleteDraft'), {
            className: 'secondary',
            'data-focus-id': 'post-delete',
            onclick: () => act({ type: 'delete' }, PRACTICE_HEADING),
          }),
          iconTextButton(send, t('practiceConduct.post'), {
            className: 'cx-primary',
            'data-focus-id': 'post-post',
            onclick: () => act({ type: 'post' }, PRACTICE_HEADING),
          }),
        ),
      h(
        'div',
        { className: 'app-footer' },
        appStatus([state.outcome === 'posted' && audience && t('practiceConduct.postedFor', { audience: t(audience.label) })]),
      ),
    );
  },
};
