/**
 * The printable lesson pack of a world (lesson.html?world=contact&lang=fr), generated from
 * the stories, guides and mini-games, and the teacher's notes window (lesson.html?notes=1),
 * which follows the lesson on the projector through a BroadcastChannel.
 */
import type { i18n } from 'i18next';
import { WORLDS, findScenario, type Scenario, type World } from '../content';
import { lessonPlan, MINUTES, storyMinutes } from '../engine/lessonPlan';
import { EMPTY_HELP, parseHelpConfig, type HelpConfig } from '../engine/siteConfig';
import { isChooseStep } from '../engine/steps';
import { initI18n, loadAllWords } from '../i18n/i18n';
import { FALLBACK_LANG, isLangCode, LANG_CODES } from '../i18n/languages';
import { loadJson } from '../platform/loadJson';
import { h } from '../ui/widgets/dom';
import { CLASS_CHANNEL, type NotesMessage } from '../ui/widgets/classNotes';
import '../ui/styles.css';
import './lesson.css';

type T = i18n['t'];

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const langParam = params.get('lang');
  const lang = isLangCode(langParam) ? langParam : FALLBACK_LANG;
  const i18n = await initI18n(lang);
  await loadAllWords(i18n, lang);
  const help = await loadJson('./help.json').then(
    (raw) => parseHelpConfig(raw, LANG_CODES).config,
    () => EMPTY_HELP,
  );
  const root = document.getElementById('lesson')!;
  const t = i18n.t.bind(i18n) as T;
  document.title = t('lesson:title', { world: t(`common:world.${params.get('world') ?? 'contact'}`) });
  if (params.get('notes')) notesWindow(root, t);
  else {
    const world = WORLDS.find((w) => w.family === params.get('world')) ?? WORLDS[0]!;
    root.replaceChildren(lessonPack(world, t, lang, help));
    document.title = t('lesson:title', { world: t(world.name) });
  }
  root.removeAttribute('aria-busy');
  document.documentElement.dataset.lesson = 'ready';
}

const section = (id: string, title: string, ...content: (Node | string | null | false | (Node | string | null | false)[])[]) =>
  h(
    'section',
    { className: `pack-section pack-sec-${id}`, 'data-section': id, 'aria-labelledby': `pack-${id}-title` },
    h('h2', { id: `pack-${id}-title` }, title),
    ...content,
  );

const list = (items: string[], ordered = false) =>
  h(
    ordered ? 'ol' : 'ul',
    {},
    items.map((x) => h('li', {}, x)),
  );

/** Every array of strings under a key, whatever the language. */
const strings = (t: T, key: string): string[] => {
  const value = t(key, { returnObjects: true }) as unknown;
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
};

