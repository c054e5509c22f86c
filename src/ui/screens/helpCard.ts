import flag from 'virtual:icon/lucide/flag';
import heart from 'virtual:icon/lucide/heart-handshake';
import phone from 'virtual:icon/lucide/phone';
import type { Scenario } from '../../content';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';
import { actionButton, cardHeading } from '../widgets/storyCard';
import './helpCard.css';

const HELPER_ICONS: Record<string, string> = {
  'common:help.trustedAdult': heart,
  'common:help.reportButton': flag,
  'common:help.helpline': phone,
};

/**
 * Who can help, for this story: the helper who fits it best first, with what to say
 * to them first (the story's `helpSay`), then the others, then the place's own
 * contacts. So the card differs from story to story instead of repeating one list.
 */
export function helpCard(ctx: UiContext, scenario: Scenario, next: () => void): HTMLElement {
  const { t } = ctx.i18n;
  // A story still without its own words falls back to the general line.
  const say = scenario.helpSay && (ctx.i18n.exists?.(scenario.helpSay) ?? true) ? t(scenario.helpSay) : null;
  const [best, ...others] = scenario.help;
  const lines = scenario.help.map((key) => helpLine(ctx, key));
  return h(
    'div',
    { className: 'card help-card' },
    cardHeading(ctx, [t('scenario.help')], () => [lines[0] ?? '', say ?? t('scenario.helpIntro'), ...lines.slice(1)]),
    best &&
      h(
        'div',
        { className: 'hc-best' },
        h('p', { className: 'hc-label' }, t('practiceContact.helpBest')),
        helper(ctx, best, 'hc-helper hc-first'),
      ),
    say
      ? h(
          'div',
          { className: 'hc-say' },
          h('p', { className: 'hc-say-title' }, t('practiceContact.helpSayTitle')),
          h('p', { className: 'hc-say-text' }, say),
        )
      : h('p', {}, t('scenario.helpIntro')),
    others.length > 0 &&
      h(
        'div',
        { className: 'hc-others' },
        h('p', { className: 'hc-label' }, t('practiceContact.helpOthers')),
        h(
          'ul',
          { className: 'help-list hc-list' },
          others.map((key) => h('li', {}, helper(ctx, key, 'hc-helper'))),
        ),
      ),
    localHelp(ctx),
    actionButton(t('scenario.finish'), 'finish', next),
  );
}

function helper(ctx: UiContext, key: string, className: string): HTMLElement {
  const icon = HELPER_ICONS[key];
  return h(
    'p',
    { className, 'data-helper': key.replace('common:help.', '') },
    icon && h('span', { className: 'hc-icon', 'aria-hidden': 'true' }, iconElement(icon)),
    h('span', {}, helpLine(ctx, key)),
  );
}

/** The place's own wording for a trusted adult replaces the general one where it is set. */
function helpLine(ctx: UiContext, key: string): string {
  const local = ctx.help().trustedAdult[ctx.i18n.language];
  return key === 'common:help.trustedAdult' && local ? local : ctx.i18n.t(key);
}

/** Help contacts a school or an event set up, as text: never links out of the game. */
export function localHelp(ctx: UiContext): HTMLElement | null {
  const contacts = ctx.help().contacts[ctx.i18n.language];
  if (!contacts?.length) return null;
  return h(
    'div',
    { className: 'local-help' },
    h('h3', {}, ctx.i18n.t('help.nearYou')),
    h(
      'ul',
      { className: 'help-list' },
      contacts.map((c) => h('li', {}, h('strong', {}, c.name), ` — ${c.detail}`)),
    ),
  );
}
