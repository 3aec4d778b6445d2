/**
 * The registered clutter rules, in priority order (when two rules propose the
 * same element, the first one's verdict is kept). Add a rule: one file in this
 * folder exporting a ClutterRule, its own `<id>.test.ts`, and one line here.
 */
import type { ClutterRule } from '../types';
import { adSlot } from './ad-slot';
import { adLabel } from './ad-label';
import { overlay } from './overlay';
import { comments } from './comments';
import { commentStatus } from './comment-status';
import { shareBar } from './share-bar';
import { ticker } from './ticker';
import { relatedHeading } from './related-heading';
import { recircTokens } from './recirc-tokens';
import { linkList } from './link-list';
import { linkRun } from './link-run';
import { repeated } from './repeated';
import { dupInArticle } from './dup-in-article';
import { newsletterPromo } from './newsletter-promo';
import { imageCredit } from './image-credit';

export const RULES: readonly ClutterRule[] = [adSlot, adLabel, overlay, comments, commentStatus, shareBar, ticker, relatedHeading, recircTokens, linkList, linkRun, dupInArticle, newsletterPromo, imageCredit, repeated];
