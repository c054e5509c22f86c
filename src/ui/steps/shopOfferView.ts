import gem from 'virtual:icon/lucide/gem';
import shoppingCart from 'virtual:icon/lucide/shopping-cart';
import timer from 'virtual:icon/lucide/timer';
import x from 'virtual:icon/lucide/x';
import type { ShopOfferTask } from '../../content';
import type { ShopOfferState } from '../../engine/steps/tasks/shopOffer';
import { h } from '../widgets/dom';
import { appFrame, appStatus, barTitle, icon, playingOut } from './contractApp';
import { PRACTICE_HEADING, type TaskView } from './taskView';

/**
 * A game shop with a bright offer and a countdown that is only a picture: it
 * never moves, so nothing here runs against a clock. Buying shows the money
 * gone and the same "last chance" starting again.
 */
export const shopOfferView: TaskView<ShopOfferTask, ShopOfferState> = {
  app(ctx, task, state, lessSafe, act) {
    const { t } = ctx.i18n;
    const busy = !!lessSafe || state.ended !== null;
    const grownUp = t(task.grownUp);
    const countdown = h(
      'p',
      { className: 'pc-timer' },
      icon(timer, 'pc-icon'),
      t('practiceContract.endsIn'),
      ' ',
      h('bdi', { className: 'pc-time', dir: 'ltr' }, task.timer),
    );
    return appFrame(
      t('practiceContract.shop'),
      'pc-shop',
      [
        ...barTitle(shoppingCart, t('practiceContract.shop')),
        h(
          'button',
          {
            type: 'button',
            className: 'app-icon-button pc-shop-close',
            'data-focus-id': 'pc-shop-close',
            'aria-label': t('practiceContract.closeShop'),
            disabled: busy,
            onclick: () => act({ type: 'closeShop' }, PRACTICE_HEADING),
          },
          icon(x, 'pc-icon'),
        ),
      ],
      state.ended === null &&
        h(
          'div',
          { className: 'pc-offer' },
          icon(gem, 'pc-icon pc-offer-icon'),
          h('p', { className: 'pc-offer-name' }, t(task.offer)),
          h('p', { className: 'pc-price' }, t(task.price)),
          lessSafe === task.buy.id
            ? [
                playingOut(shoppingCart, t(task.buy.playsOut)),
                countdown,
                h('p', { className: 'pc-again' }, t('practiceContract.timerAgain')),
              ]
            : [
                countdown,
                h(
                  'div',
                  { className: 'pc-shop-actions' },
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'pc-trap',
                      'data-focus-id': 'pc-buy',
                      disabled: busy,
                      onclick: () => act({ type: 'buy' }, PRACTICE_HEADING),
                    },
                    t('practiceContract.buyNow'),
                  ),
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'secondary pc-ask',
                      'data-focus-id': 'pc-ask',
                      disabled: busy,
                      onclick: () => act({ type: 'askGrownUp' }, PRACTICE_HEADING),
                    },
                    t('practiceContract.askToBuy', { name: grownUp }),
                  ),
                ),
              ],
        ),
      appStatus([
        state.ended === 'closed' && t('practiceContract.shopClosed'),
        state.ended === 'asked' && t('practiceContract.askSent', { name: grownUp }),
      ]),
    );
  },
};
