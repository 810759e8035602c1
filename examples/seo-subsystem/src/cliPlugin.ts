// The same subsystem for the AICMO CLI: a CommonJS module listed in a workspace's
// .aicmo/plugins.json exports `subsystems` (and a `label`); `aicmo` loads it only when allowed.
import { seoSubsystem } from './seo';

export const label = 'SEO ideas (sample plugin)';
export const subsystems = [seoSubsystem];
