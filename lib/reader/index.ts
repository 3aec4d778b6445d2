/** The reader's pure core: preferences, settings, reading time, lazy images, read aloud, entity mentions. */
export * from './prefs';
export * from './settings';
export * from './reading-time';
export * from './lazy-images';
export * from './read-aloud';
export * from './read-aloud-prefs';
export * from './mentions';
export * from './highlights';
export * from './progress';
