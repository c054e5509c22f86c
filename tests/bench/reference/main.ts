/**
 * The benchmark's yardstick: the smallest Phaser 4 game anyone would start from
 * (the full npm package, one scene, one text). Our budgets are ratios to its time to
 * its first scene, so a slow or busy machine moves both sides alike.
 */
import * as Phaser from 'phaser';

class Hello extends Phaser.Scene {
  create(): void {
    this.add.text(40, 40, 'Hello', { fontSize: '32px', color: '#000000' });
    // The scene counts as there when its first frame has been drawn, as a player would see it
    // (the first frame also compiles the renderer's shaders).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('ref:scene-ready'));
    performance.mark('ref:scene-created');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 1024,
  height: 768,
  backgroundColor: '#dff1ff',
  banner: false,
  scene: Hello,
});
