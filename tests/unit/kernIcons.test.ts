import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { KERN_ICONS } from '../../src/components/kernIcons.ts';
import { iconShapes, iconSprite, iconsWithoutImages, kernCssText } from '../../src/build/kernIcons.ts';

const svgMask = "url(\"data:image/svg+xml,%3Csvg viewBox='0 0 24 24'%3E%3Cpath d='M1 1h2'/%3E%3C/svg%3E\")";
const transformed = (css: string) =>
  postcss([{ postcssPlugin: 'icons', Rule: iconsWithoutImages }]).process(css, { from: undefined }).css;

describe('KERN icons without SVG images', () => {
  it.each([
    [
      'an icon: its mask goes, its background colour colours the symbol',
      `.kern-icon--add{-webkit-mask:${svgMask};mask:${svgMask};background-color:red}`,
      '.kern-icon--add{color:red}',
    ],
    [
      'an icon inside a button',
      '.kern-btn--primary>.kern-icon{background-color:#fff}',
      '.kern-btn--primary>.kern-icon{color:#fff}',
    ],
    [
      'an icon in nested CSS',
      '.kern-alert--info{.kern-icon--info{background-color:blue}}',
      '.kern-alert--info{.kern-icon--info{color:blue}}',
    ],
    [
      'high contrast mode',
      '@media (forced-colors: active){.kern-icon--add{background-color:white!important;forced-color-adjust:none}}',
      '@media (forced-colors: active){.kern-icon--add{color:white!important;forced-color-adjust:none}}',
    ],
    [
      'a link that contains an icon stays as it is',
      '.kern-link:has(.kern-icon){background-color:red}',
      '.kern-link:has(.kern-icon){background-color:red}',
    ],
    [
      'a list naming an icon and something else keeps its background',
      '.kern-label,.kern-icon{background-color:red}',
      '.kern-label,.kern-icon{background-color:red}',
    ],
    [
      'a mask that is not an icon stays',
      `.kern-form-input__select-wrapper:after{mask:${svgMask}}`,
      `.kern-form-input__select-wrapper:after{mask:${svgMask}}`,
    ],
  ])('%s', (_case, css, expected) => {
    expect(transformed(css).replace(/;}/g, '}')).toBe(expected);
  });
});

describe('the icon sprite', () => {
  const shapes = iconShapes(kernCssText(process.cwd()));

  it('has a shape from KERN for every icon the app uses', () => {
    const sprite = iconSprite(shapes, KERN_ICONS);
    const symbols = sprite.children as unknown as {
      attrs: { id: string; viewBox: string };
      children: { attrs: { d: string } }[];
    }[];
    expect(symbols.map((s) => s.attrs.id)).toEqual(KERN_ICONS.map((name) => `kern-icon--${name}`));
    for (const symbol of symbols) {
      expect(symbol.attrs.viewBox).toMatch(/^-?\d+ -?\d+ \d+ \d+$/);
      expect(symbol.children[0]!.attrs.d).toMatch(/^[Mm][\d-]/);
    }
  });

  it('stops the build for an icon KERN does not have', () => {
    expect(() => iconSprite(shapes, ['add', 'einhorn'])).toThrow('KERN hat kein Symbol einhorn');
  });
});
