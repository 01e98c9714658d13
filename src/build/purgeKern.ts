// PostCSS plugin: drops the rules of KERN's stylesheet that no page uses (about 70 % of it, most
// of its 94 icons among them), looking for class names in the app's sources, and takes the image masks
// off the icons that remain (src/build/kernIcons.ts). The app's own CSS is left alone. `npx tsx src/build/comparePages.ts` shows that every page type still looks the same.
import { sep } from 'node:path';
import purgeCss from '@fullhuman/postcss-purgecss';
import { comment, type Plugin } from 'postcss';
import { KERN_ICONS } from '../components/kernIcons.ts';
import { iconsWithoutImages } from './kernIcons.ts';
import { dropUnusedTokens, tokensNamedIn } from './unusedTokens.ts';

export function purgeKernCss(root: string): Plugin {
  const purge = purgeCss({
    content: [`${root}/index.html`, `${root}/src/**/*.vue`, `${root}/src/**/*.ts`],
    // PurgeCSS's own variable removal does not see the app's styles (it broke KERN's backgrounds):
    // unusedTokens.ts drops the unread tokens instead.
    variables: false,
    // KernIcon.vue composes these class names from the icon's name.
    safelist: KERN_ICONS.map((name) => `kern-icon--${name}`),
  });
  return {
    postcssPlugin: 'ikz-purge-kern',
    async OnceExit(css, helpers) {
      if (!css.source?.input.file?.includes(`${sep}@kern-ux${sep}native${sep}`)) return;
      // KERN sets its colour tokens on `:is(body, .kern-light, …):not([class*=kern-level-])`, which
      // PurgeCSS would drop (it cannot match `body` inside :is()).
      css.walkRules(/^:is\(body\b/, (rule) => {
        rule.prepend(comment({ text: 'purgecss ignore current' }));
      });
      await (purge as Plugin).OnceExit!(css, helpers);
      css.walkRules(iconsWithoutImages);
      dropUnusedTokens(css, tokensNamedIn(root));
    },
  };
}
