// Its own small module: the new tab loads it only once a moment is on screen, off the first paint.
export { markMomentShown } from '@/lib/db/memories';
