/**
 * Our own Phaser entry (aliased as `phaser` in vite.config.ts).
 *
 * Why: Phaser's ESM build is one pre-bundled file, so importing a few names still ships all
 * of it (about 350 KB gzip). This entry, modelled on phaser/src/phaser-core.js, lists only
 * what the stage uses: Graphics, Image (the story art), Rectangle and Container on one WebGL scene, with tweens and
 * timers, pointer input and the scale manager. Phaser's core requires the rest of what it
 * needs itself. Sound is Howler's, and the Canvas renderer is compiled out (see `define` in
 * vite.config.ts), so neither is here.
 *
 * Adding a game object? Require its class, factory and creator here, or `this.add.thing`
 * will be undefined at run time although TypeScript's types (from the full Phaser) accept it.
 * tests/unit/phaserEntry.test.ts checks that every `Phaser.X.Y` the scenes name is listed.
 */
require('phaser-src/polyfills/requestVideoFrame');

var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

var Phaser = {
    BlendModes: require('phaser-src/renderer/BlendModes'),
    Cameras: { Scene2D: require('phaser-src/cameras/2d') },
    Core: require('phaser-src/core'),
    Class: require('phaser-src/utils/Class'),
    Display: {
        Color: require('phaser-src/display/color')
    },
    Events: require('phaser-src/events'),
    Game: require('phaser-src/core/Game'),
    GameObjects: {
        DisplayList: require('phaser-src/gameobjects/DisplayList'),
        GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
        GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
        UpdateList: require('phaser-src/gameobjects/UpdateList'),
        Components: require('phaser-src/gameobjects/components'),
        GameObject: require('phaser-src/gameobjects/GameObject'),
        Container: require('phaser-src/gameobjects/container/Container'),
        Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
        Image: require('phaser-src/gameobjects/image/Image'),
        Rectangle: require('phaser-src/gameobjects/shape/rectangle/Rectangle'),
        // Requiring a factory or creator registers `this.add.x` / `this.make.x`.
        Factories: {
            Container: require('phaser-src/gameobjects/container/ContainerFactory'),
            Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
            Image: require('phaser-src/gameobjects/image/ImageFactory'),
            Rectangle: require('phaser-src/gameobjects/shape/rectangle/RectangleFactory')
        },
        Creators: {
            Container: require('phaser-src/gameobjects/container/ContainerCreator'),
            Graphics: require('phaser-src/gameobjects/graphics/GraphicsCreator')
        }
    },
    Input: require('phaser-src/input'),
    Math: {
        Between: require('phaser-src/math/Between'),
        Vector2: require('phaser-src/math/Vector2')
    },
    Plugins: require('phaser-src/plugins'),
    Renderer: require('phaser-src/renderer'),
    Scale: require('phaser-src/scale'),
    ScaleModes: require('phaser-src/renderer/ScaleModes'),
    Scene: require('phaser-src/scene/Scene'),
    Scenes: require('phaser-src/scene'),
    Structs: require('phaser-src/structs'),
    Textures: require('phaser-src/textures'),
    Time: require('phaser-src/time'),
    Tweens: require('phaser-src/tweens')
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