function lessonPack(world: World, t: T, lang: string, help: HelpConfig): HTMLElement {
  const family = world.family;
  const guide = `${family}-guide:`;
  const plan = lessonPlan(world);
  const classLink = new URL(`./?mode=class&lang=${lang}`, location.href).href;
  return h(
    'article',
    { className: 'pack' },
    h(
      'header',
      { className: 'pack-head' },
      h('p', { className: 'pack-kicker' }, t('common:app.title')),
      h('h1', {}, t('lesson:title', { world: t(world.name) })),
      h('p', {}, t(`common:worldAbout.${family}`)),
      h(
        'p',
        { className: 'pack-link', 'data-section': 'link' },
        t('lesson:link'),
        ' ',
        h('span', { className: 'pack-url', dir: 'ltr' }, classLink),
      ),
      h('button', { type: 'button', className: 'primary pack-print', onclick: () => print() }, t('lesson:print')),
    ),
    section('objectives', t('lesson:sections.objectives'), list(strings(t, `${guide}lesson.objectives`))),
    section(
      'timings',
      t('lesson:sections.timings'),
      h('p', {}, t('lesson:timing.plan', { stories: plan.stories.length, total: plan.total })),
      h(
        'table',
        { className: 'pack-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t('lesson:timing.part')), h('th', {}, t('lesson:timing.minutes')))),
        h(
          'tbody',
          {},
          row(t('lesson:timing.warmUp'), MINUTES.warmUp),
          world.scenarios.map((s) =>
            row(
              [t(s.title), !plan.stories.includes(s) && h('span', { className: 'pack-tag' }, t('lesson:timing.another'))],
              storyMinutes(s),
            ),
          ),
          row(t('lesson:timing.miniGame', { title: t(world.game.title) }), MINUTES.miniGame),
          row(t('lesson:timing.wrapUp'), MINUTES.wrapUp),
        ),
      ),
      h('p', {}, t('lesson:timing.rounds', { minutes: MINUTES.secondRound })),
      h('p', {}, h('strong', {}, t('lesson:timing.warmUp')), ' ', t(`${guide}lesson.warmUp`)),
    ),
    section(
      'script',
      t('lesson:sections.script'),
      world.scenarios.map((s) => storyScript(s, t)),
    ),
    section(
      'discussion',
      t('lesson:sections.discussion'),
      world.scenarios.map((s) =>
        h(
          'div',
          { className: 'pack-story-notes' },
          h('h3', {}, t(s.title)),
          h('p', {}, h('strong', {}, t('common:classroom.discuss')), ' ', t(s.discussion)),
          h('p', {}, h('strong', {}, t('common:classroom.tip')), ' ', t(`${guide}tips.${s.id}`)),
        ),
      ),
      h('p', {}, t(`${guide}lesson.discussion`)),
    ),
    section(
      'vocabulary',
      t('lesson:sections.vocabulary'),
      h(
        'dl',
        { className: 'pack-vocab' },
        (t(`lesson:vocab.${family}`, { returnObjects: true }) as { word: string; meaning: string }[]).flatMap((v) => [
          h('dt', {}, v.word),
          h('dd', {}, v.meaning),
        ]),
      ),
    ),
    section(
      'cards',
      t('lesson:sections.cards'),
      h('p', {}, t(`${guide}lesson.offline`)),
      h('p', {}, t('lesson:cards.intro')),
      cardSheet(world, t),
    ),
    section('exit', t('lesson:sections.exit'), exitTicket(world, t, false)),
    section('answers', t('lesson:sections.answers'), exitTicket(world, t, true)),
    section(
      'curriculum',
      t('lesson:sections.curriculum'),
      h(
        'table',
        { className: 'pack-table' },
        h(
          'tbody',
          {},
          h('tr', {}, h('th', {}, t('lesson:curriculum.ituName')), h('td', {}, t(`lesson:curriculum.itu.${family}`))),
          h('tr', {}, h('th', {}, t('lesson:curriculum.digcompName')), h('td', {}, t(`lesson:curriculum.digcomp.${family}`))),
          h('tr', {}, h('th', {}, t('lesson:curriculum.englandName')), h('td', {}, t(`lesson:curriculum.england.${family}`))),
        ),
      ),
    ),
    section('disclosure', t('lesson:sections.disclosure'), list(strings(t, 'lesson:disclosure'))),
    section('letter', t('lesson:sections.letter'), letterHome(world, t, lang, help)),
  );
}

function row(label: string | (Node | string | false)[], minutes: number): HTMLElement {
  return h('tr', {}, h('td', { className: 'pack-part' }, label), h('td', { className: 'pack-num' }, String(minutes)));
}

function storyScript(s: Scenario, t: T): HTMLElement {
  return h(
    'div',
    { className: 'pack-story' },
    h('h3', {}, `${t(s.title)} · ${t('common:classPlus.menu.minutes', { minutes: storyMinutes(s) })}`),
    s.steps.map((step, i) =>
      h(
        'div',
        { className: 'pack-step' },
        h('h4', {}, t('lesson:script.step', { n: i + 1 })),
        list(step.lines.map((l) => t(l))),
        step.situation.length > 0 && h('p', { className: 'pack-situation' }, step.situation.map((x) => t(x.text)).join(' ')),
        isChooseStep(step)
          ? [
              h('p', {}, h('strong', {}, t(step.prompt))),
              h(
                'ol',
                { className: 'pack-options', type: 'A' },
                step.choices.map((c) =>
                  h(
                    'li',
                    { className: c.kind === 'safe' ? 'pack-safe' : '' },
                    h('strong', {}, t(c.label)),
                    ' ',
                    h('span', { className: 'pack-tag' }, c.kind === 'safe' ? t('lesson:script.safest') : t('lesson:script.thinkAgain')),
                    h('br'),
                    c.outcome.map((o) => t(o)).join(' '),
                  ),
                ),
              ),
            ]
          : [
              h('p', {}, h('strong', {}, t('common:classPlus.menu.practiceStep')), ' ', t(step.task.instruction)),
              h('p', {}, step.outcome.map((o) => t(o)).join(' ')),
            ],
      ),
    ),
    h('p', { className: 'pack-key' }, h('strong', {}, t('common:scenario.keyMessage')), ' ', t(s.keyMessage)),
  );
}

function cardSheet(world: World, t: T): HTMLElement {
  const game = world.game;
  // The messages the world's mini-game puts in front of the child, one card each: the same
  // situations, to sort on a table without a screen.
  const texts = (() => {
    switch (game.type) {
      case 'chat-triage':
        return game.chats.map((c) => ({ from: t(c.from), text: t(c.text) }));
      case 'detective':
        return game.posts.map((p) => ({ from: '', text: t(p.body) }));
      case 'kindness-remix':
        return game.rounds.flatMap((r) => r.lines.map((l) => ({ from: t(r.from), text: t(l.mean) })));
      case 'popup-patrol':
        return game.popups.map((p) => ({ from: t(p.from), text: t(p.text) }));
    }
  })();
  return h(
    'ul',
    { className: 'pack-card-grid' },
    texts.map((c) => h('li', {}, c.from && h('span', { className: 'pack-card-from' }, c.from), h('span', {}, c.text))),
  );
}

/** Three questions from the world's first stories: the first choice of each, no names asked. */
function exitTicket(world: World, t: T, withAnswers: boolean): HTMLElement {
  const questions = world.scenarios
    .map((s) => s.steps.find(isChooseStep))
    .filter((s) => !!s)
    .slice(0, 3);
  return h(
    'div',
    { className: withAnswers ? 'pack-answers' : 'pack-ticket' },
    !withAnswers && h('p', {}, t('lesson:exit.intro')),
    h(
      'ol',
      {},
      questions.map((step) => {
        const context = step.lines[step.lines.length - 1];
        const safe = step.choices.find((c) => c.kind === 'safe')!;
        return h(
          'li',
          {},
          context && h('p', {}, t(context)),
          h('p', {}, h('strong', {}, t(step.prompt))),
          withAnswers
            ? h('p', {}, t(safe.label), ' — ', t(safe.outcome[safe.outcome.length - 1] ?? safe.label))
            : h(
                'ul',
                { className: 'pack-boxes' },
                step.choices.map((c) => h('li', {}, t(c.label))),
              ),
        );
      }),
    ),
  );
}

function letterHome(world: World, t: T, lang: string, help: HelpConfig): HTMLElement {
  const contacts = help.contacts[lang] ?? [];
  const adult = help.trustedAdult[lang];
  return h(
    'div',
    { className: 'pack-letter' },
    h('p', {}, t('lesson:letter.greeting')),
    h('p', {}, t('lesson:letter.body1', { world: t(world.name) })),
    h('p', {}, t('lesson:letter.body2')),
    list(strings(t, `${world.family}-guide:starters`)),
    h('h3', {}, t('common:help.nearYou')),
    contacts.length
      ? h(
          'ul',
          {},
          contacts.map((c) => h('li', {}, h('strong', {}, c.name), ` — ${c.detail}`)),
        )
      : h('p', {}, t('lesson:letter.noContacts')),
    adult && h('p', {}, adult),
    h('p', {}, t('common:help.helpline')),
    h('p', {}, t('lesson:letter.signOff')),
  );
}

/** The teacher's second window: the notes of the story on the projector, as it changes. */
function notesWindow(root: HTMLElement, t: T): void {
  document.title = t('lesson:notes.title');
  const show = (scenarioId: string | null) => {
    const story = scenarioId ? findScenario(scenarioId) : undefined;
    root.replaceChildren(
      h(
        'article',
        { className: 'pack notes' },
        h('h1', {}, t('lesson:notes.title')),
        story
          ? [
              storyScript(story, t),
              h('p', {}, h('strong', {}, t('common:classroom.discuss')), ' ', t(story.discussion)),
              h(
                'p',
                { className: 'notes-tip' },
                h('strong', {}, t('common:classroom.tip')),
                ' ',
                t(`${story.family}-guide:tips.${story.id}`),
              ),
            ]
          : h('p', {}, t('lesson:notes.waiting')),
      ),
    );
    root.dataset.story = story?.id ?? '';
  };
  show(null);
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CLASS_CHANNEL);
  channel.addEventListener('message', (e: MessageEvent) => {
    const data = e.data as Partial<NotesMessage>;
    if ('scenarioId' in data) show(data.scenarioId ?? null);
  });
  channel.postMessage({ ask: true });
}

void start();
